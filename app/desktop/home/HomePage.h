#pragma once

#include "session/Plan.h"
#include "storage/SessionRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

class DueQuestionsBox;
class NextInterviewBox;
class ScoreSparkline;
class SessionTableModel;

// The start page: what matters first (the unfinished session to resume, the questions due,
// recent scores as a trend), then the past sessions with their reports. It only asks;
// MainWindow owns sessions and answers (see showError).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRecentSessions = 20; // in the list of recent sessions
    static constexpr int kTrendSessions = 12;  // on the score line

    // clock: today's date for the "Due for review" box.
    HomePage(Database &db, const Clock *clock, QWidget *parent = nullptr);

    // Reloads the lists and boxes from the database.
    void refresh();
    void showError(const QString &message);
    // The preparation plans' daily time, for the "Next interview" box's tasks of today.
    void setPrepDailyMinutes(int minutes);

signals:
    void startLoopRequested();
    void libraryRequested();
    void historyRequested();
    void storiesRequested();
    void progressRequested();
    void resumeRequested(qint64 sessionId);
    void reportRequested(qint64 sessionId);
    // A loop of chosen questions or a preparation task's practice: start it.
    void practiseDueRequested(const mockloop::LoopPlan &plan);
    void storyRequested(const QString &competency);
    void planRequested(qint64 interviewId);

private:
    void showTrend(const QList<SessionSummary> &recent);
    void resumeSelected();
    void openSelectedReport();
    void updateButtons();
    static qint64 selectedId(const QTableView *view, const SessionTableModel *model);

    Database &m_db;
    SessionTableModel *m_unfinishedModel;
    SessionTableModel *m_recentModel;
    QTableView *m_unfinishedView;
    QTableView *m_recentView;
    QPushButton *m_resumeButton;
    QPushButton *m_openReportButton;
    QLabel *m_unfinishedEmpty;
    QLabel *m_unfinishedSummary;
    ScoreSparkline *m_trend;
    QLabel *m_trendSummary;
    QLabel *m_recentEmpty;
    QLabel *m_message;
    DueQuestionsBox *m_due;
    NextInterviewBox *m_next;
};

} // namespace mockloop::desktop
