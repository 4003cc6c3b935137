"""The clock the tests run on: what is published follows the application's clock.

The suite moves the clock (`frozen_clock`, `--clock` in tests/environment.py) while
PostgreSQL's own `now()` keeps the real time, so every query must compare with
`timezone.now()` passed as a parameter — as `published()` does.
"""

from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.utils import timezone

from secretariat.models import Page
from tests.environment import session_start
from tests.secretariat.factories import PageFactory


@pytest.mark.django_db
def test_published_follows_the_applications_clock_not_the_databases():
    scheduled = PageFactory(scheduled=True)
    draft = PageFactory(draft=True)
    live = PageFactory()
    assert set(Page.objects.published()) == {live}
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        assert set(Page.objects.published()) == {live, scheduled}
    with time_machine.travel(timezone.now() - timedelta(days=2)):
        assert set(Page.objects.published()) == set()
    assert draft.published_at is None


def test_the_frozen_clock_starts_at_noon_oslo_time_today(frozen_clock):
    local = timezone.localtime()
    assert (local.hour, local.minute) == (12, 0)
    assert str(local.tzinfo) == "Europe/Oslo"


def test_the_session_clock_reads_a_time_today_or_a_day_and_time():
    oslo = timezone.get_default_timezone()
    start = session_start("23:58", oslo)
    assert start.time() == time(23, 58) and start.tzinfo is oslo
    assert start.date() == datetime.now(oslo).date()
    assert session_start("2027-01-31 23:59", oslo) == datetime(2027, 1, 31, 23, 59, tzinfo=oslo)
    with pytest.raises(pytest.UsageError):
        session_start("midnight", oslo)
