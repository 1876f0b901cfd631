#pragma once

#include <QString>

namespace mockloop {

// "m:ss", or "h:mm:ss" from an hour on; padMinutes gives "mm:ss" (countdowns). Whole seconds.
QString formatClock(qint64 seconds, bool padMinutes = false);

// "m:ss" for a duration in milliseconds, rounded down (negative durations keep their sign).
QString formatDurationMs(qint64 ms);

} // namespace mockloop
