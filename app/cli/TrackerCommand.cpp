// tracker list|add|show|stage|interview: the interview tracker in the terminal. The rules (what
// an application or a scheduled interview needs, the warnings, the stage history) are
// core/tracker's, the same the desktop's Tracker page calls.
#include "base/Clock.h"
#include "base/TimeText.h"
#include "report/CalendarExport.h"
#include "storage/Database.h"
#include "tracker/Tracker.h"
#include "Commands.h"
#include "TextTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace mockloop::cli {

namespace {

class TrackerText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void fail(CommandContext &c, const QString &message)
{
    c.err << QStringLiteral("mockloop-cli: tracker: ") << message << Qt::endl;
}

QString stageNames(const Tracker &tracker)
{
    QStringList names;
    for (const TrackerStage &s : tracker.stages(true))
        names << stageDisplayName(s);
    return names.join(QStringLiteral(", "));
}

// The stage a person named, or nullopt with the message printed.
std::optional<TrackerStage> stageArgument(CommandContext &c, const Tracker &tracker,
                                          const QString &name)
{
    const std::optional<TrackerStage> s = tracker.findStage(name);
    if (!s)
        fail(c, TrackerText::tr("unknown stage \"%1\". The stages are: %2.")
                    .arg(name, stageNames(tracker)));
    return s;
}

// The application named by an argument, or nullopt with the message printed.
std::optional<Application> applicationArgument(CommandContext &c, const Tracker &tracker,
                                               const QString &arg)
{
    bool ok = false;
    const qint64 id = arg.toLongLong(&ok);
    std::optional<Application> a = ok ? tracker.application(id) : std::nullopt;
    if (!a)
        fail(c, TrackerText::tr("there is no application \"%1\"; 'mockloop-cli tracker list' shows "
                                "their IDs.")
                    .arg(arg));
    return a;
}

QString stageNameOf(const QList<TrackerStage> &stages, qint64 id)
{
    for (const TrackerStage &s : stages)
        if (s.id == id)
            return stageDisplayName(s);
    return QStringLiteral("?");
}

int runList(CommandContext &c, Tracker &tracker)
{
    const QList<TrackerStage> stages = tracker.stages();
    std::optional<TrackerStage> only;
    if (c.parser.isSet(QStringLiteral("stage"))) {
        only = stageArgument(c, tracker, c.parser.value(QStringLiteral("stage")));
        if (!only)
            return BadInput;
    }
    QList<Application> apps = tracker.applications();
    if (only)
        apps.removeIf([&only](const Application &a) { return a.stageId != only->id; });
    if (apps.isEmpty()) {
        c.out << (only ? TrackerText::tr("No applications in %1.").arg(stageDisplayName(*only))
                       : TrackerText::tr("No applications yet. Add one with 'mockloop-cli tracker "
                                         "add --company C --role R'."))
              << Qt::endl;
        return Ok;
    }
    const QList<qint64> ghosted = tracker.ghostedSuggestions();
    const QList<ScheduledInterview> interviews = tracker.interviews(0);
    const QDateTime now = c.clock->wallTime();
    TextTable table;
    table.header = {TrackerText::tr("ID"),         TrackerText::tr("Company"),
                    TrackerText::tr("Role"),       TrackerText::tr("Stage"),
                    TrackerText::tr("Excitement"), TrackerText::tr("Next interview")};
    for (const Application &a : std::as_const(apps)) {
        QString next = QStringLiteral("-");
        for (const ScheduledInterview &i : interviews)
            if (i.applicationId == a.id && i.end() > now) {
                next = startText(i);
                break;
            }
        QString stage = stageNameOf(stages, a.stageId);
        if (ghosted.contains(a.id))
            stage = TrackerText::tr("%1 (ghosted?)").arg(stage);
        table.rows.append({QString::number(a.id), a.company, a.role, stage,
                           a.excitement ? QString::number(*a.excitement) : QStringLiteral("-"), next});
    }
    c.out << table.text();
    if (!ghosted.isEmpty())
        c.out << Qt::endl
              << TrackerText::tr("\"ghosted?\": no activity for %1 days and no interview ahead; "
                                 "move it with 'mockloop-cli tracker stage ID Ghosted'.")
                     .arg(kDefaultGhostedAfterDays)
              << Qt::endl;
    return Ok;
}

int runAdd(CommandContext &c, Tracker &tracker)
{
    const auto value = [&c](const char *name) { return c.parser.value(QString::fromLatin1(name)); };
    Application a;
    a.company = value("company");
    a.role = value("role");
    a.level = value("level");
    a.source = value("source");
    a.url = value("url");
    a.location = value("location");
    a.salaryRange = value("salary");
    a.notes = value("notes");
    a.tags = value("tags").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (c.parser.isSet(QStringLiteral("excitement"))) {
        bool ok = false;
        const int excitement = value("excitement").toInt(&ok);
        if (!ok) {
            fail(c, TrackerText::tr("--excitement takes a number from 1 to 5, not \"%1\".")
                        .arg(value("excitement")));
            return BadInput;
        }
        a.excitement = excitement;
    }
    if (c.parser.isSet(QStringLiteral("stage"))) {
        const auto s = stageArgument(c, tracker, value("stage"));
        if (!s)
            return BadInput;
        a.stageId = s->id;
    }
    QString error;
    const std::optional<qint64> id = tracker.saveApplication(a, &error);
    if (!id) {
        fail(c, error);
        return BadInput;
    }
    const auto saved = tracker.application(*id);
    c.out << TrackerText::tr("Added application %1: %2, %3 (%4).")
                 .arg(*id)
                 .arg(saved->company, saved->role,
                      stageDisplayName(tracker.stage(saved->stageId).value_or(TrackerStage{})))
          << Qt::endl;
    return Ok;
}

int runShow(CommandContext &c, Tracker &tracker)
{
    if (c.args.size() != 2) {
        fail(c, TrackerText::tr("usage: mockloop-cli tracker show ID"));
        return Usage;
    }
    const auto a = applicationArgument(c, tracker, c.args.at(1));
    if (!a)
        return BadInput;
    const QList<TrackerStage> stages = tracker.stages();
    const QList<Contact> contacts = tracker.contacts();
    const auto contactName = [&contacts](qint64 id) {
        for (const Contact &k : contacts)
            if (k.id == id)
                return k.role.isEmpty() ? k.name : TrackerText::tr("%1 (%2)").arg(k.name, k.role);
        return QString();
    };
    TextTable facts;
    const auto fact = [&facts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts.rows.append({label, value});
    };
    fact(TrackerText::tr("Company"), a->company);
    fact(TrackerText::tr("Role"), a->role);
    fact(TrackerText::tr("Stage"), stageNameOf(stages, a->stageId));
    fact(TrackerText::tr("Level"), a->level);
    fact(TrackerText::tr("Location"), a->location);
    fact(TrackerText::tr("Salary range"), a->salaryRange);
    fact(TrackerText::tr("Excitement"),
         a->excitement ? TrackerText::tr("%1 of 5").arg(*a->excitement) : QString());
    fact(TrackerText::tr("Source"), a->source);
    fact(TrackerText::tr("URL"), a->url);
    fact(TrackerText::tr("Tags"), a->tags.join(QStringLiteral(", ")));
    QStringList people;
    for (const qint64 id : a->contactIds)
        people << contactName(id);
    fact(TrackerText::tr("Contacts"), people.join(QStringLiteral("; ")));
    fact(TrackerText::tr("Notes"), a->notes);
    fact(TrackerText::tr("Outcome"), a->outcome);
    c.out << TrackerText::tr("Application %1").arg(a->id) << Qt::endl << facts.text();

    c.out << Qt::endl << TrackerText::tr("Stage history:") << Qt::endl;
    TextTable history;
    for (const StageChange &h : tracker.history(a->id))
        history.rows.append({QStringLiteral("  ") + formatDateTime(h.changedAt),
                             stageNameOf(stages, h.stageId), h.note});
    c.out << history.text();

    const QList<ScheduledInterview> interviews = tracker.interviews(a->id);
    c.out << Qt::endl;
    if (interviews.isEmpty()) {
        c.out << TrackerText::tr("No scheduled interviews.") << Qt::endl;
        return Ok;
    }
    c.out << TrackerText::tr("Scheduled interviews:") << Qt::endl;
    for (const ScheduledInterview &i : interviews) {
        c.out << TrackerText::tr("  %1  %2, %3 min, %4%5")
                     .arg(startText(i), displayName(i.kind))
                     .arg(i.durationMinutes)
                     .arg(displayName(i.format),
                          tracker.isPast(i) ? TrackerText::tr(" (in the past)") : QString())
              << Qt::endl;
        QStringList with;
        for (const qint64 id : i.interviewerIds)
            with << contactName(id);
        if (!with.isEmpty())
            c.out << TrackerText::tr("      with %1").arg(with.join(QStringLiteral("; ")))
                  << Qt::endl;
        for (const AskedQuestion &q : i.asked)
            c.out << TrackerText::tr("      asked: %1").arg(q.text) << Qt::endl;
        if (i.selfRating)
            c.out << TrackerText::tr("      self-rating: %1 of 5").arg(*i.selfRating) << Qt::endl;
        if (!i.retrospective.isEmpty())
            c.out << TrackerText::tr("      retrospective: %1").arg(i.retrospective) << Qt::endl;
    }
    return Ok;
}

int runStage(CommandContext &c, Tracker &tracker)
{
    if (c.args.size() != 3) {
        fail(c, TrackerText::tr("usage: mockloop-cli tracker stage ID STAGE"));
        return Usage;
    }
    const auto a = applicationArgument(c, tracker, c.args.at(1));
    if (!a)
        return BadInput;
    const auto s = stageArgument(c, tracker, c.args.at(2));
    if (!s)
        return BadInput;
    QString error;
    if (!tracker.changeStage(a->id, s->id, c.parser.value(QStringLiteral("notes")), &error)) {
        fail(c, error);
        return BadInput;
    }
    c.out << TrackerText::tr("Application %1 (%2) is now in %3.")
                 .arg(a->id)
                 .arg(a->company, stageDisplayName(*s))
          << Qt::endl;
    return Ok;
}

int runInterview(CommandContext &c, Tracker &tracker)
{
    if (c.args.size() != 2) {
        fail(c, TrackerText::tr("usage: mockloop-cli tracker interview ID --kind KIND --at "
                                "\"YYYY-MM-DD HH:MM\" --tz ZONE [--minutes N] [--format FORMAT]"));
        return Usage;
    }
    const auto a = applicationArgument(c, tracker, c.args.at(1));
    if (!a)
        return BadInput;
    for (const char *required : {"kind", "at", "tz"})
        if (!c.parser.isSet(QString::fromLatin1(required))) {
            fail(c, TrackerText::tr("--%1 is needed for a scheduled interview.")
                        .arg(QString::fromLatin1(required)));
            return Usage;
        }
    ScheduledInterview i;
    i.applicationId = a->id;
    const QString kindText = c.parser.value(QStringLiteral("kind"));
    const auto kind = interviewKindFromKey(
        kindText.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
    if (!kind) {
        QStringList keys;
        for (const InterviewKind k : kAllInterviewKinds)
            keys << toKey(k);
        fail(c, TrackerText::tr("unknown kind \"%1\". The kinds are: %2.")
                    .arg(kindText, keys.join(QStringLiteral(", "))));
        return BadInput;
    }
    i.kind = *kind;
    QString error;
    const auto start = Tracker::parseStart(c.parser.value(QStringLiteral("at")),
                                           c.parser.value(QStringLiteral("tz")), &error);
    if (!start) {
        fail(c, error);
        return BadInput;
    }
    i.start = *start;
    if (c.parser.isSet(QStringLiteral("minutes"))) {
        bool ok = false;
        i.durationMinutes = c.parser.value(QStringLiteral("minutes")).toInt(&ok);
        if (!ok) {
            fail(c, TrackerText::tr("--minutes takes a whole number of minutes, not \"%1\".")
                        .arg(c.parser.value(QStringLiteral("minutes"))));
            return BadInput;
        }
    }
    if (c.parser.isSet(QStringLiteral("format"))) {
        const QString formatText = c.parser.value(QStringLiteral("format"));
        const auto format = interviewFormatFromKey(
            formatText.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!format) {
            fail(c, TrackerText::tr("unknown format \"%1\". The formats are: phone, video, on_site.")
                        .arg(formatText));
            return BadInput;
        }
        i.format = *format;
    }
    const std::optional<InterviewSaved> saved = tracker.saveInterview(i, &error);
    if (!saved) {
        fail(c, error);
        return BadInput;
    }
    c.out << TrackerText::tr("Scheduled interview %1 added to application %2 (%3): %4, %5.")
                 .arg(saved->id)
                 .arg(a->id)
                 .arg(a->company, displayName(i.kind), startText(i))
          << Qt::endl;
    for (const QString &w : saved->warnings)
        c.err << TrackerText::tr("mockloop-cli: tracker: warning: %1").arg(w) << Qt::endl;
    return Ok;
}

int runTracker(CommandContext &c)
{
    Tracker tracker(*c.db, *c.clock);
    const QString sub = c.args.first();
    if (sub == QLatin1String("list") && c.args.size() == 1)
        return runList(c, tracker);
    if (sub == QLatin1String("add") && c.args.size() == 1)
        return runAdd(c, tracker);
    if (sub == QLatin1String("show"))
        return runShow(c, tracker);
    if (sub == QLatin1String("stage"))
        return runStage(c, tracker);
    if (sub == QLatin1String("interview"))
        return runInterview(c, tracker);
    if (sub == QLatin1String("export-ics") && c.args.size() == 1) {
        const std::optional<int> minutes = dailyMinutesOption(c, QStringLiteral("tracker"));
        if (!minutes)
            return BadInput;
        return writeOutput(c, trackerCalendar(*c.db, *c.clock, {*minutes, kDefaultGhostedAfterDays}));
    }
    fail(c, TrackerText::tr("unknown or incomplete command \"%1\". Try 'mockloop-cli --help'.")
                .arg(c.args.join(QLatin1Char(' '))));
    return Usage;
}

} // namespace

Command trackerCommand()
{
    return {QStringLiteral("tracker"),
            QStringLiteral("tracker list|add|show|stage|interview|export-ics …"),
            TrackerText::tr(
                "The interview tracker: your applications, their stages and scheduled interviews.\n"
                "  tracker list [--stage STAGE]\n"
                "  tracker add --company C --role R [--level L] [--location L] [--salary TEXT]\n"
                "      [--excitement 1-5] [--source S] [--url U] [--tags a,b] [--notes N]\n"
                "      [--stage STAGE]   (a new application starts in Wishlist)\n"
                "  tracker show ID\n"
                "  tracker stage ID STAGE [--notes N]   (the history keeps every stage)\n"
                "  tracker interview ID --kind KIND --at \"YYYY-MM-DD HH:MM\" --tz ZONE\n"
                "      [--minutes 45] [--format phone|video|on_site]\n"
                "      KIND: technical, system_design, behavioral, cultural_fit, project,\n"
                "      screening_call, hr, take_home, other; ZONE: an IANA name such as\n"
                "      Europe/Berlin. One in the past or overlapping another is saved with a\n"
                "      warning.\n"
                "  tracker export-ics [--output FILE] [--minutes N]   (an RFC 5545 calendar:\n"
                "      scheduled interviews with reminders, plan tasks, follow-ups)"),
            1,
            3,
            true,
            runTracker};
}

} // namespace mockloop::cli
