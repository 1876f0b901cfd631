#pragma once

#include "coach/ClosingList.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

// "Your questions for the interviewer": suggestions with why they are worth asking, and the
// person's own list, each question with a note (core/ClosingList). Not timed per question.
class ClosingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClosingPanel(QWidget *parent = nullptr);
    // Reads the controller only while called; keeps no pointer to it.
    void refresh(const SessionController &controller, bool entered);
    // Forgets the session shown: it ended and its controller is freed. Nothing of it stays on
    // screen or is read again, whatever signal fires later (a table taking focus, a dialog).
    void clear();

signals:
    void notesEdited(const QString &notes);
    void finishClicked();

private:
    void addQuestion(const QString &text, const QString &note);
    void removeQuestion();
    void showCurrent();
    void currentEdited();
    void rebuildList();

    QListWidget *m_suggestions;
    QPushButton *m_useSuggestionButton;
    QListWidget *m_list;
    QLineEdit *m_question;
    QPlainTextEdit *m_note;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_finishButton;
    QList<ClosingQuestion> m_questions;
    bool m_loading = false;
};

} // namespace mockloop::desktop
