#include "CompareView.h"

#include "History.h"
#include "TimeText.h"

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

// Colours that read on a light page: the browsers keep a light base whatever the palette.
constexpr auto kRemovedStyle =
    "color: #b00020; background-color: #fde8ea; text-decoration: line-through;";
constexpr auto kAddedStyle = "color: #1b5e20; background-color: #e2f4e3;";

QString span(const char *style, const QString &text)
{
    return QStringLiteral("<span style=\"") + QLatin1String(style) + QStringLiteral("\">")
           + text.toHtmlEscaped() + QStringLiteral("</span>");
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

QString placeholder(const QString &text)
{
    return QStringLiteral("<p style=\"color: #808080; margin-top: 0;\"><i>") + text.toHtmlEscaped()
           + QStringLiteral("</i></p>");
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
    auto *legend = new QLabel(
        tr("<span style=\"%1\">struck through</span>: words only the older answer has; "
           "<span style=\"%2\">green</span>: words the newer answer added.")
            .arg(QLatin1String(kRemovedStyle), QLatin1String(kAddedStyle)),
        this);
    legend->setWordWrap(true);
    auto *closeButton = new QPushButton(tr("Back to the &attempt"), this);
    closeButton->setObjectName(QStringLiteral("compareCloseButton"));
    connect(closeButton, &QPushButton::clicked, this, &CompareView::closeRequested);

    auto makeBrowser = [this](const QString &name) {
        auto *browser = new QTextBrowser(this);
        browser->setObjectName(name);
        browser->setOpenLinks(false);
        // The diff colours are chosen for a light page.
        QPalette p = browser->palette();
        p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        browser->setPalette(p);
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
    top->addWidget(legend, 1);
    top->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void CompareView::compare(const AttemptRecord &before, const AttemptRecord &after)
{
    m_leftTitle->setText(attemptTitle(tr("Before:"), before));
    m_rightTitle->setText(attemptTitle(tr("After:"), after));
    const QString delta = scoreDeltaText(before.score, after.score);
    m_scoreDelta->setText(delta);
    const int change = before.score && after.score ? *after.score - *before.score : 0;
    m_scoreDelta->setStyleSheet(change > 0   ? QStringLiteral("color: #1b5e20;")
                                : change < 0 ? QStringLiteral("color: #b00020;")
                                             : QString());
    const auto [left, right] = diffHtml(before.answer, after.answer);
    m_left->setHtml(left);
    m_right->setHtml(right);
}

QString CompareView::scoreDeltaText(std::optional<int> before, std::optional<int> after)
{
    if (!before || !after)
        return tr("not graded");
    const int change = *after - *before;
    return change == 0 ? tr("no change") : scoreChangeText(change);
}

std::pair<QString, QString> CompareView::diffHtml(const QList<AnswerField> &before,
                                                  const QList<AnswerField> &after)
{
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
        left = placeholder(tr("(no answer)"));
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
            left += placeholder(l ? tr("(empty)") : tr("(not in this attempt)"));
            right += placeholder(r ? tr("(empty)") : tr("(not in this attempt)"));
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
            case DiffSpan::Removed:
                lHtml += span(kRemovedStyle, s.text);
                break;
            case DiffSpan::Added:
                rHtml += span(kAddedStyle, s.text);
                break;
            }
        }
        left += lText.trimmed().isEmpty()
                    ? placeholder(l ? tr("(empty)") : tr("(not in this attempt)"))
                    : textBlock(lHtml);
        right += rText.trimmed().isEmpty()
                     ? placeholder(r ? tr("(empty)") : tr("(not in this attempt)"))
                     : textBlock(rHtml);
    }
    return {left, right};
}

} // namespace mockloop::desktop
