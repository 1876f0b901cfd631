#include "report/CalendarExport.h"

#include "base/Clock.h"
#include "practice/PrepPlan.h"
#include "storage/Database.h"
#include "tracker/Tracker.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace mockloop {

namespace {

class CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)
};

// TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11).
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}

// One content line, folded at 75 octets without splitting a UTF-8 sequence (3.1).
void line(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    int start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && (uchar(utf8.at(cut)) & 0xC0) == 0x80) // a continuation byte
            --cut;
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
}

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

// A VTIMEZONE from the zone's transitions over the years the events span (one year either
// side), each transition its own STANDARD or DAYLIGHT part; a zone without transitions then
// has one STANDARD part.
void timeZone(QByteArray &out, const QTimeZone &zone, int firstYear, int lastYear)
{
    line(out, QStringLiteral("BEGIN:VTIMEZONE"));
    line(out, QStringLiteral("TZID:") + QString::fromUtf8(zone.id()));
    const QDateTime from(QDate(firstYear - 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(lastYear + 1, 12, 31), QTime(23, 59), QTimeZone::utc());
    int before = zone.offsetFromUtc(from);
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    auto part = [&](bool daylight, const QDateTime &onset, int offsetFrom, int offsetTo,
                    const QString &name) {
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        line(out, QStringLiteral("BEGIN:") + kind);
        // The onset as local time in the offset before it (3.6.5).
        line(out, QStringLiteral("DTSTART:") + localStamp(onset.toUTC().addSecs(offsetFrom)));
        line(out, QStringLiteral("TZOFFSETFROM:") + offsetText(offsetFrom));
        line(out, QStringLiteral("TZOFFSETTO:") + offsetText(offsetTo));
        if (!name.isEmpty())
            line(out, QStringLiteral("TZNAME:") + escaped(name));
        line(out, QStringLiteral("END:") + kind);
    };
    if (transitions.isEmpty()) {
        part(false, from, before, before, zone.abbreviation(from));
    } else {
        for (const QTimeZone::OffsetData &t : transitions) {
            part(t.daylightTimeOffset != 0, t.atUtc, before, t.offsetFromUtc, t.abbreviation);
            before = t.offsetFromUtc;
        }
    }
    line(out, QStringLiteral("END:VTIMEZONE"));
}

void alarm(QByteArray &out, const QString &trigger, const QString &description)
{
    line(out, QStringLiteral("BEGIN:VALARM"));
    line(out, QStringLiteral("ACTION:DISPLAY"));
    line(out, QStringLiteral("DESCRIPTION:") + escaped(description));
    line(out, QStringLiteral("TRIGGER:") + trigger);
    line(out, QStringLiteral("END:VALARM"));
}

// A UID part from a task key: letters, digits, '-' and '.', the rest as '-'.
QString uidPart(const QString &key)
{
    QString out;
    for (const QChar c : key)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-')
                       || c == QLatin1Char('.')
                   ? c
                   : QLatin1Char('-');
    return out;
}

} // namespace

