"""A month of events laid out as weeks (Monday first, as in the Nordic countries)."""

import calendar
import datetime
import itertools
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.template.defaulttags import GroupedResult
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format

FIRST_YEAR, LAST_YEAR = 1990, 2100
ONE_DAY = datetime.timedelta(days=1)


def local_days(start, end, time_zone):
    """The first and last day of an event from `start` to `end` (or None), where it takes
    place (`time_zone`)."""
    tz = ZoneInfo(time_zone)
    return start.astimezone(tz).date(), (end or start).astimezone(tz).date()


def by_month(events):
    """Events, soonest first, in groups by the month they start in (the site's time zone),
    as `{% regroup events by start|date:"YEAR_MONTH_FORMAT" %}` groups them, with each
    month named once rather than once per event."""
    months = []
    starts = ((timezone.localtime(event.start), event) for event in events)
    for _month, group in itertools.groupby(starts, key=lambda pair: (pair[0].year, pair[0].month)):
        group = list(group)
        name = date_format(group[0][0], "YEAR_MONTH_FORMAT")
        months.append(GroupedResult(grouper=name, list=[event for _start, event in group]))
    return months


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


@dataclass
class Week:
    number: int
    days: list


class MonthGrid:
    def __init__(self, year, month):
        self.first = datetime.date(year, month, 1)
        self.last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        self.dates = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(year, month)
        self.weeks = []
        self.events = []

    def padded_range(self):
        """The moments to ask the database for: the month plus a day on each side, since an
        event's days are counted in its own time zone (Moscow is ahead of Oslo)."""
        tz = timezone.get_current_timezone()
        return (
            datetime.datetime.combine(self.first - ONE_DAY, datetime.time(), tzinfo=tz),
            datetime.datetime.combine(self.last + 2 * ONE_DAY, datetime.time(), tzinfo=tz),
        )

    def fill(self, entries):
        """Lays out EventQuerySet.calendar_entries() rows on their days."""
        by_day = {}
        for event in entries:
            day, last = max(event["first_day"], self.first), min(event["last_day"], self.last)
            if day > last:
                continue  # only in the padding
            self.events.append(event)
            while day <= last:
                by_day.setdefault(day, []).append(event)
                day += ONE_DAY
        today = timezone.localdate()
        self.weeks = [
            Week(
                number=week[0].isocalendar().week,
                days=[
                    Day(
                        date=day,
                        in_month=day.month == self.first.month,
                        is_today=day == today,
                        events=by_day.get(day, []) if day.month == self.first.month else [],
                    )
                    for day in week
                ],
            )
            for week in self.dates
        ]
        return self

    @property
    def weekdays(self):
        """(name, abbreviation) from Monday, in the active language."""
        return [(WEEKDAYS[day], WEEKDAYS_ABBR[day]) for day in range(7)]

    @property
    def previous(self):
        previous = self.first - ONE_DAY
        return previous.replace(day=1) if previous.year >= FIRST_YEAR else None

    @property
    def next(self):
        following = self.last + ONE_DAY
        return following if following.year <= LAST_YEAR else None
