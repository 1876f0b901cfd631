#pragma once

#include <QByteArray>
#include <QString>

namespace mockloop {

class Clock;
class Database;

// The interview tracker as an RFC 5545 calendar (docs/tracker.md, "Calendar"): every scheduled
// interview as an event in its own time zone (a VTIMEZONE for each zone, from this machine's
// time-zone data) with reminders a day and an hour before; the preparation plans' tasks of the
// interviews ahead as to-dos on their days (ticked ones completed); a follow-up to-do for each
// application suggested as ghosted. UIDs are stable ("scheduled-interview-7@mockloop"), so
// importing a newer export updates the events instead of adding them again. Lines end in CRLF
// and are folded at 75 octets.
struct CalendarOptions
{
    int prepDailyMinutes = 60;
    int ghostedAfterDays = 21;
};

QByteArray trackerCalendar(Database &db, const Clock &clock, const CalendarOptions &options = {});

} // namespace mockloop
