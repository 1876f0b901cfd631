#include "coach/Sentences.h"

#include <QSet>

namespace mockloop::coaching {

namespace {

bool isEndMark(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
           || c == QLatin1Char(';') || c == QChar(0x2026); // …
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case 0x2019:              // ’
    case 0x201D:              // ”
    case 0x00BB: return true; // »
    default: return false;
    }
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator
           || c == QChar::ParagraphSeparator;
}

// Whether the point at dot closes an abbreviation that does not end the sentence.
bool isAbbreviation(const QString &text, qsizetype dot, qsizetype next)
{
    static const QSet<QString> kAbbreviations = {QStringLiteral("e.g"),    QStringLiteral("eg"),
                                                 QStringLiteral("i.e"),    QStringLiteral("ie"),
                                                 QStringLiteral("vs"),     QStringLiteral("cf"),
                                                 QStringLiteral("approx"), QStringLiteral("incl"),
                                                 QStringLiteral("esp"),    QStringLiteral("a.k.a"),
                                                 QStringLiteral("aka"),    QStringLiteral("etc")};
    qsizetype start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('.')))
        --start;
    const QString word = text.mid(start, dot - start).toLower();
    if (!kAbbreviations.contains(word))
        return false;
    if (word == QLatin1String("etc")) {
        // "… caches, queues etc. Then we …": a capital after "etc." starts a new sentence.
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        return !(next < text.size() && text.at(next).isUpper());
    }
    return true;
}

} // namespace

QList<SentenceSpan> sentenceSpans(const QString &text)
{
    QList<SentenceSpan> out;
    const qsizetype n = text.size();
    qsizetype start = 0;
    auto close = [&](qsizetype end) {
        qsizetype s = start;
        while (s < end && text.at(s).isSpace())
            ++s;
        qsizetype e = end;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            out.append({s, e - s});
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isLineBreak(c)) {
            close(i);
            start = ++i;
            continue;
        }
        if (!isEndMark(c)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isEndMark(text.at(j)))
            ++j;
        const qsizetype marks = j - i;
        while (j < n && isClosing(text.at(j)))
            ++j;
        const bool atSpace = j == n || text.at(j).isSpace();
        if (atSpace && !(marks == 1 && c == QLatin1Char('.') && isAbbreviation(text, i, j))) {
            close(j);
            start = j;
        }
        i = j;
    }
    close(n);
    return out;
}

QStringList sentences(const QString &text)
{
    QStringList out;
    for (const SentenceSpan &s : sentenceSpans(text))
        out.append(text.mid(s.start, s.length));
    return out;
}

} // namespace mockloop::coaching
