#include "report/AnswerMarkdown.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace mockloop {

namespace {

// The block shapes of CommonMark that matter here, read one line at a time.
const QRegularExpression &atxPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^( {0,3})(#{1,6})(?=[ \\t]|$)[ \\t]*(.*?)[ \\t]*$"));
    return re;
}

const QRegularExpression &setextPattern()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    return re;
}

const QRegularExpression &itemPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^( *)([-*+]|(\\d{1,9})[.)])(?:([ \\t]+)(.*))?$"));
    return re;
}

const QRegularExpression &rulePattern()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$"));
    return re;
}

const QRegularExpression &quotePattern()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}> ?(.*)$"));
    return re;
}

struct Fence
{
    QChar mark; // '`' or '~'
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info;
};

std::optional<Fence> fenceOpening(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^( *)(`{3,}|~{3,})(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString info = m.captured(3).trimmed();
    const QChar mark = m.captured(2).at(0);
    if (mark == QLatin1Char('`') && info.contains(QLatin1Char('`')))
        return std::nullopt; // "```a``` b" is a code span, not a fence
    return Fence{mark, m.capturedLength(2), m.capturedLength(1), info};
}

bool closesFence(const QString &line, const Fence &fence)
{
    const QString t = line.trimmed();
    return t.size() >= fence.length
           && std::all_of(t.cbegin(), t.cend(), [&fence](QChar c) { return c == fence.mark; });
}

qsizetype longestRun(const QString &text, QChar c)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar x : text) {
        run = x == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

qsizetype indentOf(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

QStringList linesOf(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t.replace(QLatin1Char('\t'), QStringLiteral("    "));
    QStringList lines = t.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

// Where the code span that starts with the backtick run at `at` ends (the index after its
// closing run), or -1 when the run opens nothing on this line.
qsizetype codeSpanEnd(const QString &line, qsizetype at)
{
    qsizetype n = 0;
    while (at + n < line.size() && line.at(at + n) == QLatin1Char('`'))
        ++n;
    for (qsizetype i = at + n; i < line.size();) {
        if (line.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype m = 0;
        while (i + m < line.size() && line.at(i + m) == QLatin1Char('`'))
            ++m;
        if (m == n)
            return i + m;
        i += m;
    }
    return -1;
}

// '<' and '&' outside code spans escaped, so no HTML of the person's is read as HTML.
QString escapeHtmlMarks(const QString &line)
{
    QString out;
    out.reserve(line.size() + 4);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            out += c;
            out += line.at(++i);
        } else if (c == QLatin1Char('`')) {
            const qsizetype end = codeSpanEnd(line, i);
            qsizetype runEnd = i;
            while (runEnd < line.size() && line.at(runEnd) == QLatin1Char('`'))
                ++runEnd;
            const qsizetype to = end < 0 ? runEnd : end;
            out += line.mid(i, to - i);
            i = to - 1;
        } else {
            if (c == QLatin1Char('<') || c == QLatin1Char('&'))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out;
}

QString hashes(int level, int shift)
{
    return QString(std::clamp(level + shift, 1, 6), QLatin1Char('#'));
}

// --- HTML ---------------------------------------------------------------------------------

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '<': out += QStringLiteral("&lt;"); break;
    case '>': out += QStringLiteral("&gt;"); break;
    case '&': out += QStringLiteral("&amp;"); break;
    case '"': out += QStringLiteral("&quot;"); break;
    default: out += c;
    }
}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        appendEscaped(out, c);
    return out;
}

