#pragma once

#include "base/Types.h"
#include "storage/SessionRecord.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QGridLayout;
class QLabel;
class QVBoxLayout;
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
    // Reads the controller only while called; keeps no pointer to it.
    void refresh(const SessionController &controller, bool entered);
    // Forgets the session shown: it ended and its controller is freed. Nothing of it stays on
    // screen or is read again, whatever signal fires later (a table taking focus, a dialog).
    void clear();
    // Asks to save the grade shown (the button, or Ctrl+Return on the page).
    void requestGrade();

signals:
    void gradeRequested(const mockloop::Grade &grade);
    // Save the grade shown and answer the question again (plan allows retakes).
    void retakeRequested(const mockloop::Grade &grade);

private:
    Grade currentGrade() const;
    void updateDelta();
    void updateAnchor();
    void rebuildRubric(const AttemptRecord &record);
    void rebuildKeyPoints(const SessionController &controller, int attempt, bool showHints);
    void updateDefaultOverall();

    RoundKind m_kind;
    QLabel *m_questionText;
    QPlainTextEdit *m_answerView;
    QTextBrowser *m_hints;
    QSpinBox *m_score;
    QLabel *m_anchor;
    QPlainTextEdit *m_note;
    QPushButton *m_saveButton;
    QPushButton *m_retakeButton;
    QLabel *m_delta;
    std::optional<int> m_previousScore; // the last attempt of this question, when a retake
    QGridLayout *m_rubricGrid;
    QList<std::pair<QString, QSpinBox *>> m_criteria;
    QWidget *m_pointsBox; // the checklist and the coach's remarks
    QListWidget *m_keyPointList;
    QTextBrowser *m_coachHints;
    bool m_overallChosen = false; // the person set the overall score themselves
    bool m_settingScores = false;
};

} // namespace mockloop::desktop
