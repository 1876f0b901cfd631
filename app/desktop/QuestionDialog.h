#pragma once

#include "Question.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// Adds or edits one of the person's own questions: kind, text, difficulty, tags, times,
// guidance and follow-ups. Saving goes through QuestionBank::saveOwnQuestion, which refuses
// built-in questions; a refusal is shown here and the dialog stays open.
class QuestionDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty question.id means a new question.
    QuestionDialog(Database &db, const Question &question, QWidget *parent = nullptr);

signals:
    void saved(const QString &questionId);

private:
    void save();

    Database &m_db;
    Question m_question;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QComboBox *m_difficulty;
    QLineEdit *m_tags;
    QSpinBox *m_prep;
    QSpinBox *m_answer;
    QPlainTextEdit *m_guidance;
    QPlainTextEdit *m_followUps;
    QLabel *m_error;
    QPushButton *m_saveButton;
};

} // namespace mockloop::desktop
