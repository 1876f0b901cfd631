#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

// "Your questions for the interviewer": suggestions with why they are worth asking, and the
// person's own list. Not timed per question.
class ClosingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClosingPanel(QWidget *parent = nullptr);
    void refresh(const SessionController &controller, bool entered);

signals:
    void notesEdited(const QString &notes);
    void finishClicked();

private:
    QTextBrowser *m_suggestions;
    QPlainTextEdit *m_notes;
    QPushButton *m_finishButton;
    bool m_loading = false;
};

} // namespace mockloop::desktop
