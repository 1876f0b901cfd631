#include "TimeFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace mockloop::desktop {

namespace {

QString clockText(qint64 seconds, bool padMinutes)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const QChar zero(u'0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m, padMinutes ? 2 : 1, 10, zero).arg(s, 2, 10, zero);
}

} // namespace

QString formatDuration(qint64 ms)
{
    return clockText(std::max<qint64>(0, ms) / 1000, false);
}

QString formatDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QCoreApplication::translate("TimeFormat", "–");
    // Seconds are noise in a list of sessions; the month name follows the locale.
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString formatCountdown(qint64 remainingMs)
{
    if (remainingMs < 0) {
        return QCoreApplication::translate("TimeFormat", "+%1 overtime")
            .arg(clockText(-remainingMs / 1000, false));
    }
    return clockText((remainingMs + 999) / 1000, true);
}

} // namespace mockloop::desktop
