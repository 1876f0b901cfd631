#!/usr/bin/python3
"""Reads an .ics file with Debian's python3-icalendar (a real RFC 5545 parser) and prints what
MockLoop's tests check as JSON: the time zones, and each event and to-do with its fields."""
import json
import sys

import icalendar


def text(value):
    return None if value is None else str(value)


def when(prop):
    if prop is None:
        return None
    return prop.dt.isoformat()


def local(prop):
    """The wall-clock time as written, without the parser's idea of its offset."""
    return prop.dt.replace(tzinfo=None).isoformat()


def main(path):
    with open(path, 'rb') as f:
        cal = icalendar.Calendar.from_ical(f.read())
    out = {'version': text(cal.get('VERSION')), 'prodid': text(cal.get('PRODID')),
           'timezones': [], 'events': [], 'todos': []}
    for c in cal.walk():
        if c.name == 'VTIMEZONE':
            # Each part's onset and offset, as written (the offsets of a far future year are
            # checked from the file itself, not from the parser's own time-zone data).
            parts = [{'kind': p.name, 'start': p.get('DTSTART').dt.isoformat(),
                      'to': int(p.get('TZOFFSETTO').td.total_seconds())}
                     for p in c.subcomponents]
            out['timezones'].append({'tzid': text(c.get('TZID')), 'parts': parts})
        elif c.name == 'VEVENT':
            out['events'].append({
                'uid': text(c.get('UID')), 'summary': text(c.get('SUMMARY')),
                'description': text(c.get('DESCRIPTION')), 'location': text(c.get('LOCATION')),
                'start': local(c.get('DTSTART')), 'end': local(c.get('DTEND')),
                'tzid': c.get('DTSTART').params.get('TZID'),
                'alarms': [int(a.get('TRIGGER').dt.total_seconds()) for a in c.walk('VALARM')],
            })
        elif c.name == 'VTODO':
            out['todos'].append({
                'uid': text(c.get('UID')), 'summary': text(c.get('SUMMARY')),
                'due': when(c.get('DUE')), 'status': text(c.get('STATUS')),
            })
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main(sys.argv[1])
