"""Deadlines as an iCalendar feed (RFC 5545) that calendar apps can subscribe to.

One event per call deadline, at the minute the call closes, in Europe/Oslo time (the
feed carries the VTIMEZONE), with a reminder a week before. UIDs are stable, so a moved
deadline moves the event in subscribers' calendars instead of adding a second one.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Alarm, Calendar, Event

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


def deadlines_ics(calls, name, request):
    """`calls` must come through `calendar_calls()`; returns the feed as bytes."""
    host = request.get_host().split(":")[0]
    stamp = timezone.now().replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//Barents Portal//Funding deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH)
    for call in calls:
        programme = call.programme
        deadline = timezone.localtime(call.deadline)
        event = Event()
        event.add("uid", f"call-{call.pk}-deadline@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline)
        event.add("dtend", deadline)
        event.add("transp", "TRANSPARENT")
        event.add(
            "summary",
            gettext("Deadline: %(programme)s – %(call)s")
            % {"programme": programme.name, "call": call.title},
        )
        url = request.build_absolute_uri(call.get_absolute_url())
        event.add("url", url)
        event.add("description", "\n\n".join(filter(None, [call.summary, url])))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -REMINDER)
        alarm.add(
            "description",
            gettext("One week left: %(programme)s") % {"programme": programme.name},
        )
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
