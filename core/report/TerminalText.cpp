#include "report/TerminalText.h"

namespace mockloop {

bool needsTerminalEscape(char16_t c, bool lineFeedFollows)
{
    if (c == u'\t' || c == u'\n')
        return false;
    if (c == u'\r')
        return !lineFeedFollows;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069);
}

QString terminalSafe(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Most text needs nothing: return it shared, without a copy.
    while (i < n
           && !needsTerminalEscape(text.at(i).unicode(),
                                   i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
        ++i;
    if (i == n)
        return text;
    QString out;
    out.reserve(n + 16);
    out += QStringView(text).left(i);
    for (; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (needsTerminalEscape(c, i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    return out;
}

} // namespace mockloop
