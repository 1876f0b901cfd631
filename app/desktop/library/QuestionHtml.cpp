#include "library/QuestionHtml.h"

#include "base/TimeText.h"
#include "common/BankNames.h"

#include <QRegularExpression>

namespace mockloop::desktop {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// `code` and **bold** inside one line; the rest escaped.
QString inlineHtml(const QString &text)
{
    static const QRegularExpression bold(QStringLiteral(R"(\*\*(.+?)\*\*)"));
    const QStringList parts = text.split(QLatin1Char('`'));
    QString html;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // An unmatched last backtick is a literal backtick.
        const bool code = i % 2 == 1 && i + 1 < parts.size();
        if (code) {
            html += QStringLiteral("<code>") + esc(parts[i]) + QStringLiteral("</code>");
        } else {
            if (i % 2 == 1)
                html += QLatin1Char('`');
            QString plain = esc(parts[i]);
            plain.replace(bold, QStringLiteral("<b>\\1</b>"));
            html += plain;
        }
    }
    return html;
}

QString heading(const QString &title)
{
    return QStringLiteral("<h4>") + esc(title) + QStringLiteral("</h4>");
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

QString QuestionHtml::markdownHtml(const QString &markdown)
{
    static const QRegularExpression item(QStringLiteral(R"(^(\s*)([-*+]|\d+[.)])\s+(.*)$)"));
    static const QRegularExpression headingLine(QStringLiteral(R"(^\s{0,3}#{1,6}\s+(.*)$)"));

    struct OpenList
    {
        int indent;
        QString tag;
    };
    QList<OpenList> lists; // innermost last; each has an open <li>
    QStringList paragraph;
    QString html;

    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>") + inlineHtml(paragraph.join(QLatin1Char(' ')))
                    + QStringLiteral("</p>");
        paragraph.clear();
    };
    auto closeList = [&] {
        html += QStringLiteral("</li></") + lists.takeLast().tag + QLatin1Char('>');
    };
    auto indentOf = [](const QString &spaces) {
        int n = 0;
        for (const QChar c : spaces)
            n += c == u'\t' ? 4 : 1;
        return n;
    };

    for (const QString &rawLine : markdown.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed().isEmpty() ? QString() : rawLine;
        if (line.isEmpty()) {
            flushParagraph();
            continue;
        }
        if (const QRegularExpressionMatch m = item.match(line); m.hasMatch()) {
            flushParagraph();
            const int indent = indentOf(m.captured(1));
            const QString tag = m.captured(2).front().isDigit() ? QStringLiteral("ol")
                                                                : QStringLiteral("ul");
            while (!lists.isEmpty() && indent < lists.last().indent)
                closeList();
            if (!lists.isEmpty() && indent == lists.last().indent) {
                if (lists.last().tag == tag)
                    html += QStringLiteral("</li>");
                else
                    closeList(); // "1." after "-": a new list at the same depth
            }
            if (lists.isEmpty() || indent > lists.last().indent) {
                html += QLatin1Char('<') + tag + QLatin1Char('>');
                lists.append({indent, tag});
            }
            html += QStringLiteral("<li>") + inlineHtml(m.captured(3).trimmed());
            continue;
        }
        if (!lists.isEmpty() && indentOf(line.left(line.size() - line.trimmed().size())) > 0) {
            // An indented line under an item continues it.
            html += QLatin1Char(' ') + inlineHtml(line.trimmed());
            continue;
        }
        while (!lists.isEmpty())
            closeList();
        if (const QRegularExpressionMatch m = headingLine.match(line); m.hasMatch()) {
            flushParagraph();
            html += QStringLiteral("<p><b>") + inlineHtml(m.captured(1).trimmed())
                    + QStringLiteral("</b></p>");
            continue;
        }
        paragraph.append(line.trimmed());
    }
    flushParagraph();
    while (!lists.isEmpty())
        closeList();
    return html;
}

QString QuestionHtml::build(const Question &q, bool hidden, const QString &packName)
{
    QString html;
    html += QStringLiteral("<h3>") + esc(q.text) + QStringLiteral("</h3>");

    QStringList facts{displayName(q.kind), difficultyDisplayName(q.difficulty)};
    if (!packName.isEmpty())
        facts.append(tr("pack “%1”").arg(packName));
    if (hidden)
        facts.append(tr("hidden: never drawn for a loop"));
    html += QStringLiteral("<p><b>") + esc(facts.join(QStringLiteral(" · ")))
            + QStringLiteral("</b></p>");

    // Label / value rows; empty values are left out rather than shown as blanks.
    QStringList trackNames;
    for (const QString &t : q.tracks)
        trackNames.append(trackDisplayName(t));
    const QList<std::pair<QString, QString>> rows = {
        {tr("Tracks"), trackNames.join(QStringLiteral(", "))},
        {tr("Tags"), q.tags.join(QStringLiteral(", "))},
        {tr("Competencies"), q.competencies.join(QStringLiteral(", "))},
        {tr("Time"), tr("%1 to prepare, %2 to answer")
                         .arg(formatDuration(qint64(q.prepSeconds) * 1000),
                              formatDuration(qint64(q.answerSeconds) * 1000))},
    };
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td style=\"padding-right: 8px\"><i>") + esc(label)
                + QStringLiteral("</i></td><td>") + esc(value) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    if (!q.guidance.isEmpty())
        html += heading(tr("How to answer")) + QStringLiteral("<p>") + esc(q.guidance)
                + QStringLiteral("</p>");
    if (!q.keyPoints.isEmpty()) {
        html += heading(tr("Key points")) + QStringLiteral("<ul>");
        for (const KeyPoint &kp : q.keyPoints) {
            html += QStringLiteral("<li>") + esc(kp.text);
            if (!kp.terms.isEmpty()) {
                html += QStringLiteral("<br><span style=\"color: #808080; font-size: small\">")
                        + esc(tr("Matched by: %1").arg(kp.terms.join(QStringLiteral(", "))))
                        + QStringLiteral("</span>");
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (!q.outline.trimmed().isEmpty())
        html += heading(tr("Model answer outline")) + markdownHtml(q.outline);
    if (!q.followUps.isEmpty())
        html += heading(tr("Likely follow-ups")) + bulletList(q.followUps);
    return html;
}

} // namespace mockloop::desktop
