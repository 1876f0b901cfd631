#pragma once

#include "Engine.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace mockloop {
struct Grade;
class SessionController;
}

namespace mockloop::desktop {

class ClosingPanel;
class GradePanel;
class QuestionPanel;
class RoundIntroPanel;
class RoundReviewPanel;

// The running session. It shows what the controller's engine says and forwards the person's
// actions as events; it never decides a transition. A refused event shows its reason.
class InterviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit InterviewPage(QWidget *parent = nullptr);

    // The session to show; nullptr when there is none. MainWindow owns it.
    void setController(SessionController *controller);
    // Re-reads the engine: panels, countdowns, enabled buttons.
    void refresh();
    // The text of the message line (a refusal, or a note such as a locked answer).
    QString message() const;

signals:
    // The person changed the answer or the notes (the save-state label cares).
    void edited();

private:
    enum class Panel { Intro, Question, Grade, Review, Closing, Done };
    static Panel panelFor(State state);

    void act(Event event);
    void report(const Engine::Result &result);
    void showMessage(const QString &text, bool isError);
    void answerEdited();
    void notesEdited(const QString &notes);
    void gradeRequested(const mockloop::Grade &grade);
    void startOrContinue();
    void togglePause();
    void abandon();
    void primaryAction();
    void updateHeader();

    SessionController *m_controller = nullptr;
    QLabel *m_roundName;
    QLabel *m_roundPosition;
    QLabel *m_questionPosition;
    QLabel *m_stateLabel;
    QLabel *m_message;
    QStackedWidget *m_stack;
    RoundIntroPanel *m_intro;
    QuestionPanel *m_question;
    GradePanel *m_grade;
    RoundReviewPanel *m_review;
    ClosingPanel *m_closing;
    QLabel *m_done;
    QPushButton *m_pauseButton;
    QPushButton *m_abandonButton;

    // What was on screen at the last refresh, to know when a panel is entered afresh.
    Panel m_shownPanel = Panel::Done;
    int m_shownAttempt = -2;
    int m_shownRound = -2;
};

} // namespace mockloop::desktop
