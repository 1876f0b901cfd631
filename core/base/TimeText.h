#pragma once

#include "base/Translation.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace mockloop {

// The one place that decides how times, dates and numbers read, for both programs and the
// report. Texts for people take a locale, by default the UI language's (uiLocale()); stored
// and exported values (storage/SqlSupport.h, JSON, CSV) never depend on it (docs/export.md).

// "m:ss", or "h:mm:ss" from an hour on; padMinutes gives "mm:ss" (countdowns). Whole seconds.
// A clock reading: the same in every language MockLoop speaks.
QString formatClock(qint64 seconds, bool padMinutes = false);

// "m:ss" for a duration in milliseconds, rounded down (negative durations keep their sign).
QString formatDurationMs(qint64 ms);

// A duration used, "m:ss" (or "h:mm:ss"), rounded down: it never claims time that did not
// pass; a negative reading shows as 0:00.
QString formatDuration(qint64 ms);

// "mm:ss" for time left, rounded up so the display reaches 00:00 exactly when the time is up;
// a negative value (overtime) is shown as "+m:ss overtime".
QString formatCountdown(qint64 remainingMs);

// The terminal's status line, which says "left" and "over" in words: time left as "mm:ss",
// rounded up and never below 00:00; time past a deadline as "mm:ss", rounded down.
QString formatTimeLeft(qint64 remainingMs);
QString formatTimeOver(qint64 overMs);

// Limits that differ between questions: "1:00" when they are the same, else "1:00–2:00".
QString formatDurationRange(qint64 lowMs, qint64 highMs);

// A duration known to be more than nothing: "under a second" below one second, where "0:00"
// would read as none; else formatDuration.
QString formatNonZeroDuration(qint64 ms);

// A short measured time (how long a check took): "850 ms", whole milliseconds.
QString formatMilliseconds(qint64 ms);

// A day with the month's short name, in the locale's order: "3 Dec 2026", "3. Dez. 2026",
// "Dec 3, 2026" (the locale's long date without the weekday, months abbreviated).
QString formatDate(const QDate &day, const QLocale &locale = uiLocale());
QString dateFormat(const QLocale &locale = uiLocale()); // the pattern, for date edits

// The same without the year ("3 Dec", "3. Dez."): chart axes and short summaries.
QString dayMonthFormat(const QLocale &locale = uiLocale()); // the pattern, for axes
QString formatDayMonth(const QDate &day, const QLocale &locale = uiLocale());

// A moment in the person's local time, to the minute: "3 Dec 2026, 09:05", "3. Dez. 2026,
// 09:05", "Dec 3, 2026, 9:05 AM". Invalid: "–".
QString formatDateTime(const QDateTime &t, const QLocale &locale = uiLocale());

// The same with the time zone ("… 09:05 CET"), for files read elsewhere (the report).
QString formatDateTimeWithZone(const QDateTime &t, const QLocale &locale = uiLocale());

// A number with a fixed count of decimals and the locale's separator: "3.5", "3,5".
QString formatDecimal(double value, int decimals = 1, const QLocale &locale = uiLocale());

} // namespace mockloop
