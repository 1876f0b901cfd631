#pragma once

#include "bank/Question.h"

#include <QPushButton>

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

class AnswerEditor;

// "Use a story…" beside a STAR editor: pick a story from the bank (those that cover the
// question's competencies first), and its Situation / Task / Action / Result fill the editor,
// ready to adapt. The use is recorded (StoryBank::recordUse) so the matrix can show overuse.
class UseStoryButton : public QPushButton
{
    Q_OBJECT
public:
    UseStoryButton(AnswerEditor *editor, QWidget *parent = nullptr);

    // The answer being written: where the use is recorded, which competencies rank first, and
    // the question the editor is laid out for.
    void setContext(Database *db, const Clock *clock, qint64 attemptId, const Question &question);
    // The session ended: a story picked afterwards (the picker is not modal) goes nowhere.
    void clearContext();

signals:
    // After the editor was filled; the page saves the answer as if the person had typed it.
    void storyInserted(qint64 storyId);

private:
    void choose();

    AnswerEditor *m_editor;
    Database *m_db = nullptr;
    const Clock *m_clock = nullptr;
    qint64 m_attemptId = 0;
    Question m_question;
};

} // namespace mockloop::desktop