bool isAsciiPunct(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

QString inlineHtml(const QString &text)
{
    static const QRegularExpression link(
        QStringLiteral("^\\[([^\\]]+)\\]\\(((?:https?://|mailto:)[^)\\s]+)\\)"));
    QString out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < n && isAsciiPunct(text.at(i + 1))) {
            appendEscaped(out, text.at(++i));
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype end = codeSpanEnd(text, i);
            qsizetype open = 0;
            while (i + open < n && text.at(i + open) == QLatin1Char('`'))
                ++open;
            if (end < 0) {
                out += text.mid(i, open);
                i += open - 1;
                continue;
            }
            QString code = text.mid(i + open, end - open - (i + open));
            if (code.size() > 2 && code.startsWith(QLatin1Char(' '))
                && code.endsWith(QLatin1Char(' ')))
                code = code.mid(1, code.size() - 2);
            out += QStringLiteral("<code>") + escaped(code) + QStringLiteral("</code>");
            i = end - 1;
            continue;
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < n) {
            const bool strong = text.at(i + 1) == c;
            const QString mark = strong ? QString(2, c) : QString(c);
            const qsizetype from = i + mark.size();
            // Underscores inside a word (snake_case) are text, as in CommonMark.
            const bool wordBefore = i > 0 && text.at(i - 1).isLetterOrNumber();
            if (from < n && !text.at(from).isSpace() && !(c == QLatin1Char('_') && wordBefore)) {
                qsizetype close = text.indexOf(mark, from + 1);
                while (close > 0 && text.at(close - 1).isSpace())
                    close = text.indexOf(mark, close + 1);
                if (close > from) {
                    const QString tag = strong ? QStringLiteral("b") : QStringLiteral("i");
                    out += QLatin1Char('<') + tag + QLatin1Char('>')
                           + inlineHtml(text.mid(from, close - from)) + QStringLiteral("</") + tag
                           + QLatin1Char('>');
                    i = close + mark.size() - 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('[')) {
            const auto m = link.match(QStringView(text).mid(i));
            if (m.hasMatch()) {
                out += QStringLiteral("<a href=\"") + escaped(m.captured(2)) + QStringLiteral("\">")
                       + inlineHtml(m.captured(1)) + QStringLiteral("</a>");
                i += m.capturedLength(0) - 1;
                continue;
            }
        }
        appendEscaped(out, c);
    }
    return out;
}

// Builds the HTML block by block.
class HtmlWriter
{
public:
    explicit HtmlWriter(int headingShift)
        : m_shift(headingShift)
    {
    }

    QString render(const QStringList &lines)
    {
        for (const QString &line : lines)
            addLine(line);
        if (m_fence)
            flushCode(); // a block left open ends with the text, its lines shown
        flushAll();
        closeLists(0);
        return QStringLiteral("<div class=\"answer\">") + m_html + QStringLiteral("</div>");
    }

private:
    struct ListLevel
    {
        qsizetype indent;
        qsizetype contentIndent;
        bool ordered;
    };

    int m_shift;
    QString m_html;
    QList<ListLevel> m_lists;
    QStringList m_paragraph;
    QStringList m_quote;
    QStringList m_code; // a fenced or indented block being read
    std::optional<Fence> m_fence;
    bool m_indentedCode = false;
    bool m_blankBefore = false;
    bool m_itemHasText = false; // the open list item already shows a paragraph

    void addLine(const QString &line)
    {
        if (m_fence) {
            if (closesFence(line, *m_fence)) {
                flushCode();
                m_fence.reset();
            } else {
                // Code keeps its indentation beyond the fence's own.
                m_code << line.mid(std::min(indentOf(line), m_fence->indent));
            }
            return;
        }
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            flushQuote();
            if (m_indentedCode)
                flushCode();
            m_blankBefore = true;
            return;
        }
        const qsizetype indent = indentOf(line);
        if (m_indentedCode && indent < 4)
            flushCode();
        const auto item = itemPattern().match(line);
        const bool isItem = item.hasMatch() && !rulePattern().match(line).hasMatch();
        const auto fence = fenceOpening(line);
        const auto atx = atxPattern().match(line);
        const auto quote = quotePattern().match(line);
        const bool setext = !m_paragraph.isEmpty() && m_quote.isEmpty() && !m_blankBefore
                            && setextPattern().match(line).hasMatch() && m_lists.isEmpty();
        const bool blockStart = fence || atx.hasMatch() || quote.hasMatch()
                                || rulePattern().match(line).hasMatch();

        if (setext) {
            const QString text = m_paragraph.join(QLatin1Char(' ')).trimmed();
            m_paragraph.clear();
            heading(line.trimmed().startsWith(QLatin1Char('=')) ? 1 : 2, text);
            return;
        }
        if (!isItem && !blockStart && !m_blankBefore && !m_paragraph.isEmpty()) {
            m_paragraph << line.trimmed(); // the paragraph goes on (lazily, even in a list)
            return;
        }
        if (!isItem && !m_quote.isEmpty() && !quote.hasMatch() && !m_blankBefore) {
            m_quote << line.trimmed();
            return;
        }
        if (!isItem) {
            while (!m_lists.isEmpty() && indent < m_lists.last().contentIndent)
                closeLists(m_lists.size() - 1);
        }
        const qsizetype base = m_lists.isEmpty() ? 0 : m_lists.last().contentIndent;
        if (fence) {
            flushAll();
            m_fence = fence;
            m_code.clear();
        } else if (atx.hasMatch()) {
            flushAll();
            heading(int(atx.capturedLength(2)),
                    atx.captured(3).remove(QRegularExpression(QStringLiteral("[ \\t]+#+$"))));
        } else if (rulePattern().match(line).hasMatch()) {
            flushAll();
            m_html += QStringLiteral("<hr/>");
        } else if (isItem) {
            flushAll();
            listItem(indent, item);
        } else if (quote.hasMatch()) {
            flushParagraph();
            m_quote << quote.captured(1);
        } else if (indent >= base + 4 && m_paragraph.isEmpty()) {
            flushQuote();
            m_indentedCode = true;
            m_code << line.mid(base + 4);
        } else {
            flushQuote();
            m_paragraph << line.trimmed();
        }
        m_blankBefore = false;
    }

    void heading(int level, const QString &text)
    {
        const int h = std::clamp(level + m_shift, 1, 6);
        m_html += QStringLiteral("<h%1>").arg(h) + inlineHtml(text) + QStringLiteral("</h%1>").arg(h);
    }

    void listItem(qsizetype indent, const QRegularExpressionMatch &item)
    {
        const bool ordered = !item.captured(3).isEmpty();
        const qsizetype contentIndent =
            indent + item.capturedLength(2)
            + std::max<qsizetype>(1, std::min<qsizetype>(item.capturedLength(4), 4));
        while (!m_lists.isEmpty() && indent < m_lists.last().indent)
            closeLists(m_lists.size() - 1);
        if (!m_lists.isEmpty() && indent < m_lists.last().contentIndent
            && m_lists.last().ordered == ordered) {
            m_html += QStringLiteral("</li><li>");
            m_lists.last().contentIndent = contentIndent;
        } else {
            if (!m_lists.isEmpty() && indent < m_lists.last().contentIndent)
                closeLists(m_lists.size() - 1); // another kind of list at the same depth
            const int start = item.captured(3).toInt();
            m_html += ordered ? (start > 1 ? QStringLiteral("<ol start=\"%1\">").arg(start)
                                           : QStringLiteral("<ol>"))
                              : QStringLiteral("<ul>");
            m_html += QStringLiteral("<li>");
            m_lists.append({indent, contentIndent, ordered});
        }
        m_itemHasText = false;
        const QString text = item.captured(5).trimmed();
        if (!text.isEmpty())
            m_paragraph << text;
    }

    void closeLists(qsizetype depth)
    {
        flushAll();
        while (m_lists.size() > depth) {
            m_html += m_lists.last().ordered ? QStringLiteral("</li></ol>")
                                             : QStringLiteral("</li></ul>");
            m_lists.removeLast();
        }
    }

    void flushParagraph()
    {
        if (m_paragraph.isEmpty())
            return;
        QStringList parts;
        for (const QString &line : std::as_const(m_paragraph))
            parts << inlineHtml(line);
        // A new line in the plain-text editor is a new line in the report.
        const QString body = parts.join(QStringLiteral("<br/>"));
        if (!m_lists.isEmpty() && !m_itemHasText)
            m_html += body; // a list item's own line, as in a tight list
        else
            m_html += QStringLiteral("<p>") + body + QStringLiteral("</p>");
        m_itemHasText = true;
        m_paragraph.clear();
    }

    void flushQuote()
    {
        if (m_quote.isEmpty())
            return;
        QStringList parts;
        for (const QString &line : std::as_const(m_quote))
            parts << inlineHtml(line);
        m_html += QStringLiteral("<blockquote>") + parts.join(QStringLiteral("<br/>"))
                  + QStringLiteral("</blockquote>");
        m_quote.clear();
    }

    void flushCode()
    {
        m_html += QStringLiteral("<pre><code>") + escaped(m_code.join(QLatin1Char('\n')))
                  + QStringLiteral("</code></pre>");
        m_code.clear();
        m_indentedCode = false;
    }

    void flushAll()
    {
        flushParagraph();
        flushQuote();
        if (m_indentedCode)
            flushCode();
    }
};

} // namespace