QByteArray trackerCalendar(Database &db, const Clock &clock, const CalendarOptions &options)
{
    const Tracker tracker(db, clock);
    const QString stamp = utcStamp(clock.wallTime());
    const QList<ScheduledInterview> interviews = tracker.interviews(0);
    QHash<qint64, Application> applications;
    for (const Application &a : tracker.applications())
        applications.insert(a.id, a);

    QByteArray out;
    line(out, QStringLiteral("BEGIN:VCALENDAR"));
    line(out, QStringLiteral("VERSION:2.0"));
    line(out, QStringLiteral("PRODID:-//MockLoop//Interview tracker//EN"));
    line(out, QStringLiteral("CALSCALE:GREGORIAN"));
    line(out, QStringLiteral("X-WR-CALNAME:") + escaped(CalendarText::tr("MockLoop interviews")));

    // One VTIMEZONE per zone used, covering the years of its events.
    QMap<QByteArray, std::pair<int, int>> years;
    for (const ScheduledInterview &i : interviews) {
        const QByteArray id = i.start.timeZone().id();
        const int year = i.start.date().year();
        auto it = years.find(id);
        if (it == years.end())
            years.insert(id, {year, year});
        else
            *it = {std::min(it->first, year), std::max(it->second, year)};
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        timeZone(out, QTimeZone(it.key()), it->first, it->second);

    for (const ScheduledInterview &i : interviews) {
        const Application a = applications.value(i.applicationId);
        const QString zone = QString::fromUtf8(i.start.timeZone().id());
        const QString summary =
            CalendarText::tr("%1 interview with %2").arg(displayName(i.kind), a.company);
        line(out, QStringLiteral("BEGIN:VEVENT"));
        line(out, QStringLiteral("UID:scheduled-interview-%1@mockloop").arg(i.id));
        line(out, QStringLiteral("DTSTAMP:") + stamp);
        line(out, QStringLiteral("DTSTART;TZID=%1:%2").arg(zone, localStamp(i.start)));
        line(out, QStringLiteral("DTEND;TZID=%1:%2").arg(zone, localStamp(i.end())));
        line(out, QStringLiteral("SUMMARY:") + escaped(summary));
        QStringList description = {CalendarText::tr("Role: %1").arg(a.role),
                                   CalendarText::tr("Format: %1").arg(displayName(i.format))};
        if (!a.url.isEmpty())
            description << a.url;
        line(out, QStringLiteral("DESCRIPTION:") + escaped(description.join(QLatin1Char('\n'))));
        if (!a.location.isEmpty() && i.format == InterviewFormat::OnSite)
            line(out, QStringLiteral("LOCATION:") + escaped(a.location));
        line(out, QStringLiteral("CATEGORIES:") + escaped(CalendarText::tr("Interview")));
        alarm(out, QStringLiteral("-P1D"), CalendarText::tr("Tomorrow: %1").arg(summary));
        alarm(out, QStringLiteral("-PT1H"), CalendarText::tr("In an hour: %1").arg(summary));
        line(out, QStringLiteral("END:VEVENT"));
    }

    // The plans' tasks of the interviews ahead, as to-dos due on their day.
    const PrepPlanner planner(db, clock, options.prepDailyMinutes);
    for (const ScheduledInterview &i : planner.upcoming()) {
        const std::optional<PrepPlan> plan = planner.plan(i.id, nullptr);
        if (!plan)
            continue;
        const QString company = applications.value(i.applicationId).company;
        for (const PrepDay &d : plan->days)
            for (const PrepTask &t : d.tasks) {
                line(out, QStringLiteral("BEGIN:VTODO"));
                line(out, QStringLiteral("UID:prep-%1-%2@mockloop").arg(i.id).arg(uidPart(t.key)));
                line(out, QStringLiteral("DTSTAMP:") + stamp);
                line(out, QStringLiteral("DUE;VALUE=DATE:")
                              + d.date.toString(QStringLiteral("yyyyMMdd")));
                line(out, QStringLiteral("SUMMARY:")
                              + escaped(CalendarText::tr("%1 (for %2)").arg(t.title(), company)));
                line(out, QStringLiteral("DESCRIPTION:") + escaped(t.reason()));
                line(out, QStringLiteral("STATUS:")
                              + (t.status == PrepTaskStatus::Done ? QStringLiteral("COMPLETED")
                                                                  : QStringLiteral("NEEDS-ACTION")));
                line(out, QStringLiteral("END:VTODO"));
            }
    }

    // A follow-up for each application that looks ghosted, due today.
    for (const qint64 id : tracker.ghostedSuggestions(options.ghostedAfterDays)) {
        const Application a = applications.value(id);
        line(out, QStringLiteral("BEGIN:VTODO"));
        line(out, QStringLiteral("UID:follow-up-%1@mockloop").arg(id));
        line(out, QStringLiteral("DTSTAMP:") + stamp);
        line(out,
             QStringLiteral("DUE;VALUE=DATE:") + clock.today().toString(QStringLiteral("yyyyMMdd")));
        line(out, QStringLiteral("SUMMARY:")
                      + escaped(CalendarText::tr("Follow up with %1 (%2)").arg(a.company, a.role)));
        line(out, QStringLiteral("DESCRIPTION:")
                      + escaped(CalendarText::tr("No activity for %1 days and no interview ahead.")
                                    .arg(options.ghostedAfterDays)));
        line(out, QStringLiteral("STATUS:NEEDS-ACTION"));
        line(out, QStringLiteral("END:VTODO"));
    }
    line(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace mockloop
