"""The events' calendar files as calendar software reads them: valid under RFC 5545 and
RFC 7986 whatever the text, one event under every host name."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils.translation import override

from tests.calendar_checks import check_calendar
from tests.hostile import HOSTILE
from tests.news.factories import EventFactory

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")
SOON = datetime.datetime.now(OSLO).replace(microsecond=0) + datetime.timedelta(days=30)


def get_calendar(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response, check_calendar(response.content)


@pytest.fixture
def events():
    return [
        EventFactory(title_en="Conference", start=SOON, end=SOON + datetime.timedelta(hours=3)),
        EventFactory(title_en="Instant", start=SOON, end=SOON),
        EventFactory(title_en="Open end", start=SOON, end=None),
        EventFactory(
            title_en="Festival",
            all_day=True,
            start=SOON,
            end=SOON + datetime.timedelta(days=2),
        ),
    ]


def test_every_event_file_and_the_feed_are_valid_in_every_language(client, events):
    for code in ("nb", "ru", "en"):
        with override(code):
            urls = [event.get_ics_url() for event in events] + [reverse("news:event-feed")]
        for url in urls:
            get_calendar(client, url)


def test_an_event_ending_when_it_starts_has_no_end(client, events):
    _response, calendar = get_calendar(client, events[1].get_ics_url())
    (vevent,) = calendar.walk("VEVENT")
    assert "DTEND" not in vevent


def test_the_feed_asks_for_a_refresh_with_typed_durations(client, events):
    response, _calendar = get_calendar(client, reverse("news:event-feed"))
    body = response.content.decode()
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT" in body
    assert "\r\nX-PUBLISHED-TTL:PT" in body


def test_an_empty_feed_is_a_calendar_with_the_sites_time_zone(client):
    _response, calendar = get_calendar(client, reverse("news:event-feed"))
    assert calendar.walk("VEVENT") == []
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]


def test_an_event_has_the_same_uid_under_every_host_name(client, events, settings):
    settings.ALLOWED_HOSTS = ["portal.example", "www.portal.example"]
    uids = []
    for host in settings.ALLOWED_HOSTS:
        _response, calendar = get_calendar(client, events[0].get_ics_url(), HTTP_HOST=host)
        uids.append(str(calendar.walk("VEVENT")[0]["UID"]))
    assert uids[0] == uids[1] == f"event-{events[0].pk}@{settings.CALENDAR_UID_DOMAIN}"


def test_hostile_text_in_every_field_never_breaks_a_calendar(client):
    event = EventFactory(
        title_en=HOSTILE[:200],
        summary_en=HOSTILE,
        location_en=HOSTILE[:200],
        city_en=HOSTILE[:100],
        start=SOON,
    )
    for url in (event.get_ics_url(), reverse("news:event-feed")):
        _response, calendar = get_calendar(client, url)
        (vevent,) = calendar.walk("VEVENT")
        summary = str(vevent["SUMMARY"])
        # Read back as written, but for the control characters and with CR as LF.
        assert summary.startswith('Tromsø <script>alert("x")</script> ]]> <!-- ')
        assert "line\nbreak\ncarriage\nfeed" in summary
        assert "comma, semi; back\\slash" in summary
        assert "\x0b" not in summary
        assert str(vevent["LOCATION"]).startswith("Tromsø <script>")
