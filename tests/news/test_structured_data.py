"""schema.org JSON-LD on event pages (Event) and detail pages (BreadcrumbList): valid JSON
of the right types, times with offsets, and no text can break out of the data block."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils.translation import override

from tests.hostile import HOSTILE
from tests.news.factories import ArticleFactory, EventFactory, SeriesFactory

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")
SOON = datetime.datetime.now(HELSINKI).replace(microsecond=0) + datetime.timedelta(days=20)
BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def blocks(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    page = response.content.decode()
    found = {}
    for payload in BLOCK.findall(page):
        data = json.loads(payload)
        assert data["@context"] == "https://schema.org"
        found[data["@type"]] = data
    return page, found


def test_an_event_page_describes_the_event_with_offsets_place_and_organizer(client):
    event = EventFactory(
        title_en="Barents Youth Forum",
        summary_en="Young people meet.",
        time_zone="Europe/Helsinki",
        start=datetime.datetime(2027, 3, 10, 10, tzinfo=HELSINKI),
        end=datetime.datetime(2027, 3, 11, 16, tzinfo=HELSINKI),
        location_en="Arktikum",
        city_en="Rovaniemi",
        country="FI",
        online_url="https://stream.example/forum",
    )
    with override("en"):
        _page, found = blocks(client, event.get_absolute_url())
    data = found["Event"]
    assert data["name"] == "Barents Youth Forum"
    assert data["startDate"] == "2027-03-10T10:00:00+02:00"
    assert data["endDate"] == "2027-03-11T16:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, online = data["location"]
    assert place["@type"] == "Place" and place["name"] == "Arktikum"
    assert place["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Rovaniemi",
        "addressCountry": "FI",
    }
    assert online == {"@type": "VirtualLocation", "url": "https://stream.example/forum"}
    assert data["organizer"]["@type"] == "Organization"
    assert data["url"] == f"http://testserver{event.get_absolute_url()}"
    assert data["inLanguage"] == "en"


def test_an_all_day_event_has_dates_and_a_norwegian_only_one_says_so(client):
    oslo = ZoneInfo("Europe/Oslo")
    event = EventFactory(
        title_en="",
        title_ru="",
        title_nb="Kulturfestival",
        all_day=True,
        start=datetime.datetime(2027, 6, 1, tzinfo=oslo),
        end=datetime.datetime(2027, 6, 3, tzinfo=oslo),
        city_en="Kirkenes",
        online_url="",
    )
    with override("ru"):
        _page, found = blocks(client, event.get_absolute_url())
    data = found["Event"]
    assert (data["startDate"], data["endDate"]) == ("2027-06-01", "2027-06-03")
    assert data["inLanguage"] == "nb"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"


def test_detail_pages_carry_their_breadcrumbs_as_a_breadcrumb_list(client):
    series = SeriesFactory(title_en="Partnership meetings")
    event = EventFactory(title_en="Meeting & more", series=series, ordinal=1)
    article = ArticleFactory(title_en="Scholarships")
    with override("en"):
        _page, found = blocks(client, event.get_absolute_url())
        names = [item["name"] for item in found["BreadcrumbList"]["itemListElement"]]
        assert names == ["Home", "Events", "Partnership meetings", "Meeting & more"]
        items = found["BreadcrumbList"]["itemListElement"]
        assert [item["position"] for item in items] == [1, 2, 3, 4]
        assert items[0]["item"] == "http://testserver/en/"
        assert items[2]["item"] == f"http://testserver{series.get_absolute_url()}"
        assert items[3]["item"] == f"http://testserver{event.get_absolute_url()}"
        _page, found = blocks(client, article.get_absolute_url())
        assert {"NewsArticle", "BreadcrumbList"} <= set(found)


def test_hostile_text_never_leaves_the_data_blocks(client):
    event = EventFactory(
        title_en=HOSTILE[:200],
        summary_en=HOSTILE,
        location_en=HOSTILE[:200],
        city_en=HOSTILE[:100],
    )
    with override("en"):
        page, found = blocks(client, event.get_absolute_url())
    assert set(found) == {"Event", "BreadcrumbList"}
    assert found["Event"]["name"].startswith('Tromsø <script>alert("x")</script> ]]> <!-- ')
    assert "\x0b" not in found["Event"]["description"]
    assert found["BreadcrumbList"]["itemListElement"][-1]["name"].startswith("Tromsø <script>")
    assert "<script>alert" not in page and "<img src=x" not in page


def test_a_cancelled_event_says_so_on_its_page_in_its_data_and_in_calendars(client):
    event = EventFactory(title_en="Called off", cancelled=True)
    with override("en"):
        page, found = blocks(client, event.get_absolute_url())
        body = client.get(event.get_ics_url()).content.decode()
    assert found["Event"]["eventStatus"] == "https://schema.org/EventCancelled"
    assert "This event has been cancelled." in page
    assert "\r\nSTATUS:CANCELLED\r\n" in body


def test_a_cancelled_event_is_marked_in_the_lists_and_the_month(client):
    # At noon, so the two hours stay on one day of the month (at 23:58 SOON crosses midnight).
    noon = SOON.replace(hour=12, minute=0, second=0)
    event = EventFactory(title_en="Called off", cancelled=True, start=noon)
    EventFactory(title_en="Still on", start=noon)
    with override("en"):
        for url in (reverse("news:event-list"), month_url(event)):
            page = client.get(url).content.decode()
            assert page.count('class="tag tag--cancelled">Cancelled<') == 1, url


def month_url(event):
    start = event.local_start
    return reverse("news:event-month", kwargs={"year": start.year, "month": start.month})
