#pragma once

#include "coach/AnswerTemplate.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace mockloop::desktop {

// One section of an answer: its title, prompt, live word count, optional time budget and the
// text. Collapsible sections fold away to their header (system design, project).
class SectionEdit : public QWidget
{
    Q_OBJECT
public:
    SectionEdit(const AnswerSection &section, bool collapsible, QWidget *parent = nullptr);

    const AnswerSection &section() const { return m_section; }
    QPlainTextEdit *edit() const { return m_edit; }
    QString text() const;
    // coaching::wordCount(text()), kept up to date as the text changes.
    int wordCount() const { return m_wordCount; }
    // Shows stored text without it counting as an edit of the person's.
    void setText(const QString &text);
    void setExpanded(bool expanded);
    bool isExpanded() const;
    // The time budget against the answer clock: how long this part may take, and whether the
    // clock is inside its share now, or past it while the part is still (nearly) empty.
    enum class BudgetPhase { None, Normal, Now, Behind };
    void setBudget(const QString &text, BudgetPhase phase);

signals:
    void textEdited();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void countWords(int from, int to);
    void updateWordCount();
    // Collapsible sections grow with their text (4 to 16 lines) instead of filling the page.
    void fitHeight();

    AnswerSection m_section;
    QToolButton *m_toggle = nullptr;
    bool m_expanded = true;
    QLabel *m_title;
    QLabel *m_prompt;
    QLabel *m_words;
    QLabel *m_budget;
    QPlainTextEdit *m_edit;
    bool m_loading = false;
    int m_wordCount = 0;
};

} // namespace mockloop::desktop
