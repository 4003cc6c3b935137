"""iCalendar (RFC 5545) files: the one builder every section's calendar goes through.

A section writes its own `VEVENT`s (what an event or a deadline says); this module wraps them
in a calendar, adds the VTIMEZONE rules they use and answers with the file. Times stay in their
own zone with its rules (Europe/Oslo for most), so a meeting at 09:00 Oslo time stays at 09:00
in a calendar app on both sides of a DST change. UIDs depend only on the item and the site's
host: the same in every language, so subscribing to another language's feed, or a moved date,
does not duplicate an event.
"""

import datetime

import icalendar
from django.conf import settings
from django.http import HttpResponse

PRODID = "-//Barents Secretariat//Barents Portal//EN"
CONTENT_TYPE = "text/calendar; charset=utf-8"

# VTIMEZONE rules cover the events' dates and a year either side, not every transition
# since 1970.
TIMEZONE_MARGIN = datetime.timedelta(days=366)


def uid(item, request):
    """A UID stable across languages and edits: `item` names the thing ("event-12")."""
    return f"{item}@{request.get_host().split(':')[0]}"


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
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if refresh:
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", icalendar.vDuration(refresh))
    days = []
    for event in events:
        calendar.add_component(event)
        days.extend(_day(event.decoded(key)) for key in ("dtstart", "dtend") if key in event)
    if days:
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