QString answerMarkdown(const QString &text, int headingShift)
{
    const QStringList lines = linesOf(text);
    const QString fence(std::max<qsizetype>(3, longestRun(text, QLatin1Char('`')) + 1),
                        QLatin1Char('`'));
    QStringList out;
    std::optional<Fence> open;
    qsizetype paragraphStart = -1; // first line of the plain paragraph being written
    bool textBefore = false;       // the line before is text a line break could follow
    for (const QString &line : lines) {
        if (open) {
            if (closesFence(line, *open)) {
                out << QString(open->indent, QLatin1Char(' ')) + fence;
                open.reset();
            } else {
                out << line; // verbatim: code is never escaped
            }
            continue;
        }
        if (const auto f = fenceOpening(line)) {
            out << QString(f->indent, QLatin1Char(' ')) + fence + f->info;
            open = f;
            paragraphStart = -1;
            textBefore = false;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            out << QString();
            paragraphStart = -1;
            textBefore = false;
            continue;
        }
        if (paragraphStart >= 0 && setextPattern().match(line).hasMatch()) {
            // "Title" over "===": the same heading, written so it can go below the report's.
            QStringList words;
            for (qsizetype i = paragraphStart; i < out.size(); ++i)
                words << out.at(i).trimmed();
            while (out.size() > paragraphStart)
                out.removeLast();
            out << hashes(line.trimmed().startsWith(QLatin1Char('=')) ? 1 : 2, headingShift)
                       + QLatin1Char(' ') + words.join(QLatin1Char(' '));
            paragraphStart = -1;
            textBefore = false;
            continue;
        }
        if (const auto m = atxPattern().match(line); m.hasMatch()) {
            out << m.captured(1) + hashes(int(m.capturedLength(2)), headingShift)
                       + (m.captured(3).isEmpty()
                              ? QString()
                              : QLatin1Char(' ') + escapeHtmlMarks(m.captured(3)));
            paragraphStart = -1;
            textBefore = false;
            continue;
        }
        const bool rule = rulePattern().match(line).hasMatch();
        const bool block = rule || itemPattern().match(line).hasMatch()
                           || quotePattern().match(line).hasMatch()
                           || line.trimmed().startsWith(QLatin1Char('|'));
        // A line that goes on a paragraph or an item: the editor's new line stays one (a hard
        // line break, two spaces).
        if (textBefore && !block && !out.last().endsWith(QStringLiteral("  ")))
            out.last() += QStringLiteral("  ");
        out << escapeHtmlMarks(line);
        if (block)
            paragraphStart = -1;
        else if (paragraphStart < 0)
            paragraphStart = out.size() - 1;
        textBefore = !rule;
    }
    if (open)
        out << QString(open->indent, QLatin1Char(' ')) + fence; // a block left open ends with the text
    return out.join(QLatin1Char('\n'));
}

QString answerHtml(const QString &text, int headingShift)
{
    return HtmlWriter(headingShift).render(linesOf(text));
}

QString answerHtmlStyle()
{
    return QStringLiteral(
        "div.answer { margin-left: 16px; }\n"
        "div.answer p { margin-top: 0; margin-bottom: 6px; }\n"
        "div.answer pre { margin-top: 2px; margin-bottom: 6px; }\n"
        "div.answer h4, div.answer h5, div.answer h6 { margin-top: 8px; margin-bottom: 2px; }\n");
}

} // namespace mockloop
