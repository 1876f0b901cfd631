#pragma once

#include "questions/Question.h"

#include <QPointer>
#include <QPushButton>

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

class AnswerEditor;

// "Use a story…" beside a STAR editor: pick a story from the bank (those that cover the
// question's competencies first), and its Situation / Task / Action / Result fill the editor,
// ready to adapt. The session controller records the use (SessionController::useStory) so the
// matrix can show overuse.
class UseStoryButton : public QPushButton
{
    Q_OBJECT
public:
    UseStoryButton(AnswerEditor *editor, QWidget *parent = nullptr);

    // The answer being written: the session and attempt the use is recorded for, which
    // competencies rank first, and the question the editor is laid out for.
    void setContext(SessionController *controller, int attempt, const Question &question);
    // The session ended: a story picked afterwards (the picker is not modal) goes nowhere.
    void clearContext();

signals:
    // After the editor was filled; the page saves the answer as if the person had typed it.
    void storyInserted(qint64 storyId);

private:
    void choose();

    AnswerEditor *m_editor;
    QPointer<SessionController> m_controller;
    int m_attempt = -1;
    Question m_question;
};

} // namespace mockloop::desktop
