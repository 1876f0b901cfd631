#include "questions/MarkdownQuestions.h"

#include "questions/PackValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

namespace mockloop {

namespace {

struct Segment
{
    QString raw;
    int line = 0;
};

struct Block
{
    enum Type { Heading, Item, Paragraph, Code, Table, Details, Html };
    Type type = Paragraph;
    int level = 0;     // headings
    int indent = 0;    // items; code: the indent of its opening fence
    QString text;      // headings, items: the inline Markdown; code: the code; details: the summary
    QStringList lines; // paragraphs: their lines (quote marks removed); details: the body
    QList<int> lineNos;      // paragraphs: the file line of each of lines
    QList<QStringList> rows; // tables: the cells of each row, the separator row left out
    bool header = false;     // tables: the first row is a header (a separator row follows it)
    bool numbered = false;   // headings: "12. How to …", "1. ### …": one of a numbered list
    bool afterBlank = false; // code: a blank line stands before its fence
    int line = 0;
    // Paragraphs: segmentsOf, once split; whoever changes lines resets it.
    mutable std::optional<QList<Segment>> segments;
};

QList<Segment> splitSegments(const Block &paragraph);

int indentOf(const QString &line)
{
    int n = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++n;
        else if (c == QLatin1Char('\t'))
            n += 4;
        else
            break;
    }
    return n;
}

// "| a | b |" → {"a", "b"}; a "\|" is a bar inside a cell.
QStringList tableCells(const QString &row)
{
    QString t = row.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')) && !t.endsWith(QStringLiteral("\\|")))
        t.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('\\') && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (t.at(i) == QLatin1Char('|')) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += t.at(i);
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

QList<Block> blocksOf(const QString &markdown, QString *frontTitle)
{
    static const QRegularExpression atx(
        QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression fence(QStringLiteral("^([ \\t]*)(```|~~~)"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression item(
        QStringLiteral("^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])[ \\t]+(.*)$"));
    static const QRegularExpression tableRule(
        QStringLiteral("^\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?$"));
    static const QRegularExpression detailsOpen(QStringLiteral("<details\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression detailsClose(QStringLiteral("</details\\s*>"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression summary(QStringLiteral("<summary\\b[^>]*>(.*?)</summary\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blockTag(
        QStringLiteral("^</?(?:p|div|h[1-6]|table|thead|tbody|tr|td|th|center|img|picture|"
                       "source|a|ul|ol|li|section|article|header|footer|nav|figure)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numberedHeading(QStringLiteral("^(?:q\\.?\\s*)?\\d+[.):]\\s"),
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression brOnly(QStringLiteral("^(<br\\s*/?>\\s*)+$"),
                                           QRegularExpression::CaseInsensitiveOption);

    QList<Block> blocks;
    Block paragraph;
    qsizetype currentItem = -1;
    bool afterBlank = false;
    auto flush = [&] {
        if (!paragraph.lines.isEmpty()) {
            paragraph.type = Block::Paragraph;
            paragraph.line = paragraph.lineNos.first();
            paragraph.text = paragraph.lines.join(QLatin1Char(' '));
            blocks.append(paragraph);
        }
        paragraph = Block{};
    };
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    qsizetype start = 0;
    if (!lines.isEmpty() && lines.first().trimmed() == u"---") {
        // YAML front matter (static site generators): its title names the list.
        static const QRegularExpression title(QStringLiteral("^title:\\s*[\"']?(.*?)[\"']?\\s*$"));
        for (qsizetype k = 1; k < lines.size() && k < 100; ++k) {
            if (lines.at(k).trimmed() == u"---" || lines.at(k).trimmed() == u"...") {
                start = k + 1;
                break;
            }
            if (const auto m = title.match(lines.at(k)); m.hasMatch())
                *frontTitle = m.captured(1).trimmed();
        }
        if (start == 0)
            frontTitle->clear();
    }
    for (qsizetype i = start; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = int(i) + 1;
        const QString trimmed = line.trimmed();
        if (const auto m = fence.match(line); m.hasMatch()) {
            flush();
            // The code runs to the closing fence (or the end of the file), its indent removed.
            const int indent = indentOf(m.captured(1));
            const QString mark = m.captured(2);
            QStringList code;
            qsizetype k = i + 1;
            for (; k < lines.size() && !lines.at(k).trimmed().startsWith(mark); ++k) {
                QString c = lines.at(k);
                // A fence inside a list item ends with the item: at a line indented less.
                if (indent > 0 && !c.trimmed().isEmpty() && indentOf(c) < indent) {
                    --k;
                    break;
                }
                c.remove(0, std::min<qsizetype>(indentOf(c), indent));
                code.append(c);
            }
            Block b;
            b.type = Block::Code;
            b.indent = indent;
            b.afterBlank = afterBlank;
            b.text = code.join(QLatin1Char('\n'));
            b.line = lineNo;
            blocks.append(b);
            i = k;
            currentItem = -1;
            afterBlank = false;
            continue;
        }
        if (trimmed.isEmpty()) {
            flush();
            afterBlank = true;
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            flush();
            currentItem = -1;
            Block b;
            b.type = Block::Heading;
            b.level = int(m.capturedLength(1));
            b.text = m.captured(2).trimmed();
            b.line = lineNo;
            b.numbered = numberedHeading.match(b.text).hasMatch();
            b.indent = indentOf(line);
            blocks.append(b);
            afterBlank = false;
            continue;
        }
        if (paragraph.lines.size() == 1 && !afterBlank && setext.match(line).hasMatch()) {
            Block b;
            b.type = Block::Heading;
            b.level = trimmed.startsWith(QLatin1Char('=')) ? 1 : 2;
            b.text = paragraph.lines.first().trimmed();
            b.line = paragraph.lineNos.first();
            blocks.append(b);
            paragraph = Block{};
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flush();
            currentItem = -1;
            afterBlank = false;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('|'))
            || (i + 1 < lines.size() && trimmed.contains(QLatin1Char('|'))
                && tableRule.match(lines.at(i + 1).trimmed()).hasMatch()
                && lines.at(i + 1).contains(QLatin1Char('-')))) {
            flush();
            Block b;
            b.type = Block::Table;
            b.line = lineNo;
            qsizetype k = i;
            for (; k < lines.size(); ++k) {
                const QString t = lines.at(k).trimmed();
                if (t.isEmpty() || (!t.startsWith(QLatin1Char('|')) && !t.contains(QLatin1Char('|'))))
                    break;
                if (tableRule.match(t).hasMatch() && t.contains(QLatin1Char('-'))) {
                    if (k == i + 1)
                        b.header = true;
                    continue;
                }
                b.rows.append(tableCells(t));
                b.lineNos.append(int(k) + 1);
            }
            blocks.append(b);
            i = k - 1;
            currentItem = -1;
            afterBlank = false;
            continue;
        }
        if (trimmed.startsWith(QStringLiteral("<!--"))) {
            flush();
            qsizetype k = i;
            while (k < lines.size() && !lines.at(k).contains(QStringLiteral("-->")))
                ++k;
            i = k;
            currentItem = -1;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('<')) && detailsOpen.match(trimmed).hasMatch()
            && detailsOpen.match(trimmed).capturedStart() == 0) {
            // <details><summary>…</summary> … </details>, nested ones kept inside.
            flush();
            QStringList raw;
            int depth = 0;
            qsizetype k = i;
            for (; k < lines.size(); ++k) {
                const QString &l = lines.at(k);
                raw.append(l);
                for (auto it = detailsOpen.globalMatch(l); it.hasNext(); it.next())
                    ++depth;
                for (auto it = detailsClose.globalMatch(l); it.hasNext(); it.next())
                    --depth;
                if (depth <= 0)
                    break;
            }
            QString all = raw.join(QLatin1Char('\n'));
            Block b;
            b.type = Block::Details;
            b.line = lineNo;
            if (const auto s = summary.match(all); s.hasMatch()) {
                b.text = s.captured(1).simplified();
                all = all.mid(s.capturedEnd());
            } else {
                all.remove(0, all.indexOf(QLatin1Char('>')) + 1);
            }
            all.remove(detailsClose);
            for (QString l : all.split(QLatin1Char('\n'))) {
                l.remove(tag);
                while (l.endsWith(QLatin1Char(' ')))
                    l.chop(1);
                if (l.trimmed().isEmpty() && (b.lines.isEmpty() || b.lines.last().isEmpty()))
                    continue;
                b.lines.append(l.trimmed().isEmpty() ? QString() : l);
            }
            while (!b.lines.isEmpty() && b.lines.last().isEmpty())
                b.lines.removeLast();
            blocks.append(b);
            i = std::min(k, lines.size() - 1);
            currentItem = -1;
            afterBlank = false;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('<')) && !brOnly.match(trimmed).hasMatch()
            && paragraph.lines.isEmpty() && currentItem < 0) {
            QString plain = trimmed;
            if (plain.remove(tag).trimmed().isEmpty()) {
                flush(); // markup alone: an image, a <p align="center">
                afterBlank = false;
                continue;
            }
            if (blockTag.match(trimmed).hasMatch()) {
                // An HTML line with text (a badge row, a centred note): told as left out.
                Block b;
                b.type = Block::Html;
                b.text = trimmed;
                b.line = lineNo;
                blocks.append(b);
                afterBlank = false;
                continue;
            }
            // Inline markup (<b>, <code>) opens a paragraph like any text.
        }
        if (const auto m = item.match(line); m.hasMatch()) {
            flush();
            if (const auto h = atx.match(m.captured(2)); h.hasMatch()) {
                // "1. ### What is a closure": a numbered heading, the answer indented under it.
                currentItem = -1;
                Block b;
                b.type = Block::Heading;
                b.level = int(h.capturedLength(1));
                b.text = h.captured(2).trimmed();
                b.line = lineNo;
                b.numbered = true;
                blocks.append(b);
                afterBlank = false;
                continue;
            }
            Block b;
            b.type = Block::Item;
            b.indent = indentOf(m.captured(1));
            b.text = m.captured(2).trimmed();
            b.line = lineNo;
            blocks.append(b);
            currentItem = blocks.size() - 1;
            afterBlank = false;
            continue;
        }
        if (currentItem >= 0 && paragraph.lines.isEmpty()
            && (!afterBlank || indentOf(line) > blocks.at(currentItem).indent)) {
            Block &it = blocks[currentItem];
            if (afterBlank) {
                // A paragraph indented under an item belongs to it: its notes or answer.
                it.lines.append(trimmed);
                it.lineNos.append(lineNo);
            } else if (!it.lines.isEmpty()) {
                it.lines.last() += QLatin1Char(' ') + trimmed;
            } else {
                it.text += QLatin1Char(' ') + trimmed; // the item goes on
            }
            afterBlank = false;
            continue;
        }
        currentItem = -1;
        paragraph.lines.append(trimmed.startsWith(QLatin1Char('>')) ? trimmed.mid(1).trimmed()
                                                                    : trimmed);
        paragraph.lineNos.append(lineNo);
        afterBlank = false;
    }
    flush();
    return blocks;
}

bool linksOnly(const QString &raw)
{
    static const QRegularExpression link(
        QStringLiteral("!?\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]*>|https?://\\S+"));
    static const QRegularExpression filler(QStringLiteral("[\\s\\-–—|,;:.·•*_`()]"));
    if (!raw.contains(QLatin1Char('[')) && !raw.contains(QLatin1Char('<'))
        && !raw.contains(QStringLiteral("http")))
        return false;
    QString rest = raw;
    if (rest.remove(link).size() == raw.size())
        return false;
    return rest.remove(filler).isEmpty();
}

} // namespace

// "Q: Reverse a list in place." — marked as a question by its author (and by our export).
bool explicitQuestion(const QString &raw)
{
    static const QRegularExpression marker(QStringLiteral("^(?:\\*\\*)?q(?:uestion)?\\s*\\d*\\s*[:.)]"),
                                           QRegularExpression::CaseInsensitiveOption);
    return marker.match(raw).hasMatch();
}

namespace {

QString firstWords(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 60 ? simplified.left(59) + QStringLiteral("…") : simplified;
}

QString lowerWord(const QString &word)
{
    QString w = word.toLower();
    while (!w.isEmpty() && !w.back().isLetterOrNumber())
        w.chop(1);
    return w;
}

// Question marks of other scripts: full-width ？ (Chinese, Japanese), small ﹖, Arabic ؟, the
// Greek question mark ; (U+037E), the reversed ⸮ and Ethiopic ፧.
bool isQuestionMark(QChar c)
{
    switch (c.unicode()) {
    case '?':
    case 0xFF1F:
    case 0xFE56:
    case 0x061F:
    case 0x037E:
    case 0x2E2E:
    case 0x1367: return true;
    default: return false;
    }
}

// Scripts written without spaces between words: a whole question is one "word" there.
bool isSpacelessScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar: return true;
    default: return false;
    }
}

qsizetype spacelessLetters(const QString &text)
{
    // Thai and Lao start at U+0E00: a text below that has none (nearly every one).
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x0E00; }))
        return 0;
    return std::count_if(text.cbegin(), text.cend(), isSpacelessScript);
}

