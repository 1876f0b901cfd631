#pragma once

#include "base/Settings.h"
#include "session/Engine.h"
#include "session/Warnings.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace mockloop {
struct Grade;
class SessionController;
}

namespace mockloop::desktop {

class ClockWidget;
class ClosingPanel;
class FollowUpPanel;
class GradePanel;
class RoundStrip;
class SessionActions;
class Speaker;
class QuestionPanel;
class RoundIntroPanel;
class RoundReviewPanel;

// The running session. It shows what the controller's engine says and forwards the person's
// actions as events; it never decides a transition. A refused event shows its reason.
class InterviewPage : public QWidget
{
    Q_OBJECT
public:
    // actions: the window's session actions (not owned); the page connects and enables them.
    InterviewPage(SessionActions *actions, QWidget *parent = nullptr);

    // The session to show; nullptr when there is none. MainWindow owns it.
    void setController(SessionController *controller);
    // Re-reads the engine: panels, countdowns, enabled buttons.
    void refresh();
    // The text of the message line (a refusal, or a note such as a locked answer).
    QString message() const;

    // Warning thresholds, beep and voice. speaker may be nullptr (no voice at all).
    void setFeedback(const AppSettings &settings, Speaker *speaker);
    // Focus mode: only the question, the clock and the editor stay on screen.
    void setFocusMode(bool on);
    // The session's actions (next step, pause, skip, abandon) for the window's menu: each has
    // its shortcut, works from inside the editors, and is enabled when the engine accepts it.
    QList<QAction *> sessionActions() const;
    ClockWidget *clock() const { return m_clock; }
    // How many warnings fired in this session (each once per attempt and threshold).
    int warningsFired() const { return m_warningsFired; }

signals:
    // The person changed the answer or the notes (the save-state label cares).
    void edited();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The message lies over the top edge of the panels instead of taking a line above them:
    // showing one (a refused grade, "time was up") must not push the page down.
    void placeMessage();
    enum class Panel { Intro, Question, FollowUp, Grade, Review, Closing, Done };
    static Panel panelFor(State state);

    void act(Event event);
    // Skip, asking first when an answer has been typed (a stray key must not throw it away).
    void skip();
    void saveFailed(const QString &reason);
    void savedAgain();
    void hideSaveNotice();
    void report(const Engine::Result &result);
    void showMessage(const QString &text, bool isError);
    void answerEdited();
    void followUpEdited();
    void notesEdited(const QString &notes);
    void gradeRequested(const mockloop::Grade &grade);
    void startOrContinue();
    void togglePause();
    void abandon();
    void primaryAction();
    void updateHeader();
    void updateClock();
    void showClock();
    void giveWarnings();
    void speak(const QString &text);
    void clearPanels();

    // MainWindow frees the controller when the session ends; the guard makes a late call (a
    // queued signal, a dialog closed afterwards) find none instead of a freed one.
    QPointer<SessionController> m_controller;
    QLabel *m_roundName;
    QLabel *m_roundPosition;
    QLabel *m_questionPosition;
    QLabel *m_stateLabel;
    QLabel *m_message;
    QLabel *m_saveNotice;
    qint64 m_savedAgainAt = -1; // monotonic ms when "Saved again" was shown
    QStackedWidget *m_stack;
    RoundIntroPanel *m_intro;
    QuestionPanel *m_question;
    FollowUpPanel *m_followUp;
    GradePanel *m_grade;
    RoundReviewPanel *m_review;
    ClosingPanel *m_closing;
    QLabel *m_done;
    QPushButton *m_pauseButton;
    QPushButton *m_abandonButton;
    QWidget *m_titles;
    QWidget *m_status;
    ClockWidget *m_clock;
    RoundStrip *m_strip;
    SessionActions *m_actions;

    AppSettings m_settings;
    Speaker *m_speaker = nullptr;
    WarningTracker m_warnings;
    int m_warningsFired = 0;
    bool m_focusMode = false;

    // What was on screen at the last refresh, to know when a panel is entered afresh.
    Panel m_shownPanel = Panel::Done;
    State m_shownState = State::Ready;
    int m_shownAttempt = -2;
    int m_shownRound = -2;
    QString m_shownPauseReason; // the engine's pauseReason() at the last refresh
};

} // namespace mockloop::desktop
