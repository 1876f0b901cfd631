#include "TimeFormat.h"

#include "TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace mockloop::desktop {

QString formatDuration(qint64 ms)
{
    return formatClock(std::max<qint64>(0, ms) / 1000, false);
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
            .arg(formatClock(-remainingMs / 1000, false));
    }
    return formatClock((remainingMs + 999) / 1000, true);
}

} // namespace mockloop::desktop