// Ends with a question mark of any script, closing quotes, brackets and emphasis aside. Greek
// is mostly typed with the ordinary semicolon, so a Greek text ending in ';' asks too.
bool endsWithQuestionMark(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && QStringLiteral("\"'»”’)]*_ ").contains(text.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    const QChar last = text.at(end - 1);
    if (isQuestionMark(last))
        return true;
    return last == QLatin1Char(';') && std::any_of(text.cbegin(), text.cend(), [](QChar c) {
               return c.script() == QChar::Script_Greek;
           });
}

QSet<QString> wordSet(const QString &spaceSeparated)
{
    const QStringList list = spaceSeparated.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

// A heading that says its list holds questions ("Behavioral questions", "Übungen", "質問"):
// every sentence in its list is one, marked or not.
bool namesQuestionList(const QString &heading)
{
    static const QSet<QString> words = wordSet(QStringLiteral(
        "question questions exercise exercises prompts frage fragen übungen pregunta preguntas "
        "ejercicios exercices domande esercizi perguntas exercícios вопросы упражнения "
        "أسئلة ερωτήσεις"));
    static const QStringList cjk = {QStringLiteral("質問"), QStringLiteral("问题"),
                                    QStringLiteral("問題"), QStringLiteral("练习"),
                                    QStringLiteral("練習"), QStringLiteral("질문")};
    const QString t = heading.trimmed();
    if (endsWithQuestionMark(t)) // "Questions?" over a contact list
        return false;
    for (const QString &w : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (words.contains(lowerWord(w)))
            return true;
    }
    return std::any_of(cjk.cbegin(), cjk.cend(), [&t](const QString &c) { return t.contains(c); });
}

// A list item that can stand as a question when its list is one of questions: a sentence
// (two words, or four letters of a script without spaces), not "Further reading: …".
bool isPrompt(const QString &plain)
{
    const QString t = plain.trimmed();
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (t.endsWith(QLatin1Char(':')))
        return false;
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon >= 0 && t.left(colon).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 3)
        return false;
    return (words.size() >= 2 && t.size() >= 6) || spacelessLetters(t) >= 4;
}

// "A: …", "**Answer:** …": the answer an author gives under a question.
const QRegularExpression &answerMarker()
{
    static const QRegularExpression marker(
        QStringLiteral("^(?:\\*\\*|__)?\\s*(?:a|ans|answer|antwort|réponse|respuesta|resposta)"
                       "\\s*\\d*\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return marker;
}

} // namespace

bool startsWithAnswer(const QString &raw)
{
    return answerMarker().match(raw).hasMatch();
}

namespace {

QString withoutAnswerMarker(const QString &raw)
{
    QString t = raw;
    t.remove(answerMarker());
    return markdownPlainText(t);
}

// A heading over the answer to the question above it: "Answer", "Model answer", "Solution".
bool answerHeading(const QString &plain)
{
    static const QRegularExpression answer(
        QStringLiteral("^(?:a|answers?|solutions?|model answer|sample answer|antwort|lösung|"
                       "réponse|respuesta|resposta)\\s*\\d*\\s*(?::.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return answer.match(plain.trimmed()).hasMatch();
}

// "Q4", "Question", "Question 12": a heading that only counts questions.
bool labelHeading(const QString &plain)
{
    static const QRegularExpression label(QStringLiteral("^(?:q|question|frage|pregunta)\\s*\\d*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return plain.isEmpty() || label.match(plain.trimmed()).hasMatch();
}

// A heading as a category name: without links around the page ("[[↑]](#toc)"), HTML, a
// leading "#" or number, or a closing colon.
QString categoryName(const QString &rawHeading)
{
    static const QRegularExpression anchorLink(QStringLiteral("\\[+[^\\]]*\\]+\\(#[^)]*\\)"));
    static const QRegularExpression lead(QStringLiteral("^[#\\s]+|^\\d+[.)]\\s+|[:\\s]+$"));
    QString raw = rawHeading;
    raw.remove(anchorLink);
    QString name = markdownPlainText(raw);
    for (int pass = 0; pass < 3; ++pass)
        name.remove(lead);
    return name.isEmpty() ? markdownPlainText(rawHeading) : name;
}

// "Table of Contents", "Contents", "Index": a heading over links to the rest, never a category.
bool contentsHeading(const QString &plain)
{
    static const QRegularExpression contents(
        QStringLiteral("^(?:table of contents|contents|toc|index|inhalt|inhaltsverzeichnis)$"),
        QRegularExpression::CaseInsensitiveOption);
    return contents.match(plain.trimmed()).hasMatch();
}

// [text](url) and bare URLs of a links-only line, in order.
QList<MarkdownLink> linksOf(const QString &raw)
{
    static const QRegularExpression link(QStringLiteral(
        "!?\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)|<(https?://[^>]*)>|(https?://[^\\s<>()]+)"));
    QList<MarkdownLink> out;
    for (auto it = link.globalMatch(raw); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(0).startsWith(QLatin1Char('!')))
            continue; // an image
        const QString url = m.hasCaptured(2) && !m.captured(2).isEmpty()   ? m.captured(2)
                            : m.hasCaptured(3) && !m.captured(3).isEmpty() ? m.captured(3)
                                                                           : m.captured(4);
        if (url.isEmpty() || url.startsWith(QLatin1Char('#')))
            continue; // "[Back to top](#top)": a way around the page, not a reference
        const QString text = markdownPlainText(m.captured(1));
        out.append({text.isEmpty() ? url : text, url});
    }
    return out;
}

// Whether a text asks in any of its sentences: "Singleton is hard to get right. Would you try?",
// "… half of the values of the Agile Manifesto. Discuss." (a title's paragraph, where the context
// comes first).
bool asksInASentence(const QString &plain)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.?!])\\s+"));
    static const QSet<QString> oneWordTasks = wordSet(
        QStringLiteral("discuss explain comment elaborate justify compare describe why"));
    if (looksLikeQuestion(plain, false))
        return true;
    const QStringList sentences = plain.split(sentenceEnd, Qt::SkipEmptyParts);
    if (sentences.size() < 2)
        return false;
    for (const QString &sentence : sentences) {
        if (looksLikeQuestion(sentence, false))
            return true;
    }
    return oneWordTasks.contains(lowerWord(sentences.last()));
}

// Whether a paragraph under a category heading asks: prose is stricter than a list item, since
// "What I want to revise before the on-site." opens many introductions. A question mark, a "Q:"
// or a task ("Explain…", "Tell me about…") asks; a question word without a question mark does
// not.
bool paragraphAsks(const QString &raw, const QString &plain)
{
    static const QSet<QString> questionWords = wordSet(
        QStringLiteral("what why how when where which who whom whose if"));
    if (explicitQuestion(raw))
        return true;
    if (!looksLikeQuestion(plain, false))
        return false;
    if (std::any_of(plain.cbegin(), plain.cend(), isQuestionMark))
        return true;
    return !questionWords.contains(lowerWord(plain.section(QLatin1Char(' '), 0, 0)));
}

// A paragraph's parts: split at <br>, before a line that starts with "Q:" or "A:", and around a
// line that is links alone ("[Resources](…)" under a question). Several readings ask for them:
// each paragraph is split once.
const QList<Segment> &segmentsOf(const Block &paragraph)
{
    if (!paragraph.segments)
        paragraph.segments = splitSegments(paragraph);
    return *paragraph.segments;
}

QList<Segment> splitSegments(const Block &paragraph)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"),
                                       QRegularExpression::CaseInsensitiveOption);
    QList<Segment> out;
    bool breakBefore = true;
    bool lastWasLinks = false;
    for (qsizetype i = 0; i < paragraph.lines.size(); ++i) {
        const QString &line = paragraph.lines.at(i);
        const QStringList parts = line.contains(QLatin1Char('<')) ? line.split(br)
                                                                  : QStringList{line};
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const QString part = parts.at(p).trimmed();
            const bool last = p == parts.size() - 1;
            if (part.isEmpty()) {
                breakBefore = breakBefore || !last || p > 0;
                continue;
            }
            const bool links = linksOnly(part);
            if (breakBefore || out.isEmpty() || links || lastWasLinks || explicitQuestion(part)
                || startsWithAnswer(part)) {
                out.append({part, paragraph.lineNos.at(i)});
            } else {
                out.last().raw += QLatin1Char(' ') + part;
            }
            lastWasLinks = links;
            breakBefore = !last; // a <br> after this part
        }
        if (parts.size() > 1 && parts.last().trimmed().isEmpty())
            breakBefore = true; // the line ended in <br>
    }
    return out;
}

