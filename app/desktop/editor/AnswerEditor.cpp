#include "editor/AnswerEditor.h"

#include "base/TimeText.h"
#include "coach/Coach.h"
#include "editor/SectionEdit.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace mockloop::desktop {

namespace {

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &toolTip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    // The keys do this from the text; the buttons must not take the focus away from it.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

// The first editors' object names are kept so tests and tools that look for them still find
// the same fields.
QString AnswerEditor::editObjectName(const QString &sectionName)
{
    static const QList<std::pair<QString, QString>> kLegacy = {
        {QStringLiteral("answer"), QStringLiteral("answerEdit")},
        {QStringLiteral("situation"), QStringLiteral("starSituation")},
        {QStringLiteral("task"), QStringLiteral("starTask")},
        {QStringLiteral("action"), QStringLiteral("starAction")},
        {QStringLiteral("result"), QStringLiteral("starResult")}};
    for (const auto &[name, objectName] : kLegacy) {
        if (name == sectionName)
            return objectName;
    }
    return QStringLiteral("section_") + sectionName;
}

AnswerEditor::AnswerEditor(QWidget *parent)
    : QWidget(parent)
{
    m_undoButton =
        toolButton(QStringLiteral("undoButton"), tr("Undo"),
                   tr("Undo the last change in this section (%1).")
                       .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                   this);
    m_redoButton =
        toolButton(QStringLiteral("redoButton"), tr("Redo"),
                   tr("Redo what was undone in this section (%1).")
                       .arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)),
                   this);
    const QKeySequence previousKeys(Qt::CTRL | Qt::Key_Up);
    const QKeySequence nextKeys(Qt::CTRL | Qt::Key_Down);
    m_previousButton = toolButton(
        QStringLiteral("previousSectionButton"), tr("Previous section"),
        tr("Go to the previous section (%1).").arg(previousKeys.toString(QKeySequence::NativeText)),
        this);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_nextButton = toolButton(
        QStringLiteral("nextSectionButton"), tr("Next section"),
        tr("Go to the next section (%1).").arg(nextKeys.toString(QKeySequence::NativeText)), this);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previewButton = toolButton(QStringLiteral("previewButton"), tr("Preview"),
                                 tr("Show the answer as formatted Markdown; click again to edit."),
                                 this);
    m_previewButton->setCheckable(true);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("editorSaveState"));

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_undoButton);
    tools->addWidget(m_redoButton);
    tools->addSpacing(12);
    tools->addWidget(m_previousButton);
    tools->addWidget(m_nextButton);
    tools->addSpacing(12);
    tools->addWidget(m_previewButton);
    tools->addStretch();
    tools->addWidget(m_saveState);

    m_bodyStack = new QStackedWidget(this);
    auto *host = new QWidget(m_bodyStack);
    (new QVBoxLayout(host))->setContentsMargins(0, 0, 0, 0);
    m_bodyStack->addWidget(host);
    m_preview = new QTextBrowser(m_bodyStack);
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_preview->setOpenExternalLinks(false);
    m_bodyStack->addWidget(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_bodyStack, 1);

    connect(m_undoButton, &QToolButton::clicked, this, [this] {
        if (m_current < m_sections.size())
            m_sections[m_current]->edit()->undo();
    });
    connect(m_redoButton, &QToolButton::clicked, this, [this] {
        if (m_current < m_sections.size())
            m_sections[m_current]->edit()->redo();
    });
    connect(m_previousButton, &QToolButton::clicked, this, &AnswerEditor::previousSection);
    connect(m_nextButton, &QToolButton::clicked, this, &AnswerEditor::nextSection);
    connect(m_previewButton, &QToolButton::toggled, this, &AnswerEditor::setPreview);
    // The keys themselves are the window's (Interview → Previous/Next answer section), so the
    // shortcut overlay lists them; the interview page connects them to these slots.

    setQuestion(Question(), {});
}

void AnswerEditor::clearSections()
{
    m_sections.clear();
    m_current = 0;
    m_scroll = nullptr;
    delete m_body;
    m_body = nullptr;
}

void AnswerEditor::setQuestion(const Question &question, const QList<AnswerField> &stored)
{
    if (m_previewButton->isChecked())
        m_previewButton->setChecked(false);
    clearSections();
    m_form = answerFormFor(question);
    const QList<AnswerSection> sections = answerSectionsFor(question, stored);
    const QList<AnswerField> values = fieldsForSections(sections, stored);

    QWidget *host = m_bodyStack->widget(0);
    const bool single = sections.size() == 1;
    // STAR's four parts side by side in a 2×2 grid: four stacked editors get too short on a
    // 700 px screen. Longer forms (and answers with fields an older editor wrote) scroll, and
    // their sections fold.
    const bool grid = m_form == AnswerForm::Star && sections.size() == 4;
    const bool collapsible = !single && !grid;
    QWidget *container;
    if (collapsible) {
        m_scroll = new QScrollArea(host);
        m_scroll->setObjectName(QStringLiteral("sectionScroll"));
        m_scroll->setWidgetResizable(true);
        m_scroll->setFrameShape(QFrame::NoFrame);
        container = new QWidget(m_scroll);
        m_body = m_scroll;
    } else {
        container = new QWidget(host);
        m_body = container;
    }
    auto *gridLayout = grid ? new QGridLayout(container) : nullptr;
    auto *column = grid ? nullptr : new QVBoxLayout(container);
    (grid ? static_cast<QLayout *>(gridLayout) : column)->setContentsMargins(0, 0, 0, 0);

    for (int i = 0; i < sections.size(); ++i) {
        auto *section = new SectionEdit(sections[i], collapsible, container);
        QPlainTextEdit *edit = section->edit();
        edit->setObjectName(editObjectName(sections[i].name));
        if (m_form == AnswerForm::Plain) {
            // Code blocks line up in a fixed-pitch font; Markdown reads fine in one too.
            edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            edit->setPlaceholderText(sections[i].prompt);
        }
        section->setText(values[i].value);
        edit->setReadOnly(m_readOnly);
        edit->installEventFilter(this);
        connect(section, &SectionEdit::textEdited, this, &AnswerEditor::edited);
        connect(edit, &QPlainTextEdit::undoAvailable, this, &AnswerEditor::updateUndoButtons);
        connect(edit, &QPlainTextEdit::redoAvailable, this, &AnswerEditor::updateUndoButtons);
        if (grid) {
            gridLayout->addWidget(section, i / 2, i % 2);
            gridLayout->setRowStretch(i / 2, 1);
        } else {
            column->addWidget(section, single ? 1 : 0);
        }
        m_sections.append(section);
    }
    if (column && collapsible)
        column->addStretch();
    if (m_scroll)
        m_scroll->setWidget(container);
    host->layout()->addWidget(m_body);
    // A layout shows a new child only from the event loop; the person (and a test) may type
    // into it at once.
    m_body->show();

    const bool several = m_sections.size() > 1;
    m_previousButton->setVisible(several);
    m_nextButton->setVisible(several);
    updateUndoButtons();
}

