import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import IntegrityError
from django.utils.translation import override

from barents_portal.languages import shown_language
from news.models import Article, Event
from tests.news.factories import ArticleFactory, EventFactory, SeriesFactory

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")


def test_regions_fill_in_their_countries():
    article = ArticleFactory(regions=["FI-10", "RU-MUR"], countries=["NO"])
    assert article.countries == ["FI", "NO", "RU"]


def test_the_country_filter_finds_articles_by_region():
    ArticleFactory(title_en="Lapland story", regions=["FI-10"])
    ArticleFactory(title_en="Finnmark story", regions=["NO-56"])
    titles = list(Article.objects.published().in_country("FI").values_list("title_en", flat=True))
    assert titles == ["Lapland story"]


def test_an_event_cannot_end_before_it_starts():
    start = datetime.datetime(2027, 5, 1, 9, tzinfo=OSLO)
    with pytest.raises(IntegrityError):
        EventFactory(start=start, end=start - datetime.timedelta(hours=1))


def test_a_number_in_a_series_is_unique_and_needs_a_series():
    series = SeriesFactory()
    EventFactory(series=series, ordinal=1)
    with pytest.raises(IntegrityError):
        EventFactory(series=series, ordinal=1)


def test_an_ordinal_without_a_series_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        EventFactory(ordinal=3)


def test_upcoming_counts_an_event_until_it_ends():
    now = datetime.datetime(2027, 5, 1, 12, tzinfo=OSLO)
    running = EventFactory(
        start=now - datetime.timedelta(hours=3), end=now + datetime.timedelta(hours=1)
    )
    EventFactory(start=now - datetime.timedelta(hours=3), end=now - datetime.timedelta(hours=1))
    assert list(Event.objects.upcoming(now=now)) == [running]


def test_slugs_are_unique_per_language_and_untranslated_ones_stay_empty():
    first = ArticleFactory(title_en="Same title", title_nb="", title_ru="")
    second = ArticleFactory(title_en="Same title", title_nb="", title_ru="")
    assert (first.slug_en, second.slug_en) == ("same-title", "same-title-2")
    assert first.slug_nb is None and second.slug_ru is None


@pytest.mark.parametrize("language", ["nb", "ru", "en"])
def test_the_calendars_rows_show_what_the_events_themselves_show(language):
    EventFactory(title_en="", title_ru="", title_nb="Bare på norsk")
    EventFactory(title_en="", title_nb="", title_ru="Только по-русски", cancelled=True)
    EventFactory(all_day=True, time_zone=Event.TimeZone.MOSCOW)
    EventFactory(start=datetime.datetime(2027, 5, 1, 23, tzinfo=OSLO), end=None)
    with override(language):
        events = list(Event.objects.order_by("start", "pk"))
        entries = Event.objects.calendar_entries()
        assert [(e["title"], e["lang"], e["url"], e["cancelled"]) for e in entries] == [
            (event.title, foreign, event.get_absolute_url(), event.cancelled)
            for event in events
            # The language is named where it is not the page's (lang_attr, fallback_label).
            for foreign in [shown_language(event) if shown_language(event) != language else None]
        ]
        assert [(e["first_day"], e["last_day"]) for e in entries] == [
            (event.first_day, event.last_day) for event in events
        ]
