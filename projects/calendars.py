"""Deadlines as calendar events (barents_portal.ical builds the feed around them).

One event per call deadline, at the minute the call closes, in Europe/Oslo time, with a
reminder a week before. UIDs are stable (the call's id and CALENDAR_UID_DOMAIN), so a moved
deadline moves the event in subscribers' calendars instead of adding a second one.

A deadline is an instant: a DTSTART with no DTEND, the form RFC 5545 gives a date-time event
that takes no time (§3.6.1). Google Calendar, Apple Calendar, Outlook and Thunderbird show
it as a short marker at the closing minute, where it belongs; a DTEND equal to the start is
invalid, and a later one would claim the call stays open after it closes.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Alarm, Event

from barents_portal import ical

REFRESH = timedelta(hours=12)
REMINDER = timedelta(days=7)
PAST = timedelta(days=365)  # subscribers keep seeing last year's deadlines


def calendar_calls(calls):
    """The deadlines a feed holds: published, with a deadline, from a year ago on."""
    return (
        calls.published()
        .filter(deadline__gte=timezone.now() - PAST)
        .select_related("programme")
        .order_by("deadline", "pk")
    )


def deadline_event(call, request, stamp):
    programme = call.programme
    deadline = timezone.localtime(call.deadline)
    event = Event()
    event.add("uid", ical.uid(f"call-{call.pk}-deadline"))
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline)
    event.add("transp", "TRANSPARENT")
    event.add(
        "summary",
        ical.text(
            gettext("Deadline: %(programme)s – %(call)s")
            % {"programme": programme.name, "call": call.title}
        ),
    )
    url = request.build_absolute_uri(call.get_absolute_url())
    event.add("url", url)
    event.add("description", ical.text("\n\n".join(filter(None, [call.summary, url]))))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -REMINDER)
    alarm.add(
        "description",
        ical.text(gettext("One week left: %(programme)s") % {"programme": programme.name}),
    )
    event.add_component(alarm)
    return event


def deadlines_ics(calls, name, request):
    """The feed of `calls`' deadlines (through `calendar_calls()`), as bytes."""
    stamp = timezone.now().replace(microsecond=0)
    events = [deadline_event(call, request, stamp) for call in calendar_calls(calls)]
    return ical.calendar_file(events, name=name, refresh=REFRESH)
