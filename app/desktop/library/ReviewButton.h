#pragma once

#include <QPushButton>

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// "Suspend reviews" / "Resume reviews" for one question (core/Scheduler): a suspended question
// is never due for spaced repetition. Placed beside a question's details.
class ReviewButton : public QPushButton
{
    Q_OBJECT
public:
    explicit ReviewButton(Database &db, QWidget *parent = nullptr);
    // The question it acts on; empty disables it.
    void setQuestionId(const QString &questionId);

signals:
    void failed(const QString &message);

private:
    void toggle();
    void updateText();

    Database &m_db;
    QString m_questionId;
    bool m_suspended = false;
};

} // namespace mockloop::desktop
