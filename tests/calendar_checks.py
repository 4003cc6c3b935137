"""What a calendar file must be for every subscriber's software: RFC 5545 and RFC 7986 as
two independent readers (icalendar, vobject) and an app's expansion (recurring-ical-events)
see it, plus the rules those readers let pass."""

import datetime
import re

import icalendar
import recurring_ical_events
import vobject

DURATION = re.compile(r"^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$")
FORBIDDEN = re.compile("[\x00-\x08\x0a-\x1f\x7f]")  # CONTROL in RFC 5545 §3.1, but HTAB


def content_lines(body):
    assert body.endswith(b"\r\n")
    physical = body[:-2].split(b"\r\n")
    for line in physical:
        assert len(line) <= 75, line
        assert not FORBIDDEN.search(line.decode()), line
    return [line.decode() for line in b"\r\n".join(physical).replace(b"\r\n ", b"").split(b"\r\n")]


def check_calendar(body):
    """The calendar in `body` (bytes), after every check; returns the icalendar reading."""
    lines = content_lines(body)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    # At least one component (RFC 5545 §3.4: "1*component").
    assert sum(line.startswith("BEGIN:") for line in lines) > 1
    for line in lines:
        name = re.split("[;:]", line, maxsplit=1)[0]
        if name == "REFRESH-INTERVAL":
            value = line.removeprefix("REFRESH-INTERVAL;VALUE=DURATION:")
            assert value != line and DURATION.match(value), line
        if name == "X-PUBLISHED-TTL":
            assert DURATION.match(line.split(":", 1)[1]), line

    calendar = icalendar.Calendar.from_ical(body)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    for event in calendar.walk("VEVENT"):
        for name in ("UID", "DTSTAMP", "DTSTART"):
            assert name in event, name
        if "DTEND" in event:
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            assert type(start) is type(end)
            assert end > start, (start, end)
    for tzid in {p.params["TZID"] for e in calendar.walk("VEVENT") for p in _times(e)}:
        assert tzid in {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}

    # A second, independent reader, validating what it knows.
    strict = vobject.readOne(body.decode(), validate=True)
    assert len(getattr(strict, "vevent_list", [])) == len(calendar.walk("VEVENT"))
    # What a calendar app shows: every event, once (the demo's meetings go back to 2004).
    shown = recurring_ical_events.of(calendar).between(
        datetime.date(1990, 1, 1), datetime.date(2100, 1, 1)
    )
    assert len(shown) == len(calendar.walk("VEVENT"))
    return calendar


def _times(event):
    return [
        event[key] for key in ("DTSTART", "DTEND") if key in event and "TZID" in event[key].params
    ]
