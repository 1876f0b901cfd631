#pragma once

#include "questions/Question.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// Adds or edits one of the person's own questions: kind, text, difficulty, tags, times and
// guidance on one tab; key points with their match terms (what the coach ticks), the model
// answer's outline and the follow-ups on the other. Saving goes through
// QuestionBank::saveOwnQuestion, which applies the pack format's rules (PackValidator) and
// refuses built-in questions; a refusal is shown here and the dialog stays open.
class QuestionDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty question.id means a new question.
    QuestionDialog(Database &db, const Question &question, QWidget *parent = nullptr);

    // The key points as typed: rows with neither text nor terms are left out.
    QList<KeyPoint> keyPoints() const;

signals:
    void saved(const QString &questionId);

private:
    void save();
    void addKeyPointRow(const KeyPoint &point);
    void updateKeyPointButtons();

    Database &m_db;
    Question m_question;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QComboBox *m_difficulty;
    QLineEdit *m_tags;
    QSpinBox *m_prep;
    QSpinBox *m_answer;
    QPlainTextEdit *m_guidance;
    QTableWidget *m_keyPoints;
    QPushButton *m_removeKeyPoint;
    QPlainTextEdit *m_outline;
    QPlainTextEdit *m_followUps;
    QLabel *m_error;
    QPushButton *m_saveButton;
};

} // namespace mockloop::desktop
