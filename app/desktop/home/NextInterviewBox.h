#pragma once

#include "practice/PrepPlan.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

// Home's "Next interview" box: the next scheduled interview with a countdown, today's tasks of
// the preparation plans (docs/prep-plan.md), a button that starts the first one still open and
// one that opens the plan. Hidden while no scheduled interview is ahead.
class NextInterviewBox : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int kShownTasks = 4;

    NextInterviewBox(Database &db, const Clock *clock, QWidget *parent = nullptr);
    void setDailyMinutes(int minutes) { m_dailyMinutes = minutes; }
    void refresh();

signals:
    void practiceRequested(const mockloop::LoopPlan &plan);
    void storyRequested(const QString &competency);
    void planRequested(qint64 interviewId);

private:
    void startFirst();

    Database &m_db;
    const Clock *m_clock;
    int m_dailyMinutes = 60;
    qint64 m_interviewId = 0;
    std::optional<PrepTask> m_first; // today's first open task
    QLabel *m_headline;
    QLabel *m_tasks;
    QPushButton *m_startButton;
    QPushButton *m_planButton;
};

} // namespace mockloop::desktop