struct Reader
{
    HeadingReading reading = HeadingReading::Categories;
    MarkdownQuestions out;
    qsizetype lastQuestion = -1; // the question an "Answer" heading below belongs to
    QString frontTitle;          // the title of YAML front matter

    void leftOut(int line, const QString &raw, LeftOutReason reason)
    {
        const QString text = firstWords(markdownPlainText(raw));
        if (!text.isEmpty()) // an image alone says nothing to leave out
            out.leftOut.append({line, text, reason});
    }
    void leftOut(const Block &b, LeftOutReason reason) { leftOut(b.line, b.text, reason); }

    qsizetype addQuestion(const QString &category, const QString &text, int line,
                          MarkdownSource source)
    {
        MarkdownQuestion q;
        q.category = category;
        q.text = text;
        q.line = line;
        q.source = source;
        out.questions.append(q);
        lastQuestion = out.questions.size() - 1;
        return lastQuestion;
    }

    void addNote(qsizetype question, const QString &text, bool listItem)
    {
        if (text.isEmpty())
            return;
        QString &notes = out.questions[question].notes;
        if (!notes.isEmpty())
            notes += listItem ? QStringLiteral("\n") : QStringLiteral("\n\n");
        notes += listItem ? QStringLiteral("- ") + text : text;
    }

    void addAnswer(qsizetype question, const QString &text)
    {
        if (text.isEmpty())
            return;
        QString &outline = out.questions[question].outline;
        if (!outline.isEmpty())
            outline += QStringLiteral("\n\n");
        outline += text;
    }

    // Items of one list, as a tree by indentation.
    struct Node
    {
        qsizetype block;
        QList<qsizetype> children;
    };

    // The items of a list are all questions when its heading says so (namesQuestionList), or
    // when at least kListQuestionsMin of its items read as questions and they are at least
    // three in four of the items that could be questions (not links alone, not labels like
    // "Further reading: …", not answers): then the rest, sentences without a mark or a question
    // word, are questions too (isPrompt).
    static constexpr int kListQuestionsMin = 3;

    bool questionList(const QList<Block> &blocks, const QList<qsizetype> &roots, bool headingSaysSo)
    {
        if (headingSaysSo)
            return true;
        int questions = 0;
        int counted = 0;
        for (const qsizetype b : roots) {
            const QString &raw = blocks.at(b).text;
            const QString plain = markdownPlainText(raw);
            if (linksOnly(raw) || startsWithAnswer(raw))
                continue;
            if (explicitQuestion(raw) || looksLikeQuestion(plain, false))
                ++questions;
            else if (!isPrompt(plain))
                continue; // "Further reading: …" could never be one
            ++counted;
        }
        return questions >= kListQuestionsMin && questions * 4 >= counted * 3;
    }

    // Reads one list; returns the question its last top-level item made (or -1), for the code
    // or answer that may follow the list.
    qsizetype readList(const QList<Block> &blocks, const QList<qsizetype> &items,
                       const QString &category, bool headingNamesQuestions, qsizetype into = -1)
    {
        QList<Node> nodes;
        QList<qsizetype> roots;
        QList<qsizetype> stack; // node indexes
        for (const qsizetype b : items) {
            while (!stack.isEmpty()
                   && blocks.at(nodes.at(stack.last()).block).indent >= blocks.at(b).indent)
                stack.removeLast();
            nodes.append(Node{b, {}});
            const qsizetype n = nodes.size() - 1;
            if (stack.isEmpty())
                roots.append(n);
            else
                nodes[stack.last()].children.append(n);
            stack.append(n);
        }
        if (into >= 0) { // a list under a question: its follow-ups and notes
            for (const qsizetype r : roots)
                readNode(blocks, nodes, r, category, into);
            return into;
        }
        QList<qsizetype> rootBlocks;
        for (const qsizetype r : roots)
            rootBlocks.append(nodes.at(r).block);
        const bool allQuestions = questionList(blocks, rootBlocks, headingNamesQuestions);
        qsizetype last = -1;
        for (const qsizetype r : roots) {
            const Block &b = blocks.at(nodes.at(r).block);
            if (last >= 0 && startsWithAnswer(b.text)) {
                // "- Q: …" then "- A: …": the answer of the question above.
                addAnswer(last, withoutAnswerMarker(b.text));
                for (const qsizetype c : nodes.at(r).children)
                    readNode(blocks, nodes, c, category, last);
                continue;
            }
            last = readNode(blocks, nodes, r, category, -1, allQuestions, headingNamesQuestions);
        }
        return last;
    }

