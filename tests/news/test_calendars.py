"""Calendar files: valid iCalendar, the event's own zone, stable UIDs, DST-proof times."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.urls import reverse
from django.utils.translation import override

from tests.news.factories import EventFactory

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")
# Norway moves its clocks forward on the last Sunday of March: 28 March 2027.
BEFORE_DST = datetime.datetime(2027, 3, 26, 9, 0, tzinfo=OSLO)
AFTER_DST = datetime.datetime(2027, 3, 30, 9, 0, tzinfo=OSLO)


def calendar_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


@pytest.fixture
def meetings_around_the_dst_change():
    return [
        EventFactory(title_en="Before the change", start=BEFORE_DST, end=None),
        EventFactory(title_en="After the change", start=AFTER_DST, end=None),
    ]


def test_nine_oclock_in_oslo_is_nine_on_the_page_on_both_sides_of_a_dst_change(
    client, meetings_around_the_dst_change
):
    for event in meetings_around_the_dst_change:
        page = client.get(f"/nb/arrangementer/{event.slug_en}/", follow=True).content.decode()
        assert ", 09:00</time>" in page
    march = client.get("/en/events/calendar/2027/03/").content.decode()
    days = march.split("<tbody>")[1].split("</td>")
    assert any("26 March 2027" in day and "Before the change" in day for day in days)
    assert any("30 March 2027" in day and "After the change" in day for day in days)


def test_nine_oclock_in_oslo_is_nine_in_the_ics_on_both_sides_of_a_dst_change(
    client, meetings_around_the_dst_change
):
    offsets = []
    for event in meetings_around_the_dst_change:
        response = client.get(event.get_ics_url())
        body = response.content.decode()
        assert f"DTSTART;TZID=Europe/Oslo:{event.start.astimezone(OSLO):%Y%m%d}T090000" in body
        calendar = calendar_of(response)
        assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Oslo"]
        (vevent,) = calendar.events
        start = vevent.start
        assert (start.hour, start.minute) == (9, 0)
        offsets.append(start.utcoffset())
    assert offsets == [datetime.timedelta(hours=1), datetime.timedelta(hours=2)]


def test_the_ics_of_an_event_is_an_attachment_reached_by_any_languages_slug(client):
    event = EventFactory(title_en="Kirkenes Conference", title_nb="Kirkeneskonferansen")
    response = client.get(f"/en/events/{event.slug_nb}/calendar.ics")
    assert response.status_code == 301
    assert response["Location"] == "/en/events/kirkenes-conference/calendar.ics"
    response = client.get(response["Location"])
    assert response["Content-Disposition"] == 'attachment; filename="kirkenes-conference.ics"'
    (vevent,) = calendar_of(response).events
    assert vevent["SUMMARY"] == "Kirkenes Conference"
    assert vevent["URL"] == "http://testserver/en/events/kirkenes-conference/"


def test_an_all_day_event_is_written_with_dates_and_an_exclusive_end(client):
    event = EventFactory(
        all_day=True,
        start=datetime.datetime(2027, 6, 1, tzinfo=OSLO),
        end=datetime.datetime(2027, 6, 3, tzinfo=OSLO),
    )
    body = client.get(event.get_ics_url()).content.decode()
    assert "DTSTART;VALUE=DATE:20270601" in body
    assert "DTEND;VALUE=DATE:20270604" in body


def test_an_event_abroad_keeps_its_own_zone_in_the_ics(client):
    helsinki = ZoneInfo("Europe/Helsinki")
    event = EventFactory(
        time_zone="Europe/Helsinki",
        start=datetime.datetime(2027, 1, 12, 10, tzinfo=helsinki),
        end=datetime.datetime(2027, 1, 12, 16, tzinfo=helsinki),
    )
    body = client.get(event.get_ics_url()).content.decode()
    assert "DTSTART;TZID=Europe/Helsinki:20270112T100000" in body
    assert "TZID:Europe/Helsinki" in body


def test_the_feed_has_the_upcoming_events_in_the_urls_language_with_the_same_uids(client):
    first = EventFactory(title_en="Seminar", title_nb="Seminar på norsk", title_ru="Семинар")
    second = EventFactory(title_en="Conference", title_nb="Konferanse", title_ru="Конференция")
    uids = {}
    for code in ("nb", "ru", "en"):
        with override(code):
            response = client.get(reverse("news:event-feed"))
        calendar = calendar_of(response)
        summaries = {str(vevent["SUMMARY"]) for vevent in calendar.events}
        uids[code] = {str(vevent["UID"]) for vevent in calendar.events}
        expected = {getattr(first, f"title_{code}"), getattr(second, f"title_{code}")}
        assert summaries == expected
        assert "REFRESH-INTERVAL" in response.content.decode()
    assert (
        uids["nb"]
        == uids["ru"]
        == uids["en"]
        == {
            f"event-{first.pk}@barentsportal.example",
            f"event-{second.pk}@barentsportal.example",
        }
    )


def test_the_feed_of_a_quiet_period_is_still_a_valid_calendar(client):
    calendar = calendar_of(client.get(reverse("news:event-feed")))
    assert calendar.events == []
