#include "history/CompareView.h"

#include "base/TimeText.h"
#include "common/Appearance.h"
#include "practice/History.h"
#include "report/FollowUpText.h"
#include "report/SessionText.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

// The diff marks in the palette's colours: red and green dark enough on a light base and light
// enough on a dark one, on a tint of the same colour. Removed words are struck through and
// added ones underlined, so the change does not rest on colour alone.
struct DiffStyles
{
    QString removed;
    QString added;
    QString placeholder;
};

DiffStyles diffStyles(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    const QColor green = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    const QColor muted = mixColours(palette.color(QPalette::Active, QPalette::Text), base, 0.6);
    return {QStringLiteral("color: %1; background-color: %2; text-decoration: line-through;")
                .arg(red.name(), mixColours(red, base, 0.14).name()),
            QStringLiteral("color: %1; background-color: %2; text-decoration: underline;")
                .arg(green.name(), mixColours(green, base, 0.14).name()),
            QStringLiteral("color: %1;").arg(muted.name())};
}

QString span(const QString &style, const QString &text)
{
    return QStringLiteral("<span style=\"") + style + QStringLiteral("\">") + text.toHtmlEscaped()
           + QStringLiteral("</span>");
}

QString fieldHeading(const QString &name)
{
    return QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 2px;\"><i>")
           + answerFieldDisplayName(name).toHtmlEscaped() + QStringLiteral("</i></p>");
}

QString textBlock(const QString &inner)
{
    return QStringLiteral("<p style=\"white-space: pre-wrap; margin-top: 0;\">") + inner
           + QStringLiteral("</p>");
}

QString placeholder(const DiffStyles &styles, const QString &text)
{
    return QStringLiteral("<p style=\"%1 margin-top: 0;\"><i>").arg(styles.placeholder)
           + text.toHtmlEscaped() + QStringLiteral("</i></p>");
}

const AnswerField *findField(const QList<AnswerField> &fields, const QString &name)
{
    for (const AnswerField &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString attemptTitle(const QString &side, const AttemptRecord &a)
{
    const QString score = a.score ? CompareView::tr("score %1 / 5").arg(*a.score)
                                  : CompareView::tr("not graded");
    return CompareView::tr("<b>%1</b> %2 · %3")
        .arg(side.toHtmlEscaped(), formatDateTime(a.startedAt).toHtmlEscaped(),
             score.toHtmlEscaped());
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    m_leftTitle = new QLabel(this);
    m_leftTitle->setObjectName(QStringLiteral("compareLeftTitle"));
    m_rightTitle = new QLabel(this);
    m_rightTitle->setObjectName(QStringLiteral("compareRightTitle"));
    auto *deltaCaption = new QLabel(tr("Score change:"), this);
    m_scoreDelta = new QLabel(this);
    m_scoreDelta->setObjectName(QStringLiteral("scoreDelta"));
    QFont deltaFont = m_scoreDelta->font();
    deltaFont.setBold(true);
    m_scoreDelta->setFont(deltaFont);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    auto *closeButton = new QPushButton(tr("Back to the &attempt"), this);
    closeButton->setObjectName(QStringLiteral("compareCloseButton"));
    connect(closeButton, &QPushButton::clicked, this, &CompareView::closeRequested);

    auto makeBrowser = [this](const QString &name) {
        auto *browser = new QTextBrowser(this);
        browser->setObjectName(name);
        browser->setOpenLinks(false);
        return browser;
    };
    m_left = makeBrowser(QStringLiteral("compareLeft"));
    m_right = makeBrowser(QStringLiteral("compareRight"));
    // Scrolling one side scrolls the other to the same proportion: the fields line up when
    // the answers are of similar length, which is the usual case for two tries.
    auto follow = [](QTextBrowser *from, QTextBrowser *to) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to, [from, to](int value) {
            const int max = from->verticalScrollBar()->maximum();
            if (max > 0)
                to->verticalScrollBar()->setValue(
                    int(qint64(value) * to->verticalScrollBar()->maximum() / max));
        });
    };
    follow(m_left, m_right);
    follow(m_right, m_left);

    auto *leftPane = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_leftTitle);
    leftLayout->addWidget(m_left, 1);
    auto *rightPane = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightPane);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_rightTitle);
    rightLayout->addWidget(m_right, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftPane);
    splitter->addWidget(rightPane);
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(deltaCaption);
    top->addWidget(m_scoreDelta);
    top->addSpacing(16);
    top->addWidget(m_legend, 1);
    top->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    showDiff();
}

void CompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The theme changed: the marks take the new palette's colours.
    if (event->type() == QEvent::PaletteChange)
        showDiff();
}

void CompareView::showDiff()
{
    const DiffStyles styles = diffStyles(palette());
    m_legend->setText(tr("<span style=\"%1\">struck through</span>: words only the older answer "
                         "has; <span style=\"%2\">underlined</span>: words the newer answer added.")
                          .arg(styles.removed, styles.added));
    if (!m_before)
        return;
    const auto [left, right] = diffHtml(*m_before, m_after, palette());
    m_left->setHtml(left);
    m_right->setHtml(right);
}

void CompareView::compare(const AttemptRecord &before, const AttemptRecord &after)
{
    m_leftTitle->setText(attemptTitle(tr("Before:"), before));
    m_rightTitle->setText(attemptTitle(tr("After:"), after));
    const QString delta = scoreDeltaText(before.score, after.score);
    m_scoreDelta->setText(delta);
    // The sign says better or worse; the text keeps the palette's colour (readable in any theme).
    // Follow-ups compare as fields of their own ("Follow-up 1"), the question asked above the
    // answer: the two attempts may have been asked different ones.
    auto withFollowUps = [](const AttemptRecord &a) {
        QList<AnswerField> fields = a.answer;
        for (const AskedFollowUp &f : askedFollowUps(a))
            fields.append({QStringLiteral("follow_up_%1").arg(f.number),
                           f.question + QStringLiteral("\n\n") + f.answer});
        return fields;
    };
    m_before = withFollowUps(before);
    m_after = withFollowUps(after);
    showDiff();
}

QString CompareView::scoreDeltaText(std::optional<int> before, std::optional<int> after)
{
    if (!before || !after)
        return tr("not graded");
    const int change = *after - *before;
    return change == 0 ? tr("no change") : scoreChangeText(change);
}

std::pair<QString, QString> CompareView::diffHtml(const QList<AnswerField> &before,
                                                  const QList<AnswerField> &after,
                                                  const QPalette &palette)
{
    const DiffStyles styles = diffStyles(palette);
    QStringList names;
    for (const QList<AnswerField> *side : {&before, &after}) {
        for (const AnswerField &f : *side) {
            if (!names.contains(f.name))
                names.append(f.name);
        }
    }
    QString left;
    QString right;
    if (names.isEmpty()) {
        left = placeholder(styles, tr("(no answer)"));
        right = left;
        return {left, right};
    }
    for (const QString &name : names) {
        left += fieldHeading(name);
        right += fieldHeading(name);
        const AnswerField *l = findField(before, name);
        const AnswerField *r = findField(after, name);
        const QString lText = l ? l->value : QString();
        const QString rText = r ? r->value : QString();
        if (lText.trimmed().isEmpty() && rText.trimmed().isEmpty()) {
            left += placeholder(styles, l ? tr("(empty)") : tr("(not in this attempt)"));
            right += placeholder(styles, r ? tr("(empty)") : tr("(not in this attempt)"));
            continue;
        }
        QString lHtml;
        QString rHtml;
        for (const DiffSpan &s : wordDiff(lText, rText)) {
            switch (s.kind) {
            case DiffSpan::Same:
                lHtml += s.text.toHtmlEscaped();
                rHtml += s.text.toHtmlEscaped();
                break;
            case DiffSpan::Removed: lHtml += span(styles.removed, s.text); break;
            case DiffSpan::Added: rHtml += span(styles.added, s.text); break;
            }
        }
        left += lText.trimmed().isEmpty()
                    ? placeholder(styles, l ? tr("(empty)") : tr("(not in this attempt)"))
                    : textBlock(lHtml);
        right += rText.trimmed().isEmpty()
                     ? placeholder(styles, r ? tr("(empty)") : tr("(not in this attempt)"))
                     : textBlock(rHtml);
    }
    return {left, right};
}

} // namespace mockloop::desktop