    // promote: the item stands in a list of questions (questionList); an item with items under
    // it is still read by its own words, as it may be a category ("Caching" over questions).
    // Returns the question the item made, or -1.
    qsizetype readNode(const QList<Block> &blocks, const QList<Node> &nodes, qsizetype n,
                       const QString &category, qsizetype question, bool promote = false,
                       bool promoteLinks = false)
    {
        const Block &b = blocks.at(nodes.at(n).block);
        const QString text = markdownPlainText(b.text);
        if (question >= 0) {
            attachItemParagraphs(b, question, false);
            MarkdownQuestion &q = out.questions[question];
            if (linksOnly(b.text)) {
                q.links.append(linksOf(b.text));
            } else if (startsWithAnswer(b.text)) {
                addAnswer(question, withoutAnswerMarker(b.text));
            } else if (explicitQuestion(b.text)
                       || (!explicitNote(b.text) && looksLikeQuestion(text, false))) {
                q.followUps.append(text);
            } else {
                addNote(question, text, true);
            }
            for (const qsizetype c : nodes.at(n).children)
                readNode(blocks, nodes, c, category, question);
            return -1;
        }
        if (linksOnly(b.text) && promoteLinks) {
            // "## Essential questions" over "- [Two Sum](https://…)": a problem to practise,
            // its link kept with it.
            const QList<MarkdownLink> links = linksOf(b.text);
            // A problem's name is short ("Two Sum"); a long link text describes a resource.
            if (links.size() == 1 && links.first().text != links.first().url
                && links.first().url.startsWith(QStringLiteral("http"))
                && links.first().text.count(QLatin1Char(' ')) < 5) {
                const qsizetype mine = addQuestion(category, links.first().text, b.line,
                                                   MarkdownSource::ListItem);
                out.questions[mine].links = links;
                return mine;
            }
        }
        if (linksOnly(b.text)) {
            leftOut(b, LeftOutReason::LinksOnly);
            for (const qsizetype c : nodes.at(n).children)
                readNode(blocks, nodes, c, category, question);
            return -1;
        }
        if (explicitQuestion(b.text) || looksLikeQuestion(text, false)
            || (promote && nodes.at(n).children.isEmpty() && isPrompt(text))) {
            const qsizetype mine = addQuestion(category, text, b.line, MarkdownSource::ListItem);
            attachItemParagraphs(b, mine, true);
            for (const qsizetype c : nodes.at(n).children)
                readNode(blocks, nodes, c, category, mine);
            return mine;
        }
        // "Databases" with questions under it: a category of its own.
        const qsizetype before = out.questions.size();
        QList<qsizetype> children;
        for (const qsizetype c : nodes.at(n).children)
            children.append(c);
        for (const qsizetype c : children)
            readNode(blocks, nodes, c, text, -1);
        if (out.questions.size() == before)
            leftOut(b, isPrompt(text) ? LeftOutReason::Prose : LeftOutReason::Label);
        return -1;
    }

    // Paragraphs indented under a list item: the notes, links or answer of its question (or of
    // the question the item is a follow-up of).
    void attachItemParagraphs(const Block &item, qsizetype question, bool own)
    {
        if (item.lines.isEmpty())
            return;
        Block paragraph;
        paragraph.type = Block::Paragraph;
        for (qsizetype i = 0; i < item.lines.size(); ++i) {
            paragraph.lines = {item.lines.at(i) + QStringLiteral("<br>")};
            paragraph.lineNos = {item.lineNos.at(i)};
            paragraph.segments.reset(); // other lines: split again
            Attach a{question, true, false, 0};
            if (own) {
                attachParagraph(paragraph, a);
            } else {
                for (const Segment &s : segmentsOf(paragraph))
                    addNote(question, markdownPlainText(s.raw), false);
            }
        }
    }