QList<AnswerField> AnswerEditor::fields() const
{
    QList<AnswerField> out;
    for (const SectionEdit *s : m_sections)
        out.append({s->section().name, s->text()});
    return out;
}

void AnswerEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (SectionEdit *s : std::as_const(m_sections))
        s->edit()->setReadOnly(readOnly);
    updateUndoButtons();
}

void AnswerEditor::focusFirstField()
{
    focusSection(0);
}

void AnswerEditor::focusSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return;
    if (m_previewButton->isChecked())
        m_previewButton->setChecked(false);
    SectionEdit *section = m_sections[index];
    section->setExpanded(true);
    section->edit()->setFocus(Qt::ShortcutFocusReason);
    trackFocus(index);
    if (m_scroll) {
        // Unfolding changed the heights: lay out first, or the scroll aims at old positions.
        m_scroll->widget()->layout()->activate();
        m_scroll->ensureWidgetVisible(section, 0, 8);
    }
}

void AnswerEditor::nextSection()
{
    focusSection(std::min(m_current + 1, int(m_sections.size()) - 1));
}

void AnswerEditor::previousSection()
{
    focusSection(std::max(m_current - 1, 0));
}

void AnswerEditor::trackFocus(int index)
{
    m_current = index;
    m_previousButton->setEnabled(index > 0);
    m_nextButton->setEnabled(index + 1 < m_sections.size());
    updateUndoButtons();
}

bool AnswerEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int i = 0; i < m_sections.size(); ++i) {
            if (m_sections[i]->edit() == watched)
                trackFocus(i);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AnswerEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A smaller window must not hide the section being typed in.
    if (m_scroll && m_current < m_sections.size() && m_sections[m_current]->edit()->hasFocus()) {
        m_scroll->widget()->layout()->activate();
        m_scroll->ensureWidgetVisible(m_sections[m_current], 0, 8);
    }
}

void AnswerEditor::updateUndoButtons()
{
    const QPlainTextEdit *edit = m_current < m_sections.size() ? m_sections[m_current]->edit()
                                                               : nullptr;
    m_undoButton->setEnabled(edit && !m_readOnly && edit->document()->isUndoAvailable());
    m_redoButton->setEnabled(edit && !m_readOnly && edit->document()->isRedoAvailable());
}

void AnswerEditor::setPreview(bool on)
{
    if (on) {
        QString markdown;
        for (const SectionEdit *s : std::as_const(m_sections)) {
            if (m_sections.size() > 1)
                markdown += QStringLiteral("### ") + s->section().title + QStringLiteral("\n\n");
            markdown += s->text() + QStringLiteral("\n\n");
        }
        m_preview->setMarkdown(markdown);
    }
    m_bodyStack->setCurrentIndex(on ? 1 : 0);
}

void AnswerEditor::setAnswerClock(qint64 usedMs, qint64 limitMs)
{
    int start = 0; // percent of the answer time where the part's share begins
    for (SectionEdit *s : std::as_const(m_sections)) {
        const int percent = s->section().budgetPercent;
        if (percent <= 0) {
            s->setBudget(QString(), SectionEdit::BudgetPhase::None);
            continue;
        }
        const int end = start + percent;
        QString text = tr("%1%").arg(percent);
        SectionEdit::BudgetPhase phase = SectionEdit::BudgetPhase::Normal;
        if (limitMs > 0) {
            text = tr("%1 (%2%)").arg(formatDuration(limitMs * percent / 100)).arg(percent);
            const qint64 from = limitMs * start / 100;
            const qint64 to = limitMs * end / 100;
            if (usedMs >= from && usedMs < to) {
                phase = SectionEdit::BudgetPhase::Now;
                text = tr("now: %1").arg(text);
            } else if (usedMs >= to && s->wordCount() < coaching::kStarMinPartWords) {
                phase = SectionEdit::BudgetPhase::Behind;
                text = tr("behind: %1").arg(text);
            }
        }
        s->setBudget(text, phase);
        start = end;
    }
}

void AnswerEditor::setSaveState(bool unsaved, bool anyText)
{
    const QString text = unsaved ? tr("Unsaved changes") : anyText ? tr("Saved") : QString();
    if (m_saveState->text() != text)
        m_saveState->setText(text);
}

} // namespace mockloop::desktop
