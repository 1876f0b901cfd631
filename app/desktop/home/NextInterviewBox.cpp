#include "home/NextInterviewBox.h"

#include "base/Clock.h"
#include "tracker/Tracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mockloop::desktop {

NextInterviewBox::NextInterviewBox(Database &db, const Clock *clock, QWidget *parent)
    : QGroupBox(tr("Next interview"), parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("nextInterviewBox"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("nextInterviewHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_tasks = new QLabel(this);
    m_tasks->setObjectName(QStringLiteral("nextInterviewTasks"));
    // One line a task, not wrapped: a wrapped label's height is asked for a width the Home
    // page's layout does not give, and the list was cut.
    m_tasks->setTextFormat(Qt::PlainText);
    m_startButton = new QPushButton(tr("Start &today's task"), this);
    m_startButton->setObjectName(QStringLiteral("nextInterviewStartButton"));
    connect(m_startButton, &QPushButton::clicked, this, &NextInterviewBox::startFirst);
    m_planButton = new QPushButton(tr("Open the p&lan"), this);
    m_planButton->setObjectName(QStringLiteral("nextInterviewPlanButton"));
    connect(m_planButton, &QPushButton::clicked, this, [this] { emit planRequested(m_interviewId); });

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_tasks);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_planButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);
    hide();
}

void NextInterviewBox::refresh()
{
    const PrepPlanner planner(m_db, *m_clock, m_dailyMinutes);
    const QList<ScheduledInterview> upcoming = planner.upcoming();
    setVisible(!upcoming.isEmpty());
    m_first.reset();
    m_interviewId = 0;
    if (upcoming.isEmpty())
        return;
    const ScheduledInterview &next = upcoming.constFirst();
    m_interviewId = next.id;
    const Tracker tracker(m_db, *m_clock);
    const std::optional<Application> application = tracker.application(next.applicationId);
    const QString company = application ? application->company : QString();
    m_headline->setText(
        tr("<b>%1</b> — %2, %3: <b>%4</b>")
            .arg(company.toHtmlEscaped(), displayName(next.kind).toHtmlEscaped(),
                 startText(next).toHtmlEscaped(),
                 countdownText(planner.today(), next.start.toLocalTime().date()).toHtmlEscaped()));
    QString error;
    const auto today = planner.tasksOn({}, &error);
    QStringList items;
    int open = 0;
    for (const auto &[interview, task] : today) {
        if (task.status == PrepTaskStatus::Open && !m_first) {
            m_first = task;
        }
        open += task.status == PrepTaskStatus::Open ? 1 : 0;
        if (items.size() >= kShownTasks)
            continue;
        QString line = tr("%1 (%2 min)").arg(task.title()).arg(task.minutes);
        if (upcoming.size() > 1)
            line = tr("%1: %2").arg(
                tracker.application(interview.applicationId).value_or(Application{}).company, line);
        if (task.status == PrepTaskStatus::Done)
            line = tr("%1 — done").arg(line);
        items << QStringLiteral("• ") + line;
    }
    if (today.size() > kShownTasks)
        items << QStringLiteral("• ") + tr("and %1 more").arg(today.size() - kShownTasks);
    if (items.isEmpty())
        m_tasks->setText(error.isEmpty() ? tr("Nothing planned for today.") : error);
    else
        m_tasks->setText(tr("Today:") + QLatin1Char('\n') + items.join(QLatin1Char('\n')));
    m_startButton->setEnabled(m_first.has_value());
    m_startButton->setToolTip(m_first ? m_first->title()
                                      : (today.isEmpty() ? tr("Nothing is planned for today.")
                                                         : tr("Every task of today is done.")));
}

void NextInterviewBox::startFirst()
{
    if (!m_first)
        return;
    if (!m_first->startsLoop()) {
        emit storyRequested(m_first->kind == PrepTaskKind::WriteStory ? m_first->competency
                                                                      : QString());
        return;
    }
    QString error;
    if (const std::optional<LoopPlan> plan = practicePlan(*m_first, m_db, &error))
        emit practiceRequested(*plan);
    else
        m_tasks->setText(error);
}

} // namespace mockloop::desktop
