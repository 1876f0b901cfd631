#pragma once

#include <QDateTime>
#include <QString>

namespace mockloop::desktop {

// Durations for people. Every value shown comes from the engine's millisecond readings; these
// functions only decide how to round them.

// "m:ss" (or "h:mm:ss"), rounded down: a duration used never claims time that did not pass.
QString formatDuration(qint64 ms);

// "mm:ss" for time left, rounded up so the display reaches 00:00 exactly when the time is up;
// a negative value (overtime) is shown as "+m:ss overtime".
QString formatCountdown(qint64 remainingMs);

// A stored (UTC) moment in the person's local time, to the minute: "5 Jan 2026, 09:00".
QString formatDateTime(const QDateTime &utc);

} // namespace mockloop::desktop
