#pragma once

#include "Types.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

// Grading one answer against the question's model outline and key points. The model answer is
// shown here, after the answer, never while answering.
class GradePanel : public QWidget
{
    Q_OBJECT
public:
    explicit GradePanel(QWidget *parent = nullptr);
    void refresh(const SessionController &controller, bool entered);
    // Asks to save the grade shown (the button, or Ctrl+Return on the page).
    void requestGrade();

signals:
    void gradeRequested(int score, const QString &note);

private:
    void updateAnchor();

    RoundKind m_kind;
    QLabel *m_questionText;
    QPlainTextEdit *m_answerView;
    QTextBrowser *m_hints;
    QSpinBox *m_score;
    QLabel *m_anchor;
    QPlainTextEdit *m_note;
    QPushButton *m_saveButton;
};

} // namespace mockloop::desktop
