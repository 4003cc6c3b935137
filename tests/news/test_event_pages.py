import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from news.models import Document
from tests.news.factories import DocumentFactory, EventFactory, SeriesFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["nb", "ru", "en"]
OSLO = ZoneInfo("Europe/Oslo")


def html(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def meeting():
    series = SeriesFactory(title_en="Barents Industrial Partnership Meetings")
    return EventFactory(
        title_en="8th Barents Industrial Partnership Meeting",
        series=series,
        ordinal=8,
        theme_en="Investment in the Barents Region",
        start=datetime.datetime(2011, 6, 15, tzinfo=ZoneInfo("Europe/Stockholm")),
        end=None,
        all_day=True,
        time_zone="Europe/Stockholm",
        city_en="Haparanda",
        country="SE",
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_event_page_answers_in_each_language_with_one_h1(client, meeting, code):
    upcoming = EventFactory()
    with override(code):
        urls = [
            reverse("news:event-list"),
            reverse("news:event-year", args=[2011]),
            reverse("news:event-month", args=[2011, 6]),
            meeting.get_absolute_url(),
            upcoming.get_absolute_url(),
            meeting.series.get_absolute_url(),
        ]
    for url in urls:
        page = html(client.get(url))
        assert f'<html lang="{code}">' in page, url
        assert page.count("<h1") == 1, url


def test_the_event_list_shows_what_is_under_way_and_coming_but_not_what_is_over(client):
    now = timezone.now()
    EventFactory(title_en="Going on now", start=now - datetime.timedelta(hours=1))
    EventFactory(
        title_en="Over already",
        start=now - datetime.timedelta(hours=3),
        end=now - datetime.timedelta(hours=2),
    )
    EventFactory(title_en="Coming up")
    page = html(client.get("/en/events/"))
    assert "Going on now" in page and "Coming up" in page and "Over already" not in page


def test_an_all_day_event_lasts_until_the_end_of_its_last_day_in_its_own_zone(client, frozen_clock):
    today = timezone.localdate()
    event = EventFactory(
        title_en="Film days",
        all_day=True,
        start=datetime.datetime.combine(
            today - datetime.timedelta(days=2), datetime.time(15), OSLO
        ),
        end=datetime.datetime.combine(today, datetime.time(1), OSLO),
    )
    assert event.start == datetime.datetime.combine(
        today - datetime.timedelta(days=2), datetime.time(), OSLO
    )
    assert event.ends_at == datetime.datetime.combine(
        today + datetime.timedelta(days=1), datetime.time(), OSLO
    )
    assert "Film days" in html(client.get("/en/events/"))


def test_past_events_are_listed_by_year(client, meeting):
    page = html(client.get(reverse("news:event-year", args=[2011])))
    assert meeting.title_en in page
    assert 'href="/en/events/archive/2011/" aria-current="page"' in page


def test_the_month_view_is_a_table_with_weeks_weekdays_and_each_day_of_an_event(client):
    EventFactory(
        title_en="Three-day conference",
        start=datetime.datetime(2027, 3, 30, 9, tzinfo=OSLO),
        end=datetime.datetime(2027, 4, 1, 15, tzinfo=OSLO),
    )
    page = html(client.get("/en/events/calendar/2027/03/"))
    assert "<table" in page and "<caption>March 2027 · 1 event</caption>" in page
    assert '<th scope="col"><abbr title="Monday">Mon</abbr></th>' in page
    assert '<th scope="row"><span class="visually-hidden">Week </span>13</th>' in page
    assert page.count(">Three-day conference</a>") == 2  # 30 and 31 March
    assert 'href="/en/events/calendar/2027/02/"' in page
    assert 'href="/en/events/calendar/2027/04/"' in page
    april = html(client.get("/en/events/calendar/2027/04/"))
    assert april.count(">Three-day conference</a>") == 1


def test_the_month_view_marks_today(client, frozen_clock):
    today = timezone.localdate()
    page = html(client.get(reverse("news:event-month", args=[today.year, today.month])))
    assert page.count('aria-current="date"') == 1


def test_an_event_page_groups_its_documents_by_type_with_their_language_versions(client, meeting):
    programme = DocumentFactory(event=meeting, kind="programme", title_en="Programme")
    DocumentFactory(
        event=meeting,
        kind="programme",
        language="ru",
        title_en="Programme",
        title_ru="Программа",
        translation_of=programme,
    )
    DocumentFactory(event=meeting, kind="invitation", title_en="Invitation")
    page = html(client.get(meeting.get_absolute_url()))
    documents = page.split('id="documents-title"')[1]
    assert documents.index("<h3>Invitation</h3>") < documents.index("<h3>Programme</h3>")
    assert "Also available in:" in documents and 'hreflang="ru"' in documents
    assert "meeting no. 8" in page and "Investment in the Barents Region" in page

    russian = html(client.get(f"/ru/meropriyatiya/{meeting.slug_en}/", follow=True))
    ru_documents = russian.split('id="documents-title"')[1]
    assert ">Программа</a>" in ru_documents  # the Russian version comes first for ru readers


def test_the_series_page_lists_its_meetings_with_number_date_place_and_theme(client, meeting):
    page = html(client.get(meeting.series.get_absolute_url()))
    item = page.split('id="meeting-8"')[1]
    assert "No. 8 · Haparanda, Sweden" in item
    assert "15 June 2011" in item
    assert "Investment in the Barents Region" in item


def test_the_series_page_lists_each_meetings_documents_with_a_link_per_language(client, meeting):
    speech = DocumentFactory(event=meeting, kind="speech", title_en="Speech by the minister")
    russian = DocumentFactory(
        event=meeting,
        kind="speech",
        language="ru",
        title_en="Speech by the minister",
        title_ru="Речь министра",
        translation_of=speech,
    )
    page = html(client.get(meeting.series.get_absolute_url()))
    item = page.split('id="meeting-8"')[1]
    assert "Speech by the minister" in item and "Речь министра" not in item
    languages = item.split('class="document-languages"')[1].split("</span>\n")[0]
    english_link = f'href="{speech.get_absolute_url()}" hreflang="en"'
    russian_link = f'href="{russian.get_absolute_url()}" hreflang="ru"'
    assert languages.index(english_link) < languages.index(" · ") < languages.index(russian_link)
    assert '<abbr title="English">EN</abbr>' in languages
    assert '<abbr title="Russian">RU</abbr>' in languages
    assert client.get(russian.get_absolute_url()).status_code == 200

    with override("ru"):
        russian_url = meeting.series.get_absolute_url()
    in_russian = html(client.get(russian_url))
    assert "Речь министра" in in_russian.split('id="meeting-8"')[1]


def test_series_meetings_and_documents_show_their_links_to_other_sites_as_external(client, meeting):
    series = meeting.series
    series.link_url, series.link_label_en = "https://council.example/", "The council"
    series.save()
    meeting.link_url, meeting.link_label_en = "https://wgec.example/8/", "WGEC web"
    meeting.save()
    DocumentFactory(event=meeting, link_url="https://slides.example/deck")
    page = html(client.get(series.get_absolute_url()))
    for url, label in [
        ("https://council.example/", "The council"),
        ("https://wgec.example/8/", "WGEC web"),
        ("https://slides.example/deck", "slides.example"),  # no label: the host
    ]:
        link = page.split(f'href="{url}"')[1].split("</a>")[0]
        assert 'rel="external"' in link and label in link
        assert "↗" in link and "(another website)" in link
    assert 'target="_blank"' not in page
    event_page = html(client.get(meeting.get_absolute_url()))
    assert 'href="https://wgec.example/8/" rel="external"' in event_page


def test_an_event_abroad_shows_its_local_time_and_names_the_zone(client):
    event = EventFactory(
        title_en="Seminar in Rovaniemi",
        time_zone="Europe/Helsinki",
        start=datetime.datetime(2027, 1, 12, 10, tzinfo=ZoneInfo("Europe/Helsinki")),
        end=datetime.datetime(2027, 1, 12, 16, tzinfo=ZoneInfo("Europe/Helsinki")),
    )
    page = html(client.get(f"/nb/arrangementer/{event.slug_en}/", follow=True))
    assert "12. januar 2027, 10:00</time>–<time" in page
    english = html(client.get(f"/en/events/{event.slug_en}/"))
    assert "12 January 2027, 10:00</time>" in english and "(Finnish time)" in english


def test_an_online_event_says_so(client):
    event = EventFactory(
        city_en="", city_nb="", city_ru="", country="", online_url="https://meet.example/x"
    )
    page = html(client.get(event.get_absolute_url()))
    assert 'href="https://meet.example/x"' in page


def test_a_document_kind_order_follows_the_order_of_a_meetings_papers():
    assert list(Document.Kind)[:3] == ["invitation", "programme", "participants"]
