// plan [--date YYYY-MM-DD] [--minutes N]: the preparation plans' tasks for one day (today by
// default), for every scheduled interview ahead. The rules are core/practice/PrepPlan's, the
// same the desktop's Tracker page and Home show (docs/prep-plan.md).
#include "base/Clock.h"
#include "base/Settings.h"
#include "base/TimeText.h"
#include "practice/PrepPlan.h"
#include "storage/Database.h"
#include "tracker/Tracker.h"
#include "Commands.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QSettings>

namespace mockloop::cli {

namespace {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void fail(CommandContext &c, const QString &message)
{
    c.err << QStringLiteral("mockloop-cli: plan: ") << message << Qt::endl;
}

QString checkbox(const PrepTask &t)
{
    return t.status == PrepTaskStatus::Done ? QStringLiteral("[x]") : QStringLiteral("[ ]");
}

int runPlan(CommandContext &c)
{
    QDate day = c.clock->today();
    if (c.parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(c.parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            fail(c, PlanText::tr("--date takes a day as YYYY-MM-DD, not \"%1\".")
                        .arg(c.parser.value(QStringLiteral("date"))));
            return BadInput;
        }
    }
    const std::optional<int> minutes = dailyMinutesOption(c, QStringLiteral("plan"));
    if (!minutes)
        return BadInput;
    const PrepPlanner planner(*c.db, *c.clock, *minutes);
    const Tracker tracker(*c.db, *c.clock);
    const QList<ScheduledInterview> upcoming = planner.upcoming();
    if (upcoming.isEmpty()) {
        c.out << PlanText::tr("No scheduled interview ahead. Add one with 'mockloop-cli tracker "
                              "interview ID --kind KIND --at \"YYYY-MM-DD HH:MM\" --tz ZONE'.")
              << Qt::endl;
        return Ok;
    }
    c.out << PlanText::tr("Preparation for %1 (%2 minutes a day):").arg(formatDate(day)).arg(*minutes)
          << Qt::endl;
    for (const ScheduledInterview &interview : upcoming) {
        QString error;
        const std::optional<PrepPlan> plan = planner.plan(interview.id, &error);
        if (!plan) {
            fail(c, error);
            return DatabaseProblem;
        }
        const std::optional<Application> application = tracker.application(interview.applicationId);
        const QDate interviewDay = interview.start.toLocalTime().date();
        c.out << Qt::endl
              << PlanText::tr("%1 — %2, %3 (%4)")
                     .arg(application ? application->company : QStringLiteral("?"),
                          displayName(interview.kind), startText(interview),
                          countdownText(c.clock->today(), interviewDay))
              << Qt::endl;
        const PrepDay *d = plan->day(day);
        if (!d || d->tasks.isEmpty()) {
            c.out << "  "
                  << (interviewDay == day ? PlanText::tr("The interview is on this day.")
                                          : PlanText::tr("Nothing planned on this day."))
                  << Qt::endl;
            continue;
        }
        TextTable table;
        table.header = {QString(), PlanText::tr("Task"), PlanText::tr("Minutes"),
                        PlanText::tr("Why")};
        for (const PrepTask &t : d->tasks)
            table.rows.append({checkbox(t), t.title(), QString::number(t.minutes), t.reason()});
        c.out << table.text();
        c.out << PlanText::tr("%1 of %2 minutes planned%3.")
                     .arg(d->plannedMinutes())
                     .arg(d->budgetMinutes)
                     .arg(d->light ? PlanText::tr(", a light day before the interview") : QString())
              << Qt::endl;
        if (const QString more = unplannedText(plan->unplanned); !more.isEmpty())
            c.out << more << Qt::endl;
    }
    return Ok;
}

} // namespace

std::optional<int> dailyMinutesOption(CommandContext &c, const QString &command)
{
    if (c.parser.isSet(QStringLiteral("minutes"))) {
        bool ok = false;
        const int minutes = c.parser.value(QStringLiteral("minutes")).toInt(&ok);
        if (!ok || minutes < kMinPrepDailyMinutes || minutes > kMaxPrepDailyMinutes) {
            c.err << QStringLiteral("mockloop-cli: %1: ").arg(command)
                  << PlanText::tr("--minutes takes the daily practice time, %1 to %2 minutes, not "
                                  "\"%3\".")
                         .arg(kMinPrepDailyMinutes)
                         .arg(kMaxPrepDailyMinutes)
                         .arg(c.parser.value(QStringLiteral("minutes")))
                  << Qt::endl;
            return std::nullopt;
        }
        return minutes;
    }
    const QString path = qEnvironmentVariable("MOCKLOOP_SETTINGS");
    const auto store = path.isEmpty() ? std::make_unique<QSettings>()
                                      : std::make_unique<QSettings>(path, QSettings::IniFormat);
    return AppSettings::load(*store).prepDailyMinutes;
}

Command planCommand()
{
    return {QStringLiteral("plan"),
            QStringLiteral("plan [--date YYYY-MM-DD] [--minutes N]"),
            PlanText::tr("The preparation plans' tasks for a day (today by default), for every\n"
                         "scheduled interview ahead, made from your practice (docs/prep-plan.md).\n"
                         "--minutes: the daily practice time (default: the desktop's setting, 60)."),
            0,
            0,
            true,
            runPlan};
}

} // namespace mockloop::cli