    // A table with a question column ("Question" | "Answer", or a first column that asks):
    // one question a row, the answer column its outline, a "Category" column its category.
    bool readTable(const Block &b, const QString &category)
    {
        static const QRegularExpression questionName(
            QStringLiteral("^(?:q|questions?|prompts?|frage|fragen|pregunta|preguntas)$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression answerName(
            QStringLiteral("^(?:a|answers?|solutions?|model answer|antwort|respuesta|réponse)$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression categoryName(
            QStringLiteral("^(?:category|topic|section|kategorie|thema)$"),
            QRegularExpression::CaseInsensitiveOption);
        int qCol = -1;
        int aCol = -1;
        int cCol = -1;
        qsizetype first = 0;
        if (b.header && !b.rows.isEmpty()) {
            const QStringList &head = b.rows.first();
            for (int c = 0; c < head.size(); ++c) {
                const QString name = markdownPlainText(head.at(c));
                if (qCol < 0 && questionName.match(name).hasMatch())
                    qCol = c;
                else if (aCol < 0 && answerName.match(name).hasMatch())
                    aCol = c;
                else if (cCol < 0 && categoryName.match(name).hasMatch())
                    cCol = c;
            }
            first = 1;
        }
        if (qCol < 0) {
            // No named column: the first one, when most of its cells ask something.
            int asking = 0;
            int cells = 0;
            for (qsizetype r = first; r < b.rows.size(); ++r) {
                const QString cell = b.rows.at(r).value(0);
                if (cell.trimmed().isEmpty())
                    continue;
                ++cells;
                if (explicitQuestion(cell) || looksLikeQuestion(markdownPlainText(cell), false))
                    ++asking;
            }
            if (cells == 0 || asking * 4 < cells * 3 || asking < 2)
                return false;
            qCol = 0;
            if (aCol < 0 && !b.rows.isEmpty() && b.rows.first().size() > 1)
                aCol = 1;
        }
        for (qsizetype r = first; r < b.rows.size(); ++r) {
            const QStringList &row = b.rows.at(r);
            const QString text = markdownPlainText(row.value(qCol));
            if (linksOnly(row.value(qCol))) {
                leftOut(b.lineNos.at(r), row.value(qCol), LeftOutReason::LinksOnly);
                continue;
            }
            if (text.isEmpty()) {
                leftOut(b.lineNos.at(r), row.join(QStringLiteral(" | ")), LeftOutReason::Prose);
                continue;
            }
            const QString cat = cCol >= 0 && !markdownPlainText(row.value(cCol)).isEmpty()
                                    ? markdownPlainText(row.value(cCol))
                                    : category;
            const qsizetype q = addQuestion(cat, text, b.lineNos.at(r), MarkdownSource::Table);
            if (aCol >= 0)
                addAnswer(q, markdownPlainText(row.value(aCol)));
        }
        return true;
    }

    // What stands under a question (a heading that asks, a paragraph that asks, a list item):
    // paragraphs are notes, "A:" paragraphs and <details> its answer, list items follow-ups or
    // notes, link lines its links, code its code.
    struct Attach
    {
        qsizetype question = -1;
        bool prose = false;  // paragraphs below belong to it (not after a list)
        bool answer = false; // inside its answer: paragraphs go on with the answer
        int indent = 0;      // the list item's indent: code indented more belongs to it
    };

    void attachParagraph(const Block &b, Attach &a)
    {
        for (const Segment &s : segmentsOf(b)) {
            if (linksOnly(s.raw)) {
                out.questions[a.question].links.append(linksOf(s.raw));
            } else if (startsWithAnswer(s.raw)) {
                addAnswer(a.question, withoutAnswerMarker(s.raw));
                a.answer = true;
            } else if (a.answer) {
                addAnswer(a.question, markdownPlainText(s.raw));
            } else {
                addNote(a.question, markdownPlainText(s.raw), false);
            }
        }
    }

    void attachCode(const Block &b, qsizetype question)
    {
        if (!b.text.trimmed().isEmpty())
            out.questions[question].code.append(b.text);
    }

    void attachDetails(const Block &b, qsizetype question)
    {
        const QString summary = markdownPlainText(b.text);
        QString body = b.lines.join(QLatin1Char('\n')).trimmed();
        if (!summary.isEmpty() && !answerHeading(summary) && !looksLikeQuestion(summary, false)
            && summary.compare(QStringLiteral("show answer"), Qt::CaseInsensitive) != 0
            && summary.compare(QStringLiteral("click to expand"), Qt::CaseInsensitive) != 0)
            body = summary + QStringLiteral("\n\n") + body;
        addAnswer(question, body.trimmed());
    }

    // Everything of [from, end) under one question (a heading that is a question).
    void attachSection(const QList<Block> &blocks, qsizetype from, qsizetype end,
                       qsizetype question, const QString &category, bool asAnswer)
    {
        Attach a{question, true, asAnswer, 0};
        QList<qsizetype> items;
        auto flushItems = [&] {
            if (!items.isEmpty())
                readList(blocks, items, category, false, question);
            items.clear();
        };
        for (qsizetype k = from; k < end; ++k) {
            const Block &b = blocks.at(k);
            if (b.type == Block::Item) {
                if (asAnswer) {
                    addAnswer(question, QStringLiteral("- ") + markdownPlainText(b.text));
                    continue;
                }
                items.append(k);
                continue;
            }
            flushItems();
            switch (b.type) {
            case Block::Paragraph: attachParagraph(b, a); break;
            case Block::Code:
                if (asAnswer)
                    addAnswer(question, b.text);
                else
                    attachCode(b, question);
                break;
            case Block::Details: attachDetails(b, question); break;
            case Block::Table: leftOut(b.line, tableText(b), LeftOutReason::Table); break;
            case Block::Html: leftOut(b, LeftOutReason::Html); break;
            case Block::Heading:
            case Block::Item: break;
            }
        }
        flushItems();
    }

    static QString tableText(const Block &b)
    {
        return b.rows.isEmpty() ? QString() : b.rows.first().join(QStringLiteral(" | "));
    }

    // The blocks under a category heading.
    void readSection(const QList<Block> &blocks, qsizetype from, qsizetype end, const QString &cat,
                     bool headingNamesQuestions)
    {
        QList<qsizetype> items;
        Attach a;
        for (qsizetype k = from; k <= end; ++k) {
            if (k < end && blocks.at(k).type == Block::Item) {
                items.append(k);
                continue;
            }
            if (!items.isEmpty()) {
                const qsizetype last = readList(blocks, items, cat, headingNamesQuestions);
                a = Attach{last, false, false, blocks.at(items.first()).indent};
                items.clear();
            }
            if (k == end)
                break;
            const Block &b = blocks.at(k);
            switch (b.type) {
            case Block::Paragraph:
                for (const Segment &s : segmentsOf(b)) {
                    const QString plain = markdownPlainText(s.raw);
                    if (a.question >= 0 && linksOnly(s.raw)) {
                        out.questions[a.question].links.append(linksOf(s.raw));
                    } else if (linksOnly(s.raw)) {
                        leftOut(s.line, s.raw, LeftOutReason::LinksOnly);
                    } else if (startsWithAnswer(s.raw)) {
                        if (a.question >= 0) {
                            addAnswer(a.question, withoutAnswerMarker(s.raw));
                            a.answer = true;
                            a.prose = true;
                        } else {
                            leftOut(s.line, s.raw, LeftOutReason::AnswerWithoutQuestion);
                        }
                    } else if (plain.isEmpty()) {
                        continue;
                    } else if (paragraphAsks(s.raw, plain)) {
                        a = Attach{addQuestion(cat, plain, s.line, MarkdownSource::Paragraph), true,
                                   false, 0};
                    } else if (a.question >= 0 && a.prose) {
                        if (a.answer)
                            addAnswer(a.question, plain);
                        else
                            addNote(a.question, plain, false);
                    } else {
                        leftOut(s.line, s.raw,
                                isPrompt(plain) ? LeftOutReason::Prose : LeftOutReason::Label);
                    }
                }
                break;
            case Block::Code:
                // Code under a question paragraph, indented into its item, or right under the
                // item with no blank line ("* What does this print?" then a fence).
                if (a.question >= 0 && (a.prose || b.indent > a.indent || !b.afterBlank))
                    attachCode(b, a.question);
                else
                    leftOut(b.line, b.text, LeftOutReason::Code);
                break;
            case Block::Details:
                if (const QString summary = markdownPlainText(b.text);
                    explicitQuestion(b.text) || looksLikeQuestion(summary, false)) {
                    const qsizetype q = addQuestion(cat, summary, b.line, MarkdownSource::Details);
                    addAnswer(q, b.lines.join(QLatin1Char('\n')).trimmed());
                    a = Attach{q, false, false, 0};
                } else if (a.question >= 0) {
                    attachDetails(b, a.question);
                } else {
                    leftOut(b, LeftOutReason::AnswerWithoutQuestion);
                }
                break;
            case Block::Table:
                if (!readTable(b, cat))
                    leftOut(b.line, tableText(b), LeftOutReason::Table);
                a = Attach{};
                break;
            case Block::Html: leftOut(b, LeftOutReason::Html); break;
            case Block::Heading:
            case Block::Item: break;
            }
        }
    }

    // The first thing a heading's section asks, if its first block is a paragraph that asks: the
    // parts up to the one that asks ("The Law of Demeter says …<br/>Would you break it?" keeps
    // its context), and how many parts that took.
    struct Asking
    {
        Segment segment;
        qsizetype parts = 0;      // parts of its last paragraph taken
        qsizetype paragraphs = 0; // whole paragraphs before that one taken
    };
    static std::optional<Asking> askingParagraph(const QList<Block> &blocks, qsizetype from,
                                                 qsizetype end)
    {
        // The context before the question may take a paragraph or two ("Tony Hoare called the
        // null reference …" then "Would you discuss ways to avoid it?"), never a list or code.
        Asking a;
        qsizetype parts = 0;
        for (qsizetype k = from; k < end && k < from + 3; ++k) {
            if (blocks.at(k).type != Block::Paragraph)
                return std::nullopt;
            const QList<Segment> segments = segmentsOf(blocks.at(k));
            for (qsizetype j = 0; j < segments.size() && parts < 4; ++j, ++parts) {
                const Segment &s = segments.at(j);
                if (linksOnly(s.raw) || startsWithAnswer(s.raw))
                    return std::nullopt;
                if (a.segment.raw.isEmpty())
                    a.segment = s;
                else
                    a.segment.raw += QLatin1Char(' ') + s.raw;
                if (explicitQuestion(s.raw) || asksInASentence(markdownPlainText(s.raw))) {
                    a.parts = j + 1;
                    a.paragraphs = k - from;
                    return a;
                }
            }
        }
        return std::nullopt;
    }

    // Whether the section starts with a list of questions ("## What to ask them?" over them).
    bool startsWithQuestionList(const QList<Block> &blocks, qsizetype from, qsizetype end)
    {
        QList<qsizetype> roots;
        int indent = -1;
        for (qsizetype k = from; k < end && blocks.at(k).type == Block::Item; ++k) {
            if (indent < 0 || blocks.at(k).indent < indent) {
                indent = blocks.at(k).indent;
                roots.clear();
            }
            if (blocks.at(k).indent == indent)
                roots.append(k);
        }
        return !roots.isEmpty() && questionList(blocks, roots, false);
    }

    // How many parts of the paragraphs in [from, end) ask something.
    static int askingSegments(const QList<Block> &blocks, qsizetype from, qsizetype end)
    {
        int n = 0;
        for (qsizetype k = from; k < end; ++k) {
            if (blocks.at(k).type != Block::Paragraph)
                continue;
            for (const Segment &s : segmentsOf(blocks.at(k)))
                n += explicitQuestion(s.raw) || asksInASentence(markdownPlainText(s.raw));
        }
        return n;
    }

    // A heading that is a question's title: it does not ask, has no list, and the paragraph
    // under it asks one thing ("### 12. Caching" over "What is a cache stampede?").
    // titleHeading of each block, asked by both readingOf and read: -1 not yet known.
    QList<qint8> titleMemo;

    bool titleHeading(const QList<Block> &blocks, qsizetype heading, qsizetype end)
    {
        if (titleMemo.size() != blocks.size())
            titleMemo = QList<qint8>(blocks.size(), qint8(-1));
        if (titleMemo.at(heading) < 0)
            titleMemo[heading] = qint8(isTitleHeading(blocks, heading, end));
        return titleMemo.at(heading) > 0;
    }

    static bool isTitleHeading(const QList<Block> &blocks, qsizetype heading, qsizetype end)
    {
        const QString text = markdownPlainText(blocks.at(heading).text);
        for (qsizetype k = heading + 1; k < end; ++k) {
            if (blocks.at(k).type == Block::Item)
                return false;
        }
        return !labelHeading(text) && !looksLikeQuestion(text, true)
               && askingParagraph(blocks, heading + 1, end)
               && askingSegments(blocks, heading + 1, end) == 1;
    }

    // A heading that asks: like any question, or "12. How to reverse a list" among numbered
    // ones (a lone "How to prepare" is a topic).
    static bool headingAsks(const Block &h)
    {
        const QString text = markdownPlainText(h.text);
        if (text.endsWith(QLatin1Char(':')))
            return false; // "How it works:", a label over part of an answer
        if (looksLikeQuestion(text, true) || explicitQuestion(h.text))
            return true;
        return h.numbered && text.startsWith(QStringLiteral("how to "), Qt::CaseInsensitive)
               && text.count(QLatin1Char(' ')) >= 3;
    }

    void read(const QList<Block> &blocks)
    {
        int h1 = 0;
        qsizetype firstHeading = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).type == Block::Heading) {
                if (firstHeading < 0)
                    firstHeading = i;
                if (blocks.at(i).level == 1)
                    ++h1;
            }
        }
        const bool hasTitle = h1 == 1 && blocks.at(firstHeading).level == 1;
        if (hasTitle)
            out.title = markdownPlainText(blocks.at(firstHeading).text);
        else if (out.title.isEmpty())
            out.title = frontTitle;

