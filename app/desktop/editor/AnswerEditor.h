#pragma once

#include "coach/AnswerTemplate.h"
#include "storage/SessionRecord.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace mockloop::desktop {

class SectionEdit;

// The editor shaped for the question (docs/editors.md): STAR parts with prompts, word counts
// and time budgets; system design and project sections that fold; one Markdown text with a
// monospace editor and a preview for technical and plain HR answers. It speaks in
// AnswerFields, the form answers are stored in, so drafts written by either program, and
// answers written by older editors, open here unchanged (unknown fields get a section of their
// own). Undo/redo act on the section last in focus; Ctrl+Down / Ctrl+Up move between sections.
class AnswerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerEditor(QWidget *parent = nullptr);
    // The object name of a section's text edit: "answerEdit", "starSituation" … for the
    // first editors' fields, "section_<name>" for every other section.
    static QString editObjectName(const QString &sectionName);

    // Lays the editor out for the question and shows the stored answer without reporting an
    // edit.
    void setQuestion(const Question &question, const QList<AnswerField> &stored);
    AnswerForm form() const { return m_form; }
    QList<AnswerField> fields() const;
    void setReadOnly(bool readOnly);
    void focusFirstField();

    int sectionCount() const { return int(m_sections.size()); }
    int currentSection() const { return m_current; }
    void focusSection(int index);
    void nextSection();
    void previousSection();

    // The answer clock, for the STAR time budgets: time used so far and the limit (0 = none).
    void setAnswerClock(qint64 usedMs, qint64 limitMs);
    // The controller's save state: unsaved edits, or everything on disk.
    void setSaveState(bool unsaved, bool anyText);

signals:
    // Only for edits made by the person, never for setQuestion().
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void clearSections();
    void trackFocus(int index);
    void updateUndoButtons();
    void setPreview(bool on);

    AnswerForm m_form = AnswerForm::Plain;
    QList<SectionEdit *> m_sections;
    int m_current = 0;
    QWidget *m_body = nullptr; // rebuilt for each question
    QStackedWidget *m_bodyStack;
    QTextBrowser *m_preview;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_previewButton;
    QLabel *m_saveState;
    QScrollArea *m_scroll = nullptr;
    bool m_readOnly = false;
};

} // namespace mockloop::desktop
