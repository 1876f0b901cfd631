#include "base/TimeText.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace mockloop {

namespace {

// A date/time pattern as QLocale reads it: fields (a run of one letter) and literal text
// between them (punctuation, spaces, 'quoted text'), so fields can be dropped with the text
// that joins them to the rest.
struct FormatPart
{
    QString text;
    QChar field; // null for literal text
};

QList<FormatPart> splitFormat(const QString &format)
{
    QList<FormatPart> parts;
    auto literal = [&parts](const QString &text) {
        if (!parts.isEmpty() && parts.last().field.isNull())
            parts.last().text += text;
        else
            parts.append({text, QChar()});
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            qsizetype end = i + 1;
            while (end < format.size()) {
                if (format.at(end) == u'\''
                    && (end + 1 >= format.size() || format.at(end + 1) != u'\''))
                    break;
                end += format.at(end) == u'\'' ? 2 : 1;
            }
            literal(format.mid(i, end + 1 - i));
            i = end + 1;
        } else if (c.isLetter() && c.unicode() < 128) {
            qsizetype end = i;
            while (end < format.size() && format.at(end) == c)
                ++end;
            parts.append({format.mid(i, end - i), c});
            i = end;
        } else {
            literal(QString(c));
            ++i;
        }
    }
    return parts;
}

bool onlySeparators(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isSpace() || c.isPunct(); });
}

// Drops the fields the test picks, each with the literal that joins it to its neighbour (the
// one before it, or after it when it comes first): "dddd, d MMMM yyyy" without the weekday is
// "d MMMM yyyy". With separatorsOnly, a joining literal that holds words ("日") stays.
void dropFields(QList<FormatPart> &parts, const std::function<bool(const FormatPart &)> &test,
                bool separatorsOnly)
{
    for (qsizetype i = 0; i < parts.size();) {
        if (parts.at(i).field.isNull() || !test(parts.at(i))) {
            ++i;
            continue;
        }
        const qsizetype joint = i > 0 ? i - 1 : i + 1;
        const bool dropJoint = joint < parts.size() && parts.at(joint).field.isNull()
                               && (!separatorsOnly || onlySeparators(parts.at(joint).text));
        parts.removeAt(i);
        if (dropJoint)
            parts.removeAt(joint < i ? joint : i);
        i = 0;
    }
}

QString joined(const QList<FormatPart> &parts)
{
    QString out;
    for (const FormatPart &p : parts)
        out += p.field == u'M' && p.text.size() == 4 ? QStringLiteral("MMM") : p.text;
    return out;
}

// The locale's long date (CLDR: the order, the words and the dots people expect) without the
// weekday; the month's full name shortened.
QList<FormatPart> dateParts(const QLocale &locale)
{
    QList<FormatPart> parts = splitFormat(locale.dateFormat(QLocale::LongFormat));
    dropFields(
        parts, [](const FormatPart &p) { return p.field == u'd' && p.text.size() >= 3; }, true);
    return parts;
}

// The locale's short time without seconds ("HH:mm", "h:mm AP").
QString timeFormat(const QLocale &locale)
{
    QList<FormatPart> parts = splitFormat(locale.timeFormat(QLocale::ShortFormat));
    dropFields(
        parts, [](const FormatPart &p) { return p.field == u's' || p.field == u'z'; }, false);
    return joined(parts);
}

} // namespace

QString formatClock(qint64 seconds, bool padMinutes)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const QChar zero(u'0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m, padMinutes ? 2 : 1, 10, zero).arg(s, 2, 10, zero);
}

QString formatDurationMs(qint64 ms)
{
    return (ms < 0 ? QStringLiteral("-") : QString()) + formatClock((ms < 0 ? -ms : ms) / 1000);
}

QString formatDuration(qint64 ms)
{
    return formatClock(std::max<qint64>(0, ms) / 1000, false);
}

QString formatCountdown(qint64 remainingMs)
{
    if (remainingMs < 0) {
        return QCoreApplication::translate("TimeFormat", "+%1 overtime")
            .arg(formatClock(-remainingMs / 1000, false));
    }
    return formatClock((remainingMs + 999) / 1000, true);
}

QString formatTimeLeft(qint64 remainingMs)
{
    return formatClock((std::max<qint64>(0, remainingMs) + 999) / 1000, true);
}

QString formatTimeOver(qint64 overMs)
{
    return formatClock(std::max<qint64>(0, overMs) / 1000, true);
}

QString formatDurationRange(qint64 lowMs, qint64 highMs)
{
    return lowMs == highMs ? formatDuration(lowMs)
                           : formatDuration(lowMs) + QStringLiteral("–") + formatDuration(highMs);
}

QString formatNonZeroDuration(qint64 ms)
{
    return ms < 1000 ? QCoreApplication::translate("TimeFormat", "under a second")
                     : formatDuration(ms);
}

QString formatMilliseconds(qint64 ms)
{
    return QCoreApplication::translate("TimeFormat", "%1 ms").arg(ms);
}

QString dateFormat(const QLocale &locale)
{
    return joined(dateParts(locale));
}

QString formatDate(const QDate &day, const QLocale &locale)
{
    return locale.toString(day, dateFormat(locale));
}

QString dayMonthFormat(const QLocale &locale)
{
    QList<FormatPart> parts = dateParts(locale);
    dropFields(
        parts, [](const FormatPart &p) { return p.field == u'y'; }, false);
    return joined(parts);
}

QString formatDayMonth(const QDate &day, const QLocale &locale)
{
    return locale.toString(day, dayMonthFormat(locale));
}

QString formatDateTime(const QDateTime &t, const QLocale &locale)
{
    if (!t.isValid())
        return QCoreApplication::translate("TimeFormat", "–");
    // Seconds are noise in a list of sessions.
    const QDateTime local = t.toLocalTime();
    return QCoreApplication::translate("TimeFormat", "%1, %2")
        .arg(formatDate(local.date(), locale), locale.toString(local.time(), timeFormat(locale)));
}

QString formatDateTimeWithZone(const QDateTime &t, const QLocale &locale)
{
    if (!t.isValid())
        return formatDateTime(t, locale);
    return formatDateTime(t, locale) + QLatin1Char(' ') + t.toLocalTime().timeZoneAbbreviation();
}

QString formatDecimal(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

} // namespace mockloop
