"""The deadline calendars as calendar software reads them: valid under RFC 5545 and RFC 7986
whatever the text, deadlines as instants, and a programme without deadlines still a
calendar."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.calendar_checks import check_calendar
from tests.hostile import HOSTILE
from tests.projects.factories import CallFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def get_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, check_calendar(response.content)


def test_every_deadline_calendar_is_valid_in_every_language(client, landscape):
    for code in ("nb", "ru", "en"):
        with override(code):
            urls = [reverse("projects:calendar")] + [
                landscape[key].get_calendar_url() for key in ("culture", "youth")
            ]
        for url in urls:
            _response, calendar = get_calendar(client, url)
            assert calendar.walk("VEVENT")


def test_a_deadline_is_an_instant_without_an_end(client, db):
    deadline = timezone.now().replace(second=0, microsecond=0) + timedelta(days=3)
    CallFactory(deadline=deadline)
    response, calendar = get_calendar(client, reverse("projects:calendar"))
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == deadline
    assert "DTEND" not in vevent and "DURATION" not in vevent
    body = response.content.decode()
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in body
    assert "\r\nX-PUBLISHED-TTL:PT12H\r\n" in body


def test_a_programme_without_deadlines_has_a_calendar_with_only_its_time_zone(client, db):
    programme = ProgrammeFactory()
    _response, calendar = get_calendar(client, programme.get_calendar_url())
    assert calendar.walk("VEVENT") == []
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]


def test_hostile_text_in_every_field_never_breaks_a_deadline_calendar(client, db):
    programme = ProgrammeFactory(name_en=HOSTILE[:200], summary_en=HOSTILE)
    CallFactory(programme=programme, title_en=HOSTILE[:200], summary_en=HOSTILE)
    for url in (reverse("projects:calendar"), programme.get_calendar_url()):
        _response, calendar = get_calendar(client, url)
        (vevent,) = calendar.walk("VEVENT")
        assert "line\nbreak\ncarriage\nfeed" in str(vevent["SUMMARY"])
        assert "comma, semi; back\\slash" in str(vevent["DESCRIPTION"])