        // level → (name, divider): the path of categories down to here. A divider is a category
        // heading with nothing of its own under it ("## 1. Introduction" straight over "## Q. …"):
        // it names the headings of its own level that follow it, too.
        std::map<int, std::pair<QString, bool>> headings;
        auto category = [&] {
            return headings.empty() ? out.title : headings.rbegin()->second.first;
        };
        auto section = [&](qsizetype from) {
            qsizetype end = from;
            while (end < blocks.size() && blocks.at(end).type != Block::Heading)
                ++end;
            return end;
        };
        // Content before the first heading belongs to no heading.
        const qsizetype leadEnd = section(0);
        readSection(blocks, 0, leadEnd, category(), false);
        qsizetype i = leadEnd;
        while (i < blocks.size()) {
            const Block &h = blocks.at(i);
            const qsizetype end = section(i + 1);
            const int nextLevel = end < blocks.size() ? blocks.at(end).level : 0;
            bool hasList = false;
            for (qsizetype k = i + 1; k < end; ++k)
                hasList = hasList || blocks.at(k).type == Block::Item;
            bool hasContent = false; // a "<br/>" alone is not content
            for (qsizetype k = i + 1; k < end && !hasContent; ++k)
                hasContent = blocks.at(k).type != Block::Paragraph
                             || !markdownPlainText(blocks.at(k).text).isEmpty();
            const QString text = markdownPlainText(h.text);
            const bool leaf = nextLevel <= h.level;
            const bool asks = headingAsks(h);
            const std::optional<Asking> paragraph = askingParagraph(blocks, i + 1, end);
            // The headings under this one, up to the next of its level or above.
            qsizetype subEnd = end;
            bool subAsks = false;
            while (subEnd < blocks.size()
                   && (blocks.at(subEnd).type != Block::Heading || blocks.at(subEnd).level > h.level)) {
                // Under "## 3. What is X?", an unnumbered "### Why X?" is part of the answer.
                if (blocks.at(subEnd).type == Block::Heading)
                    subAsks = subAsks
                              || (headingAsks(blocks.at(subEnd))
                                  && (blocks.at(subEnd).numbered || !h.numbered));
                ++subEnd;
            }
            if (h.indent > 0 && lastQuestion >= 0 && !asks) {
                // "  ## Key Points" indented into a list item: part of the answer above it.
                addNote(lastQuestion, text, false);
                attachSection(blocks, i + 1, end, lastQuestion, category(), answerHeading(text));
                i = end;
                continue;
            }
            // What stands under a heading of this level or deeper is no longer above us (a
            // divider of this level still is).
            for (auto it = headings.begin(); it != headings.end();) {
                if (it->first > h.level || (it->first == h.level && !it->second.second))
                    it = headings.erase(it);
                else
                    ++it;
            }
            if (i == firstHeading && hasTitle) {
                headings.clear();
                readSection(blocks, i + 1, end, category(), namesQuestionList(text));
            } else if (answerHeading(text) && lastQuestion >= 0) {
                attachSection(blocks, i + 1, end, lastQuestion, category(), true);
            } else if (asks && (hasContent || !leaf || endsWithQuestionMark(text))
                       && (leaf || !subAsks)
                       && (!hasList || reading == HeadingReading::Questions
                           || !startsWithQuestionList(blocks, i + 1, end))) {
                // "### What is idempotency?" over what to say: the heading is the question, and
                // what stands under it (paragraphs, lists, code, headings that do not ask) its
                // notes, follow-ups and answer.
                const qsizetype q = addQuestion(category(), text, h.line, MarkdownSource::Heading);
                attachSection(blocks, i + 1, end, q, category(), false);
                for (qsizetype k = end; k < subEnd;) {
                    const qsizetype next = section(k + 1);
                    const QString sub = markdownPlainText(blocks.at(k).text);
                    if (answerHeading(sub)) {
                        // "##### Answer: 4"
                        const qsizetype colon = sub.indexOf(QLatin1Char(':'));
                        if (colon > 0)
                            addAnswer(q, sub.mid(colon + 1).trimmed());
                        attachSection(blocks, k + 1, next, q, category(), true);
                    } else {
                        addNote(q, sub, false);
                        attachSection(blocks, k + 1, next, q, category(), false);
                    }
                    k = next;
                }
                i = subEnd;
                continue;
            } else if (leaf && paragraph && !hasList
                       && ((reading == HeadingReading::Questions && titleHeading(blocks, i, end))
                           || labelHeading(text))) {
                // "### Caching" (a title) or "### Q4" over the paragraph that asks: the
                // paragraph is the question, the heading above the title its category.
                const qsizetype q = addQuestion(category(), markdownPlainText(paragraph->segment.raw),
                                                paragraph->segment.line, MarkdownSource::Heading);
                QList<Block> rest = blocks.mid(i + 1 + paragraph->paragraphs,
                                               end - i - 1 - paragraph->paragraphs);
                QList<Segment> segments = segmentsOf(rest.first());
                segments.remove(0, paragraph->parts);
                Block remaining = rest.first();
                remaining.lines.clear();
                remaining.lineNos.clear();
                remaining.segments.reset();
                for (const Segment &s : segments) {
                    remaining.lines.append(s.raw + QStringLiteral("<br>"));
                    remaining.lineNos.append(s.line);
                }
                rest.first() = remaining;
                attachSection(rest, 0, rest.size(), q, category(), false);
            } else {
                if (!labelHeading(text) && !contentsHeading(text))
                    headings[h.level] = {categoryName(h.text), !hasContent && leaf};
                readSection(blocks, i + 1, end, category(), namesQuestionList(text));
            }
            i = end;
        }
    }

    // How many headings are titles over a paragraph that asks ("### Caching" then "What is a
    // cache stampede?"), and how many are categories over a list: the first reading when the
    // titles are at least two and more than the lists.
    HeadingReading readingOf(const QList<Block> &blocks, bool *differ)
    {
        int titles = 0;
        int lists = 0;
        int askingOverLists = 0;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).type != Block::Heading)
                continue;
            qsizetype end = i + 1;
            bool hasList = false;
            for (; end < blocks.size() && blocks.at(end).type != Block::Heading; ++end)
                hasList = hasList || blocks.at(end).type == Block::Item;
            const int nextLevel = end < blocks.size() ? blocks.at(end).level : 0;
            if (nextLevel > blocks.at(i).level)
                continue; // not a leaf
            const QString text = markdownPlainText(blocks.at(i).text);
            if (hasList && !looksLikeQuestion(text, true))
                ++lists;
            else if (hasList)
                ++askingOverLists; // a question with follow-ups, or a category
            else if (titleHeading(blocks, i, end))
                ++titles;
        }
        // The readings differ only at titles and at asking headings over lists.
        *differ = titles > 0 || askingOverLists > 0;
        return titles >= 2 && titles > lists ? HeadingReading::Questions : HeadingReading::Categories;
    }
};

} // namespace

// "Note: what to say first?" — a nested item that is a note even when it ends in "?".
bool explicitNote(const QString &raw)
{
    static const QRegularExpression marker(QStringLiteral("^(?:\\*\\*)?(?:note|hint|tip)s?\\s*:"),
                                           QRegularExpression::CaseInsensitiveOption);
    return marker.match(raw).hasMatch();
}

