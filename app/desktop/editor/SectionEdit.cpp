#include "editor/SectionEdit.h"

#include "coach/Coach.h"
#include "common/Appearance.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mockloop::desktop {

SectionEdit::SectionEdit(const AnswerSection &section, bool collapsible, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
{
    setObjectName(QStringLiteral("sectionBox_") + section.name);
    m_title = new QLabel(section.title, this);
    m_title->setObjectName(QStringLiteral("title_") + section.name);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("words_") + section.name);
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("budget_") + section.name);
    m_budget->hide();
    m_prompt = new QLabel(section.prompt, this);
    m_prompt->setObjectName(QStringLiteral("prompt_") + section.name);
    m_prompt->setWordWrap(true);
    m_prompt->setVisible(!section.prompt.isEmpty());
    QFont small = m_prompt->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_prompt->setFont(small);
    m_words->setFont(small);
    m_budget->setFont(small);
    // Secondary text: the palette's placeholder colour follows light and dark themes.
    QPalette muted = m_prompt->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_prompt->setPalette(muted);
    m_words->setPalette(muted);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("section_") + section.name);
    m_edit->setAccessibleName(section.title);
    // Tab walks from section to section, as in a form.
    m_edit->setTabChangesFocus(true);
    m_title->setBuddy(m_edit);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    if (collapsible) {
        m_toggle = new QToolButton(this);
        m_toggle->setObjectName(QStringLiteral("toggle_") + section.name);
        // Not checkable: a checked tool button is drawn pressed, so unfolded sections looked
        // like buttons held down beside the flat folded ones. The arrow says the state.
        m_toggle->setAutoRaise(true);
        m_toggle->setArrowType(Qt::DownArrow);
        m_toggle->setToolTip(tr("Fold or unfold this section."));
        // Reached by the section keys, not by Tab: Tab stays a walk through the texts.
        m_toggle->setFocusPolicy(Qt::NoFocus);
        connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
        header->addWidget(m_toggle);
    }
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_budget);
    header->addSpacing(8);
    header->addWidget(m_words);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit, 1);

    // Before textChanged: the blocks an edit touched are recounted first (updateWordCount).
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            [this](int position, int, int added) { countWords(position, position + added); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateWordCount();
        fitHeight();
        if (!m_loading)
            emit textEdited();
    });
    updateWordCount();
    fitHeight();
}

void SectionEdit::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight(); // a narrower section wraps into more lines
}

void SectionEdit::fitHeight()
{
    if (!m_toggle)
        return;
    constexpr int kMinLines = 4;
    constexpr int kMaxLines = 16;
    // The plain-text layout measures its height in (wrapped) lines.
    const int lines = int(m_edit->document()->documentLayout()->documentSize().height());
    const int shown = std::clamp(lines, kMinLines, kMaxLines);
    const QMargins margins = m_edit->contentsMargins();
    const int height = shown * m_edit->fontMetrics().lineSpacing()
                       + int(2 * m_edit->document()->documentMargin()) + margins.top()
                       + margins.bottom() + 2 * m_edit->frameWidth();
    if (m_edit->height() != height)
        m_edit->setFixedHeight(height);
}

QString SectionEdit::text() const
{
    return m_edit->toPlainText();
}

void SectionEdit::setText(const QString &text)
{
    // Setting the same text would move the cursor to the start while someone types.
    if (m_edit->toPlainText() == text)
        return;
    m_loading = true;
    m_edit->setPlainText(text);
    m_loading = false;
}

void SectionEdit::setExpanded(bool expanded)
{
    if (!m_toggle)
        return;
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_prompt->setVisible(expanded && !m_section.prompt.isEmpty());
    m_edit->setVisible(expanded);
}

bool SectionEdit::isExpanded() const
{
    return !m_toggle || m_expanded;
}

void SectionEdit::setBudget(const QString &text, BudgetPhase phase)
{
    m_budget->setVisible(phase != BudgetPhase::None);
    m_budget->setText(text);
    switch (phase) {
    case BudgetPhase::Now: m_budget->setStyleSheet(QStringLiteral("font-weight: bold;")); break;
    case BudgetPhase::Behind: m_budget->setStyleSheet(errorStyleSheet(palette())); break;
    default: m_budget->setStyleSheet(QString()); break;
    }
}

// A word never spans a line (coaching::wordCount splits at line breaks), so the count is the sum
// of the lines' counts. Each block keeps its own in its user state (no highlighter uses it
// here), and an edit recounts only the blocks it touched: a keystroke in a 1 MB answer counted
// the whole megabyte again, half a second in a debug build (bench_typing).
void SectionEdit::countWords(int from, int to)
{
    const QTextDocument *document = m_edit->document();
    for (QTextBlock b = document->findBlock(from); b.isValid() && b.position() <= to; b = b.next())
        b.setUserState(coaching::wordCount(b.text()));
}

void SectionEdit::updateWordCount()
{
    int n = 0;
    for (QTextBlock b = m_edit->document()->begin(); b.isValid(); b = b.next()) {
        if (b.userState() < 0) // not counted yet
            b.setUserState(coaching::wordCount(b.text()));
        n += b.userState();
    }
    m_wordCount = n;
    m_words->setText(n == 1 ? tr("1 word") : tr("%1 words").arg(n));
}

} // namespace mockloop::desktop
