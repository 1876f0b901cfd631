#include "library/ReviewButton.h"

#include "practice/Scheduler.h"

namespace mockloop::desktop {

ReviewButton::ReviewButton(Database &db, QWidget *parent)
    : QPushButton(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("reviewSuspendButton"));
    connect(this, &QPushButton::clicked, this, &ReviewButton::toggle);
    setQuestionId({});
}

void ReviewButton::setQuestionId(const QString &questionId)
{
    m_questionId = questionId;
    // Reading and suspending need no date: no clock here.
    const auto state = questionId.isEmpty() ? std::nullopt
                                            : Scheduler(m_db, nullptr).state(questionId);
    m_suspended = state && state->suspended;
    setEnabled(!questionId.isEmpty());
    updateText();
}

void ReviewButton::updateText()
{
    setText(m_suspended ? tr("Resume reviews") : tr("Suspend reviews"));
    setToolTip(m_suspended ? tr("Let spaced repetition bring this question back when it is due.")
                           : tr("Never list this question as due for review (it can still be "
                                "drawn for loops)."));
}

void ReviewButton::toggle()
{
    if (m_questionId.isEmpty())
        return;
    QString error;
    if (!Scheduler(m_db, nullptr).setSuspended(m_questionId, !m_suspended, &error)) {
        emit failed(tr("The review schedule could not be changed: %1").arg(error));
        return;
    }
    m_suspended = !m_suspended;
    updateText();
}

} // namespace mockloop::desktop
