#include "questions/MarkdownQuestions.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

namespace mockloop {

namespace {

struct Block
{
    enum Type { Heading, Item, Paragraph };
    Type type = Paragraph;
    int level = 0;  // headings
    int indent = 0; // items
    QString text;
    int line = 0;
};

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

QList<Block> blocksOf(const QString &markdown)
{
    static const QRegularExpression atx(
        QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression item(
        QStringLiteral("^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])[ \\t]+(.*)$"));

    QList<Block> blocks;
    QStringList paragraph;
    int paragraphLine = 0;
    qsizetype currentItem = -1;
    bool afterBlank = false;
    QString fenceMark;
    auto flush = [&] {
        if (!paragraph.isEmpty())
            blocks.append({Block::Paragraph, 0, 0, paragraph.join(QLatin1Char(' ')), paragraphLine});
        paragraph.clear();
    };
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int lineNo = int(i) + 1;
        if (!fenceMark.isEmpty()) {
            if (line.trimmed().startsWith(fenceMark))
                fenceMark.clear();
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            flush();
            currentItem = -1;
            fenceMark = m.captured(1);
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            afterBlank = true;
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            flush();
            currentItem = -1;
            blocks.append(
                {Block::Heading, int(m.capturedLength(1)), 0, m.captured(2).trimmed(), lineNo});
            afterBlank = false;
            continue;
        }
        if (paragraph.size() == 1 && !afterBlank && setext.match(line).hasMatch()) {
            blocks.append({Block::Heading, trimmed.startsWith(QLatin1Char('=')) ? 1 : 2, 0,
                           paragraph.first().trimmed(), paragraphLine});
            paragraph.clear();
            continue;
        }
        if (rule.match(line).hasMatch() || trimmed.startsWith(QLatin1Char('|'))
            || trimmed.startsWith(QLatin1Char('<'))) {
            flush(); // rules, tables and HTML carry no questions
            currentItem = -1;
            afterBlank = false;
            continue;
        }
        if (const auto m = item.match(line); m.hasMatch()) {
            flush();
            blocks.append({Block::Item, 0, indentOf(m.captured(1)), m.captured(2).trimmed(), lineNo});
            currentItem = blocks.size() - 1;
            afterBlank = false;
            continue;
        }
        if (currentItem >= 0 && paragraph.isEmpty()
            && (!afterBlank || indentOf(line) > blocks.at(currentItem).indent)) {
            blocks[currentItem].text += QLatin1Char(' ') + trimmed; // the item goes on
            afterBlank = false;
            continue;
        }
        currentItem = -1;
        if (paragraph.isEmpty())
            paragraphLine = lineNo;
        paragraph.append(trimmed.startsWith(QLatin1Char('>')) ? trimmed.mid(1).trimmed() : trimmed);
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
    QString rest = raw;
    if (rest.remove(link).size() == raw.size())
        return false;
    return rest.remove(filler).isEmpty();
}

// "Q: Reverse a list in place." — marked as a question by its author (and by our export).
bool explicitQuestion(const QString &raw)
{
    static const QRegularExpression marker(QStringLiteral("^(?:\\*\\*)?q(?:uestion)?\\s*\\d*\\s*[:.)]"),
                                           QRegularExpression::CaseInsensitiveOption);
    return marker.match(raw).hasMatch();
}


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

struct Reader
{
    MarkdownQuestions out;

    void leftOut(const Block &b)
    {
        out.leftOut.append({b.line, firstWords(markdownPlainText(b.text))});
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
    // "Further reading: …"): then the rest, sentences without a mark or a question word, are
    // questions too (isPrompt).
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
            if (linksOnly(raw))
                continue;
            if (explicitQuestion(raw) || looksLikeQuestion(plain, false))
                ++questions;
            else if (!isPrompt(plain))
                continue; // "Further reading: …" could never be one
            ++counted;
        }
        return questions >= kListQuestionsMin && questions * 4 >= counted * 3;
    }

    void readList(const QList<Block> &blocks, const QList<qsizetype> &items,
                  const QString &category, bool headingNamesQuestions)
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
        QList<qsizetype> rootBlocks;
        for (const qsizetype r : roots)
            rootBlocks.append(nodes.at(r).block);
        const bool allQuestions = questionList(blocks, rootBlocks, headingNamesQuestions);
        for (const qsizetype r : roots)
            readNode(blocks, nodes, r, category, -1, allQuestions);
    }

