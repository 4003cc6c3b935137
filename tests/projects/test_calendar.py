from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from tests.projects.factories import CallFactory

pytestmark = pytest.mark.django_db


def events(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_the_deadlines_feed_holds_every_published_deadline(client, landscape):
    response = client.get(reverse("projects:calendar"))
    found = events(response)
    assert set(found) == {
        "Deadline: Barents culture fund – Autumn call",
        "Deadline: Barents culture fund – Spring call",
        "Deadline: Arctic youth grants – Youth call",
        "Deadline: Barents scholarship – Nominations",
    }
    assert b"Draft call" not in response.content
    assert b"BEGIN:VTIMEZONE" in response.content
    assert b"TZID=Europe/Oslo" in response.content


def test_an_event_is_at_the_deadline_minute_with_a_stable_uid(client, db):
    deadline = timezone.now().replace(second=0, microsecond=0) + timedelta(days=3)
    call = CallFactory(deadline=deadline)
    [event] = events(client.get(reverse("projects:calendar"))).values()
    assert event.decoded("dtstart") == deadline
    assert str(event["uid"]) == f"call-{call.pk}-deadline@barentsportal.example"
    assert str(event["url"]).endswith(f"#call-{call.pk}")


def test_a_deadline_long_past_is_left_out(client, db):
    CallFactory(opens_at=None, deadline=timezone.now() - timedelta(days=400))
    assert events(client.get(reverse("projects:calendar"))) == {}


def test_a_programmes_feed_holds_only_its_own_deadlines(client, landscape):
    response = client.get(landscape["youth"].get_calendar_url())
    assert list(events(response)) == ["Deadline: Arctic youth grants – Youth call"]
    assert "arctic-youth-grants-deadlines.ics" in response["Content-Disposition"]


def test_a_draft_programmes_feed_is_404(client, landscape):
    assert client.get(landscape["draft"].get_calendar_url()).status_code == 404


def test_a_feed_under_another_languages_slug_redirects(client, landscape):
    programme = landscape["culture"]
    with translation.override("nb"):
        # The Norwegian address with the English slug in it.
        url = reverse("projects:programme-calendar", kwargs={"slug": programme.slug_en})
    response = client.get(url)
    with translation.override("nb"):
        assert response.status_code == 301
        assert response["Location"] == programme.get_calendar_url()
