#pragma once

#include "practice/PrepPlan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

class ErrorLabel;

// The preparation plan of one scheduled interview ahead (docs/prep-plan.md): its days and
// tasks in a tree, each task ticked by its check box, started, moved to another day or dropped;
// the daily time beside it. core/practice/PrepPlan makes the plan and keeps what the person did;
// this view shows it and passes the clicks on.
class PrepPlanView : public QWidget
{
    Q_OBJECT
public:
    PrepPlanView(Database &db, const Clock *clock, QWidget *parent = nullptr);

    void setDailyMinutes(int minutes);
    // Reads the scheduled interviews ahead and the shown plan again, keeping the choice.
    void refresh();
    // Shows the plan of this scheduled interview (one ahead; otherwise the first ahead).
    void showInterview(qint64 interviewId);
    qint64 interviewId() const;

signals:
    void practiceRequested(const mockloop::LoopPlan &plan);
    // A story task: the story bank, a new story for this competency (empty: just open it).
    void storyRequested(const QString &competency);
    void dailyMinutesChanged(int minutes);

private:
    void showPlan();
    void itemChanged(QTreeWidgetItem *item, int column);
    void updateButtons();
    const PrepTask *currentTask() const;
    void start();
    void moveTask();
    void dropTask();
    void showError(const QString &error);

    Database &m_db;
    const Clock *m_clock;
    int m_dailyMinutes = 60;
    bool m_loading = false;
    QList<ScheduledInterview> m_upcoming;
    std::optional<PrepPlan> m_plan;
    QList<PrepTask> m_tasks; // in the tree's order; an item's data is its index here

    QComboBox *m_interview = nullptr;
    QLabel *m_countdown = nullptr;
    QSpinBox *m_minutes = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_unplanned = nullptr;
    QPushButton *m_start = nullptr;
    QComboBox *m_moveDay = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_drop = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace mockloop::desktop
