"""The events of the calendar files (barents_portal.ical builds the files around them).

Times are written in the event's own zone; its UID depends only on the event's id (and the
fixed CALENDAR_UID_DOMAIN), the same in every language and under every host name. Text goes
to icalendar raw, through `ical.text()`: icalendar escapes it.
"""

import datetime

import icalendar

from barents_portal import ical


def event_component(event, request):
    url = request.build_absolute_uri(event.get_absolute_url())
    component = icalendar.Event()
    component.add("uid", ical.uid(f"event-{event.pk}"))
    component.add("dtstamp", event.updated_at or event.published_at)
    if event.created_at:
        component.add("created", event.created_at)
    if event.updated_at:
        component.add("last-modified", event.updated_at)
    component.add("summary", ical.text(event.title))
    if event.all_day:
        component.add("dtstart", event.first_day)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.local_start)
        # An end equal to the start is an instant: RFC 5545 wants DTEND later than DTSTART,
        # or none at all.
        if event.end and event.end > event.start:
            component.add("dtend", event.local_end)
    description = [event.summary, event.online_url, url]
    component.add("description", ical.text("\n\n".join(part for part in description if part)))
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
        component.add("location", ical.text(location))
    elif event.online_url:
        component.add("location", ical.text(event.online_url))
    component.add("url", url)
    component.add("categories", [ical.text(event.get_kind_display())])
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    component.add("class", "PUBLIC")
    return component


def build_calendar(events, request, name, *, refresh=None):
    return ical.calendar_file(
        [event_component(event, request) for event in events], name=name, refresh=refresh
    )
