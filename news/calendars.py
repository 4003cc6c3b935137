"""iCalendar (RFC 5545) files of events: one per event, and a feed to subscribe to.

Times are written in the event's own zone with its VTIMEZONE (Europe/Oslo for most), so a
meeting at 09:00 Oslo time stays at 09:00 in a calendar app on both sides of a DST change.
UIDs depend only on the event's id and the site's host: the same in every language, so
subscribing to another language's feed does not duplicate events.
"""

import datetime

import icalendar

PRODID = "-//Barents Secretariat//Barents Portal//EN"


def _uid(event, host):
    return f"event-{event.pk}@{host}"


def event_component(event, request):
    url = request.build_absolute_uri(event.get_absolute_url())
    component = icalendar.Event()
    component.add("uid", _uid(event, request.get_host().split(":")[0]))
    component.add("dtstamp", event.updated_at or event.published_at)
    if event.created_at:
        component.add("created", event.created_at)
    if event.updated_at:
        component.add("last-modified", event.updated_at)
    component.add("summary", event.title)
    if event.all_day:
        component.add("dtstart", event.first_day)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.local_start)
        if event.end:
            component.add("dtend", event.local_end)
    description = [event.summary, event.online_url, url]
    component.add("description", "\n\n".join(part for part in description if part))
    location = ", ".join(
        part
        for part in (
            event.location,
            event.city,
            event.get_country_display() if event.country else "",
        )
        if part
    )
    if location:
        component.add("location", location)
    elif event.online_url:
        component.add("location", event.online_url)
    component.add("url", url)
    component.add("categories", [event.get_kind_display()])
    component.add("status", "CONFIRMED")
    component.add("class", "PUBLIC")
    return component


def build_calendar(events, request, name, *, refresh_hours=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Oslo")
    if refresh_hours:
        calendar.add("refresh-interval", datetime.timedelta(hours=refresh_hours))
        calendar.add("x-published-ttl", datetime.timedelta(hours=refresh_hours))
    events = list(events)
    for event in events:
        calendar.add_component(event_component(event, request))
    if events:
        # Just the rules the events need, not every transition since 1970.
        first = min(event.first_day for event in events) - datetime.timedelta(days=366)
        last = max(event.last_day for event in events) + datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()
