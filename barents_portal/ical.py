"""iCalendar (RFC 5545) files: the one builder every section's calendar goes through.

A section writes its own `VEVENT`s (what an event or a deadline says); this module wraps them
in a calendar, adds the VTIMEZONE rules they use and answers with the file. Times stay in their
own zone with its rules (Europe/Oslo for most), so a meeting at 09:00 Oslo time stays at 09:00
in a calendar app on both sides of a DST change. UIDs depend only on the item and the fixed
setting CALENDAR_UID_DOMAIN, never on the host name a request came in by: the same in every
language and under every host name, so subscribing to another language's feed, or by
another address, or a moved date, does not duplicate an event.

Sections give icalendar raw text (it escapes line breaks, commas, semicolons and
backslashes itself); `text()` only removes the control characters RFC 5545 forbids.
"""

import datetime

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from barents_portal import plaintext

PRODID = "-//Barents Secretariat//Barents Portal//EN"
CONTENT_TYPE = "text/calendar; charset=utf-8"

# VTIMEZONE rules cover the events' dates and a year either side, not every transition
# since 1970.
TIMEZONE_MARGIN = datetime.timedelta(days=366)


def uid(item):
    """A UID stable across languages, host names and edits: `item` names it ("event-12")."""
    return f"{item}@{settings.CALENDAR_UID_DOMAIN}"


def text(value):
    """Raw text for a TEXT property: no control characters, line breaks as LF."""
    return plaintext.clean(value)


def _day(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def calendar_file(events, *, name, refresh=None):
    """The calendar holding `events` (icalendar.Event components), as bytes.

    `refresh` (a timedelta) is how often a subscribed calendar app should fetch the feed
    again; leave it out for a one-off file.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # NAME and X-WR-CALNAME are not typed by icalendar: given as vText, they are escaped.
    calendar.add("name", icalendar.vText(text(name)))
    calendar.add("x-wr-calname", icalendar.vText(text(name)))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if refresh:
        # RFC 7986 types the value (VALUE=DURATION); the older X-PUBLISHED-TTL that Outlook
        # reads is untyped, so its duration is written out by hand ("PT6H", not "6:00:00").
        calendar.add(
            "refresh-interval", icalendar.vDuration(refresh), parameters={"VALUE": "DURATION"}
        )
        calendar.add("x-published-ttl", icalendar.vDuration(refresh).to_ical().decode())
    days = []
    for event in events:
        calendar.add_component(event)
        days.extend(_day(event.decoded(key)) for key in ("dtstart", "dtend") if key in event)
    if not days:
        # The grammar wants at least one component: a calendar with nothing in it yet (a
        # programme without deadlines, a quiet month) still describes the site's zone.
        days = [timezone.localdate()]
        calendar.add_component(
            icalendar.Timezone.from_tzid(
                settings.TIME_ZONE,
                first_date=days[0] - TIMEZONE_MARGIN,
                last_date=days[0] + TIMEZONE_MARGIN,
            )
        )
    calendar.add_missing_timezones(
        first_date=min(days) - TIMEZONE_MARGIN, last_date=max(days) + TIMEZONE_MARGIN
    )
    return calendar.to_ical()


def calendar_response(body, filename, *, inline=False):
    """The HTTP answer for a calendar file: a download, or `inline` for a feed to subscribe to."""
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
