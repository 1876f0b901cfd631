#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace mockloop {

// "m:ss", or "h:mm:ss" from an hour on; padMinutes gives "mm:ss" (countdowns). Whole seconds.
QString formatClock(qint64 seconds, bool padMinutes = false);

// Moments as the database stores them: UTC ISO 8601 with milliseconds; "" / NULL = none.
QString toStoredTime(const QDateTime &t);
QDateTime fromStoredTime(const QVariant &v);

// "m:ss" for a duration in milliseconds, rounded down (negative durations keep their sign).
QString formatDurationMs(qint64 ms);

} // namespace mockloop
