#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

class AnswerEditor;
class UseStoryButton;

// One question in Prep, Answering or Paused: the text, the countdown the engine computes, the
// editor and the buttons. It reads the controller; InterviewPage performs the actions.
class QuestionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionPanel(QWidget *parent = nullptr);

    // entered: the first refresh for this question (load its text and draft).
    // Reads the controller while called; "Use a story…" keeps a guarded pointer to it, to
    // record a story's use through it (clear() drops that).
    void refresh(SessionController &controller, bool entered);
    // Forgets the session shown: it ended and its controller is freed. Nothing of it stays on
    // screen or is read again, whatever signal fires later (a table taking focus, a dialog).
    void clear();
    AnswerEditor *editor() const { return m_editor; }
    UseStoryButton *useStoryButton() const { return m_useStoryButton; }

signals:
    void beginAnswerClicked();
    void submitClicked();
    void skipClicked();

private:
    QLabel *m_questionText;
    QLabel *m_phase;
    QLabel *m_countdown;
    QLabel *m_limitInfo;
    QLabel *m_roundBudget;
    QLabel *m_paused;
    AnswerEditor *m_editor;
    UseStoryButton *m_useStoryButton;
    QPushButton *m_beginAnswerButton;
    QPushButton *m_skipButton;
    QPushButton *m_submitButton;
};

} // namespace mockloop::desktop
