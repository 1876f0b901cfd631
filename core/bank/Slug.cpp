#include "bank/Slug.h"

namespace mockloop {

QString slugOf(const QString &text, int maxLength)
{
    QString out;
    bool dash = false;
    for (const QChar c : text) {
        if (out.size() >= maxLength)
            break;
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c.toLower();
            dash = false;
        } else {
            dash = true;
        }
    }
    if (out.size() > maxLength)
        out.truncate(maxLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("q") : out;
}

} // namespace mockloop