    // promote: the item stands in a list of questions (questionList); an item with items under
    // it is still read by its own words, as it may be a category ("Caching" over questions).
    void readNode(const QList<Block> &blocks, const QList<Node> &nodes, qsizetype n,
                  const QString &category, qsizetype question, bool promote = false)
    {
        const Block &b = blocks.at(nodes.at(n).block);
        const QString text = markdownPlainText(b.text);
        if (linksOnly(b.text)) {
            leftOut(b);
            for (const qsizetype c : nodes.at(n).children)
                readNode(blocks, nodes, c, category, question);
            return;
        }
        const bool marked = explicitQuestion(b.text);
        if (question >= 0) {
            MarkdownQuestion &q = out.questions[question];
            if (marked || (!explicitNote(b.text) && looksLikeQuestion(text, false))) {
                q.followUps.append(text);
            } else if (!text.isEmpty()) {
                if (!q.notes.isEmpty())
                    q.notes += QLatin1Char('\n');
                q.notes += QStringLiteral("- ") + text;
            }
            for (const qsizetype c : nodes.at(n).children)
                readNode(blocks, nodes, c, category, question);
            return;
        }
        if (marked || looksLikeQuestion(text, false)
            || (promote && nodes.at(n).children.isEmpty() && isPrompt(text))) {
            out.questions.append({category, text, {}, {}, b.line});
            const qsizetype mine = out.questions.size() - 1;
            for (const qsizetype c : nodes.at(n).children)
                readNode(blocks, nodes, c, category, mine);
            return;
        }
        // "Databases" with questions under it: a category of its own.
        const qsizetype before = out.questions.size();
        for (const qsizetype c : nodes.at(n).children)
            readNode(blocks, nodes, c, text, -1);
        if (out.questions.size() == before)
            leftOut(b);
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

        std::map<int, QString> headings; // level → text, the path of categories down to here
        auto category = [&] { return headings.empty() ? out.title : headings.rbegin()->second; };
        static const QRegularExpression label(QStringLiteral("^(q|question)\\s*\\d+$"),
                                              QRegularExpression::CaseInsensitiveOption);

        qsizetype i = 0;
        // Content before the first heading belongs to no heading.
        auto section = [&](qsizetype from) {
            qsizetype end = from;
            while (end < blocks.size() && blocks.at(end).type != Block::Heading)
                ++end;
            return end;
        };
        auto readSection = [&](qsizetype from, qsizetype end, const QString &cat,
                               bool headingNamesQuestions) {
            QList<qsizetype> items;
            for (qsizetype k = from; k < end; ++k) {
                if (blocks.at(k).type == Block::Item) {
                    items.append(k);
                } else {
                    if (!items.isEmpty())
                        readList(blocks, items, cat, headingNamesQuestions);
                    items.clear();
                    leftOut(blocks.at(k)); // prose under a category heading
                }
            }
            if (!items.isEmpty())
                readList(blocks, items, cat, headingNamesQuestions);
        };
        const qsizetype leadEnd = section(0);
        readSection(0, leadEnd, category(), false);
        i = leadEnd;
        while (i < blocks.size()) {
            const Block &h = blocks.at(i);
            const qsizetype end = section(i + 1);
            const int nextLevel = end < blocks.size() ? blocks.at(end).level : 0;
            bool hasList = false;
            QStringList paragraphs;
            for (qsizetype k = i + 1; k < end; ++k) {
                if (blocks.at(k).type == Block::Item)
                    hasList = true;
                else
                    paragraphs.append(markdownPlainText(blocks.at(k).text));
            }
            const QString text = markdownPlainText(h.text);
            const bool leaf = !hasList && nextLevel <= h.level;
            if (i == firstHeading && hasTitle) {
                headings.clear();
                readSection(i + 1, end, category(), namesQuestionList(text));
            } else if (leaf && looksLikeQuestion(text, true)
                       && (!paragraphs.isEmpty() || endsWithQuestionMark(text))) {
                out.questions.append(
                    {category(), text, {}, paragraphs.join(QStringLiteral("\n\n")), h.line});
            } else if (leaf && !paragraphs.isEmpty() && endsWithQuestionMark(paragraphs.first())
                       && looksLikeQuestion(paragraphs.first(), true)) {
                // "### Q3" or "### Databases" over a paragraph that asks the question.
                const QString cat = label.match(text).hasMatch() || text.isEmpty() ? category()
                                                                                   : text;
                out.questions.append({cat,
                                      paragraphs.first(),
                                      {},
                                      paragraphs.mid(1).join(QStringLiteral("\n\n")),
                                      blocks.at(i + 1).line});
            } else {
                for (auto it = headings.begin(); it != headings.end();) {
                    if (it->first >= h.level)
                        it = headings.erase(it);
                    else
                        ++it;
                }
                headings[h.level] = text;
                readSection(i + 1, end, category(), namesQuestionList(text));
            }
            i = end;
        }
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

QString markdownPlainText(const QString &inline_)
{
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]*)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression autolink(QStringLiteral("<(https?://[^>]+)>"));
    static const QRegularExpression html(QStringLiteral("<[^>]+>"));
    // \w in Unicode mode: a star inside a word is kept in every script, as in "a*b*c".
    static const QRegularExpression star(QStringLiteral("(^|[^\\w*])\\*(\\S[^*]*?)\\*(?![\\w*])"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression checkbox(QStringLiteral("^\\[[ xX]\\]\\s+"));
    static const QRegularExpression prefix(QStringLiteral(
                                               "^(?:q(?:uestion)?\\s*\\d*\\s*[:.)]|\\d+[.)])\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
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
    s.remove(image);
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.replace(autolink, QStringLiteral("\\1"));
    s.remove(html);
    s.remove(QStringLiteral("**"));
    s.remove(QStringLiteral("__"));
    s.remove(QStringLiteral("~~"));
    s.remove(QLatin1Char('`'));
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

bool looksLikeQuestion(const QString &plain, bool strict)
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
        QStringLiteral("justify"),       QStringLiteral("convert"),   QStringLiteral("detect")};
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
    const QString w0 = lowerWord(words.at(0));
    const QString w1 = lowerWord(words.at(1));
    if (otherInterrogatives.contains(w0) || otherImperatives.contains(w0))
        return words.size() >= 3;
    if (interrogatives.contains(w0))
        return w1 != u"to" && words.size() >= 3;
    if (imperatives.contains(w0)) {
        if (topicWords.contains(w1) || words.size() < (strict ? 3 : 2))
            return false;
        return !strict || objects.contains(w1) || t.endsWith(QLatin1Char('.'));
    }
    return false;
}

MarkdownQuestions readMarkdownQuestions(const QString &markdown)
{
    Reader reader;
    reader.read(blocksOf(markdown));
    return reader.out;
}

} // namespace mockloop
