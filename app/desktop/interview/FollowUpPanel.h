#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

// A follow-up (docs/engine.md, "Follow-ups"): the interviewer asks back after the answer. The
// main question stays in view above, the follow-up below it as the interviewer's words, with
// its own answer field and buttons. The clock is the page's header clock (the follow-up's own).
// It reads the controller; InterviewPage performs the actions.
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPanel(QWidget *parent = nullptr);

    // entered: the first refresh for this follow-up (load its text and draft).
    void refresh(SessionController &controller, bool entered);
    void clear();
    QPlainTextEdit *editor() const { return m_editor; }
    QString followUpText() const;

signals:
    void submitClicked();
    void skipClicked();
    void edited();

private:
    QLabel *m_mainQuestion;
    QLabel *m_asks;
    QLabel *m_followUp;
    QLabel *m_phase;
    QLabel *m_paused;
    QPlainTextEdit *m_editor;
    QPushButton *m_skipButton;
    QPushButton *m_submitButton;
    bool m_loading = false;
    int m_shownKey = -1; // attempt * 16 + follow-up of the one loaded
};

} // namespace mockloop::desktop
