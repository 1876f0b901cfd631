#include "interview/UseStoryButton.h"

#include "coach/StoryBank.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "editor/AnswerEditor.h"
#include "interview/StoryPickerDialog.h"

#include <QMessageBox>

namespace mockloop::desktop {

UseStoryButton::UseStoryButton(AnswerEditor *editor, QWidget *parent)
    : QPushButton(tr("Use a &story…"), parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("useStoryButton"));
    setToolTip(tr("Fill Situation, Task, Action and Result from a story in your story bank, "
                  "then adapt it to this question."));
    connect(this, &QPushButton::clicked, this, &UseStoryButton::choose);
}

void UseStoryButton::setContext(SessionController *controller, int attempt, const Question &question)
{
    m_controller = controller;
    m_attempt = attempt;
    m_question = question;
}

void UseStoryButton::clearContext()
{
    setContext(nullptr, -1, Question{});
}

void UseStoryButton::choose()
{
    if (!m_controller)
        return;
    const QList<Story> stories = StoryBank(m_controller->database()).stories();
    if (stories.isEmpty()) {
        QMessageBox::information(this, tr("No stories yet"),
                                 tr("Your story bank is empty. Save a story from a past answer "
                                    "(History) or write one on the Stories page."));
        return;
    }
    // Not exec(): the interview's clock keeps running and the page keeps refreshing.
    auto *dialog = new StoryPickerDialog(stories, m_question.competencies, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto story = dialog->chosen();
        if (!story || !m_controller)
            return;
        const QList<AnswerField> before = m_editor->fields();
        bool empty = true;
        for (const AnswerField &f : before)
            empty = empty && f.value.trimmed().isEmpty();
        if (!empty
            && !Confirmation::ask(this, tr("Replace the answer?"),
                                  tr("The answer already has text. Replace it with the story?"),
                                  tr("Replace answer"), tr("Keep my answer")))
            return;
        // Laid out again for the same question, filled with the story (not reported as an
        // edit: storyInserted makes the page save it).
        m_editor->setQuestion(m_question, story->toAnswerFields());
        QString error;
        if (!m_controller->useStory(m_attempt, story->id, &error))
            QMessageBox::warning(
                this, tr("Story use not recorded"),
                tr("The story was inserted, but its use could not be recorded: %1").arg(error));
        emit storyInserted(story->id);
        m_editor->focusFirstField();
    });
    dialog->open();
}

} // namespace mockloop::desktop