namespace {

// The reader asks the same questions of the same text many times (a block is looked at by the
// reading it is in, the other reading, the title check): answers are kept for the last texts
// of this thread. A bounded table: emptied when it grows past kMemoSize.
constexpr qsizetype kMemoSize = 50'000;

template<typename Value, typename Compute>
Value memoized(QHash<QString, Value> &memo, const QString &key, Compute compute)
{
    if (key.size() > 512)
        return compute(); // long texts are few; kept out so the table stays small
    if (const auto it = memo.constFind(key); it != memo.cend())
        return *it;
    if (memo.size() >= kMemoSize)
        memo.clear();
    Value value = compute();
    memo.insert(key, value);
    return value;
}

QString plainTextOf(const QString &inline_);
bool asks(const QString &plain, bool strict);

} // namespace

QString markdownPlainText(const QString &inline_)
{
    thread_local QHash<QString, QString> memo;
    return memoized(memo, inline_, [&] { return plainTextOf(inline_); });
}

bool looksLikeQuestion(const QString &plain, bool strict)
{
    thread_local QHash<QString, bool> memo[2];
    return memoized(memo[strict ? 1 : 0], plain, [&] { return asks(plain, strict); });
}

namespace {

QString plainTextOf(const QString &inline_)
{
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]*)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression autolink(QStringLiteral("<(https?://[^>]+)>"));
    static const QRegularExpression html(QStringLiteral("<[^>]+>"));
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"),
                                       QRegularExpression::CaseInsensitiveOption);
    // \w in Unicode mode: a star inside a word is kept in every script, as in "a*b*c".
    static const QRegularExpression star(QStringLiteral("(^|[^\\w*])\\*(\\S[^*]*?)\\*(?![\\w*])"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression checkbox(QStringLiteral("^\\[[ xX]\\]\\s+"));
    static const QRegularExpression prefix(QStringLiteral(
                                               "^(?:q(?:uestion)?\\s*\\d*\\s*[:.)]|\\d+[.)])\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    // Most items are plain sentences: without a markup character only spaces and the "Q3." /
    // "1." prefix change (a tenth of the time of the passes below, at 10,000 questions).
    if (std::none_of(inline_.cbegin(), inline_.cend(), [](QChar c) {
            return c == u'\\' || c == u'[' || c == u'<' || c == u'*' || c == u'_' || c == u'~'
                   || c == u'`' || c == u'!';
        })) {
        QString s = inline_.simplified();
        const QChar first = s.isEmpty() ? QChar() : s.front();
        if (first.isDigit() || first == u'q' || first == u'Q')
            s.remove(prefix);
        return s.trimmed();
    }
    // Backslash escapes first: an escaped character is text, never markup. Each is parked on a
    // private-use code point while the markup goes, then put back.
    QString s;
    QString escaped;
    s.reserve(inline_.size());
    for (qsizetype i = 0; i < inline_.size(); ++i) {
        const QChar c = inline_.at(i);
        if (c == QLatin1Char('\\') && i + 1 < inline_.size()
            && (inline_.at(i + 1).isPunct() || inline_.at(i + 1).isSymbol())
            && escaped.size() < 0x1000) {
            s += QChar(0xE000 + int(escaped.size()));
            escaped += inline_.at(++i);
        } else {
            s += c;
        }
    }
    // Each pass runs only where its markup character is (a regular expression pass costs as
    // much on a line without one).
    if (s.contains(QLatin1Char('['))) {
        s.remove(image);
        s.replace(link, QStringLiteral("\\1"));
        s.replace(refLink, QStringLiteral("\\1"));
    }
    if (s.contains(QLatin1Char('<'))) {
        s.replace(autolink, QStringLiteral("\\1"));
        s.replace(br, QStringLiteral(" "));
        s.remove(html);
    }
    s.remove(QStringLiteral("**"));
    s.remove(QStringLiteral("__"));
    s.remove(QStringLiteral("~~"));
    s.remove(QLatin1Char('`'));
    if (s.contains(QLatin1Char('*')))
        s.replace(star, QStringLiteral("\\1\\2"));
    s = s.simplified();
    s.remove(checkbox);
    s.remove(prefix);
    for (QChar &c : s) {
        const int n = c.unicode() - 0xE000;
        if (n >= 0 && n < escaped.size())
            c = escaped.at(n);
    }
    return s.trimmed();
}

bool asks(const QString &plain, bool strict)
{
    static const QSet<QString> interrogatives = {
        QStringLiteral("what"),  QStringLiteral("why"),   QStringLiteral("how"),
        QStringLiteral("when"),  QStringLiteral("where"), QStringLiteral("which"),
        QStringLiteral("who"),   QStringLiteral("whom"),  QStringLiteral("whose"),
        QStringLiteral("can"),   QStringLiteral("could"), QStringLiteral("do"),
        QStringLiteral("does"),  QStringLiteral("did"),   QStringLiteral("is"),
        QStringLiteral("are"),   QStringLiteral("was"),   QStringLiteral("were"),
        QStringLiteral("have"),  QStringLiteral("has"),   QStringLiteral("should"),
        QStringLiteral("would"), QStringLiteral("will"),  QStringLiteral("if")};
    static const QSet<QString> imperatives = {
        QStringLiteral("explain"),       QStringLiteral("describe"),  QStringLiteral("tell"),
        QStringLiteral("walk"),          QStringLiteral("compare"),   QStringLiteral("give"),
        QStringLiteral("name"),          QStringLiteral("list"),      QStringLiteral("define"),
        QStringLiteral("discuss"),       QStringLiteral("implement"), QStringLiteral("write"),
        QStringLiteral("talk"),          QStringLiteral("share"),     QStringLiteral("imagine"),
        QStringLiteral("suppose"),       QStringLiteral("design"),    QStringLiteral("build"),
        QStringLiteral("sketch"),        QStringLiteral("estimate"),  QStringLiteral("contrast"),
        QStringLiteral("summarize"),     QStringLiteral("propose"),   QStringLiteral("debug"),
        QStringLiteral("optimize"),      QStringLiteral("model"),     QStringLiteral("outline"),
        QStringLiteral("differentiate"), QStringLiteral("find"),      QStringLiteral("reverse"),
        QStringLiteral("merge"),         QStringLiteral("calculate"), QStringLiteral("determine"),
        QStringLiteral("solve"),         QStringLiteral("prove"),     QStringLiteral("identify"),
        QStringLiteral("analyze"),       QStringLiteral("analyse"),   QStringLiteral("evaluate"),
        QStringLiteral("justify"),       QStringLiteral("convert"),   QStringLiteral("detect"),
        QStringLiteral("show"),          QStringLiteral("make"),      QStringLiteral("generate"),
        QStringLiteral("defend"),        QStringLiteral("sell"),      QStringLiteral("convince"),
        QStringLiteral("persuade"),      QStringLiteral("argue"),     QStringLiteral("create"),
        QStringLiteral("draw"),          QStringLiteral("review"),    QStringLiteral("refactor"),
        QStringLiteral("rewrite"),       QStringLiteral("fix"),       QStringLiteral("predict"),
        QStringLiteral("recommend"),     QStringLiteral("pitch"),     QStringLiteral("teach"),
        QStringLiteral("interview"),     QStringLiteral("inform"),    QStringLiteral("plan"),
        QStringLiteral("choose"),        QStringLiteral("rank"),      QStringLiteral("test"),
        QStringLiteral("organize"),      QStringLiteral("organise"),  QStringLiteral("produce"),
        QStringLiteral("code"),          QStringLiteral("invent"),    QStringLiteral("prepare")};
    static const QSet<QString> topicWords = {
        QStringLiteral("of"),        QStringLiteral("and"),       QStringLiteral("patterns"),
        QStringLiteral("questions"), QStringLiteral("topics"),    QStringLiteral("tips"),
        QStringLiteral("resources"), QStringLiteral("notes"),     QStringLiteral("guide"),
        QStringLiteral("section"),   QStringLiteral("principles")};
    static const QSet<QString> objects = {
        QStringLiteral("a"),     QStringLiteral("an"),      QStringLiteral("the"),
        QStringLiteral("me"),    QStringLiteral("us"),      QStringLiteral("your"),
        QStringLiteral("you"),   QStringLiteral("how"),     QStringLiteral("what"),
        QStringLiteral("why"),   QStringLiteral("when"),    QStringLiteral("which"),
        QStringLiteral("about"), QStringLiteral("through"), QStringLiteral("some"),
        QStringLiteral("one"),   QStringLiteral("two"),     QStringLiteral("three"),
        QStringLiteral("this"),  QStringLiteral("that"),    QStringLiteral("it"),
        QStringLiteral("our"),   QStringLiteral("an"),      QStringLiteral("each")};

    // Question words and task verbs of other languages, where they open a question as in
    // English (German, French, Spanish, Portuguese, Italian, Russian, Arabic). Words that are
    // also common English words ("come", "do") are left out.
    static const QSet<QString> otherInterrogatives = wordSet(QStringLiteral(
        "warum wieso weshalb wie wann wo woher wohin welche welcher welches wer wen wem "
        "pourquoi comment quand où quel quelle quels quelles combien qu'est-ce que "
        "qué cómo cuándo dónde cuál cuáles quién quiénes cuánto cuántos "
        "quando onde qual quais quem "
        "perché cosa dove quale quali "
        "что почему зачем как когда где какой какая какие кто сколько "
        "ما ماذا لماذا كيف متى أين هل كم"));
    static const QSet<QString> otherImperatives = wordSet(QStringLiteral(
        "erkläre erklären erklärt beschreibe beschreiben vergleiche vergleichen nenne nennen "
        "entwirf entwerfen implementiere implementieren erzähle erzählen "
        "expliquez explique décrivez décris comparez citez donnez concevez implémentez racontez parlez "
        "explica describa compara diseña diseñe implementa implemente cuéntame cuente háblame "
        "descreva explique compare projete "
        "spiega descrivi confronta progetta "
        "объясните объясни опишите опиши сравните сравни расскажите расскажи спроектируйте "
        "اشرح صف قارن صمم"));
    // Sentence endings that ask or set a task: Japanese "…ですか", "…とは", "…してください";
    // Chinese "…吗", "…呢"; Korean "…까", "…까요", "…나요", "…세요".
    static const QStringList askingEndings = {
        QStringLiteral("ですか"), QStringLiteral("ますか"),   QStringLiteral("でしょうか"),
        QStringLiteral("とは"),   QStringLiteral("ください"), QStringLiteral("吗"),
        QStringLiteral("呢"),     QStringLiteral("까"),       QStringLiteral("까요"),
        QStringLiteral("나요"),   QStringLiteral("세요")};
    // Chinese question words and task verbs anywhere in a list item ("为什么…", "请解释…"); not
    // in headings, where "如何准备面试" is a topic like "How to prepare".
    static const QStringList chineseAsking = {QStringLiteral("什么"), QStringLiteral("为什么"),
                                              QStringLiteral("怎么"), QStringLiteral("如何"),
                                              QStringLiteral("哪"),   QStringLiteral("解释"),
                                              QStringLiteral("描述"), QStringLiteral("比较")};

    QString t = plain.trimmed();
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A question in Chinese, Japanese or Thai has no spaces: its letters count instead.
    const bool spaceless = spacelessLetters(t) >= 4;
    if (!spaceless && (t.size() < 6 || words.size() < 2))
        return false;
    if (endsWithQuestionMark(t))
        return true;
    if (t.startsWith(QChar(0x00BF))) // Spanish "¿" opens a question
        return true;
    while (!t.isEmpty() && (t.back().isPunct() || t.back().isSpace()))
        t.chop(1);
    if (std::any_of(askingEndings.cbegin(), askingEndings.cend(),
                    [&t](const QString &e) { return t.endsWith(e); }))
        return true;
    if (spaceless)
        return !strict
               && std::any_of(chineseAsking.cbegin(), chineseAsking.cend(),
                              [&t](const QString &w) { return t.contains(w); });
    // Ends with a full stop and asks nothing before it: a statement ("Can be reset."), unless a
    // question comes first ("What is ACID? Use a transfer as the example.").
    static const QSet<QString> answerSecondWords = wordSet(
        QStringLiteral("not be been also only used called usually often always"));
    const bool statement = plain.trimmed().endsWith(QLatin1Char('.'))
                           && !std::any_of(plain.cbegin(), plain.cend(), isQuestionMark)
                           && (((words.at(0).compare(QStringLiteral("if"), Qt::CaseInsensitive) == 0
                                 || words.at(0).compare(QStringLiteral("when"), Qt::CaseInsensitive)
                                        == 0)
                                && plain.contains(QLatin1Char(',')))
                               || answerSecondWords.contains(lowerWord(words.at(1))));
    // "How it works: …", "Define contracts: …": a label over an answer, not a question.
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon > 0 && t.left(colon).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 3)
        return false;
    // "What's …", "Let's talk about …": the contraction is the word.
    QString w0 = lowerWord(words.at(0));
    static const QRegularExpression contraction(QStringLiteral("['’](s|re|d|ll)$"));
    w0.remove(contraction);
    const QString w1 = lowerWord(words.at(1));
    if (w0 == u"true" && w1 == u"or" && words.size() >= 4) // "True or false? …"
        return true;
    if (otherInterrogatives.contains(w0) || otherImperatives.contains(w0))
        return words.size() >= 3;
    if (interrogatives.contains(w0)) {
        // "If the key is present, it returns…", "Can be reset.": a statement that starts like a
        // question and ends with a full stop answers one.
        return w1 != u"to" && words.size() >= 3 && !statement;
    }
    if (imperatives.contains(w0) || w0 == u"let") {
        if (topicWords.contains(w1) || words.size() < (strict ? 3 : 2))
            return false;
        return !strict || objects.contains(w1) || plain.trimmed().endsWith(QLatin1Char('.'));
    }
    // "Using your favourite language, write …": a task verb after an opening phrase.
    if (!strict) {
        const qsizetype comma = t.indexOf(QStringLiteral(", "));
        if (comma > 0 && t.left(comma).count(QLatin1Char(' ')) < 6) {
            const QStringList rest = t.mid(comma + 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return rest.size() >= 3 && imperatives.contains(lowerWord(rest.first()));
        }
    }
    return false;
}

} // namespace

MarkdownQuestions readMarkdownQuestions(const QString &markdown, HeadingReading reading)
{
    QString frontTitle;
    const QList<Block> blocks = blocksOf(markdown, &frontTitle);
    bool differ = false;
    Reader reader;
    const HeadingReading found = reader.readingOf(blocks, &differ);
    reader.reading = reading == HeadingReading::Auto ? found : reading;
    reader.out.readingsDiffer = differ;
    reader.frontTitle = frontTitle;
    reader.out.reading = reader.reading;
    reader.read(blocks);
    std::sort(reader.out.leftOut.begin(), reader.out.leftOut.end(),
              [](const MarkdownLeftOut &x, const MarkdownLeftOut &y) { return x.line < y.line; });
    return reader.out;
}

namespace {
const QString kCodeOpen = QStringLiteral("\n\n```\n");
const QString kCodeClose = QStringLiteral("\n```");
} // namespace

QString textWithCode(const MarkdownQuestion &question)
{
    QString text = question.text;
    for (const QString &code : question.code)
        text += kCodeOpen + code + kCodeClose;
    return text;
}

QString textWithoutCode(const QString &text, QStringList *code)
{
    code->clear();
    qsizetype at = text.indexOf(kCodeOpen);
    const QString prompt = text.left(at);
    if (at < 0)
        return text;
    while (at >= 0) {
        const qsizetype start = at + kCodeOpen.size();
        qsizetype end = text.indexOf(kCodeClose + kCodeOpen, start);
        if (end < 0) {
            if (!text.endsWith(kCodeClose) || text.size() - kCodeClose.size() < start) {
                code->clear();
                return text; // not code as textWithCode writes it
            }
            end = text.size() - kCodeClose.size();
        }
        code->append(text.mid(start, end - start));
        at = end + kCodeClose.size() < text.size() ? end + kCodeClose.size() : -1;
    }
    return prompt;
}

QString leftOutReasonText(LeftOutReason reason)
{
    switch (reason) {
    case LeftOutReason::LinksOnly:
        return QCoreApplication::translate("Import", "links only, with no question above them");
    case LeftOutReason::Prose:
        return QCoreApplication::translate("Import", "text that asks nothing");
    case LeftOutReason::Label:
        return QCoreApplication::translate("Import", "a label or topic, not a question");
    case LeftOutReason::Code:
        return QCoreApplication::translate("Import", "code with no question above it");
    case LeftOutReason::Table:
        return QCoreApplication::translate("Import", "a table without a question column");
    case LeftOutReason::Html: return QCoreApplication::translate("Import", "HTML");
    case LeftOutReason::TooLong:
        return QCoreApplication::translate("Import",
                                           "longer than %1 characters, the most a question may have")
            .arg(PackValidator::kMaxTextLength);
    case LeftOutReason::AnswerWithoutQuestion:
        return QCoreApplication::translate("Import", "an answer with no question above it");
    }
    return {};
}

} // namespace mockloop
