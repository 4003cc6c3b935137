"""Every public page runs the same number of queries with a few items as with many."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.news.factories import (
    OSLO,
    ArticleFactory,
    DocumentFactory,
    EventFactory,
    SeriesFactory,
    TopicFactory,
)
from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = pytest.mark.django_db


def articles(count, **kwargs):
    topics = TopicFactory.create_batch(2)
    return [ArticleFactory(topics=topics, featured=True, **kwargs) for _ in range(count)]


def events_this_month(count):
    first = timezone.localdate().replace(day=1)
    for index in range(count):
        day = first + datetime.timedelta(days=index % 27)
        start = datetime.datetime.combine(day, datetime.time(9), OSLO)
        EventFactory(start=start, end=start + datetime.timedelta(days=index % 3))


class Scenario:
    """`add(n)` creates n more items of what the page lists; `url()` is the page."""

    def __init__(self, add, url):
        self.add, self.url = add, url


def home():
    def add(n):
        articles(n)
        EventFactory.create_batch(n)
        OfficeFactory.create_batch(n)
        PageFactory.create_batch(n, show_in_navigation=True)

    return Scenario(add, lambda: "/en/")


def news_index():
    return Scenario(lambda n: articles(n), lambda: "/en/news/")


def filtered_news_index():
    topic = TopicFactory(name_en="Culture")

    def add(n):
        for _ in range(n):
            ArticleFactory(topics=[topic], regions=["FI-10"])

    return Scenario(add, lambda: f"/en/news/?topic=culture&country=FI&year={timezone.now().year}")


def topic_page():
    topic = TopicFactory(name_en="Culture")

    def add(n):
        for _ in range(n):
            ArticleFactory(topics=[topic])

    return Scenario(add, lambda: "/en/news/topics/culture/")


def article_page():
    topics = TopicFactory.create_batch(2)
    article = ArticleFactory(
        topics=topics, published_at=timezone.now() - datetime.timedelta(days=30)
    )

    def add(n):
        article.topics.add(*TopicFactory.create_batch(n))
        for _ in range(n):
            ArticleFactory(topics=topics)

    return Scenario(add, article.get_absolute_url)


def event_list():
    return Scenario(lambda n: EventFactory.create_batch(n), lambda: "/en/events/")


def month_view():
    today = timezone.localdate()
    return Scenario(
        events_this_month, lambda: reverse("news:event-month", args=[today.year, today.month])
    )


def event_page():
    event = EventFactory(series=SeriesFactory(), ordinal=1)

    def add(n):
        for _ in range(n):
            original = DocumentFactory(event=event)
            DocumentFactory(event=event, language="ru", translation_of=original)

    return Scenario(add, event.get_absolute_url)


def series_page():
    series = SeriesFactory()
    counter = iter(range(1, 1000))

    def add(n):
        for _ in range(n):
            meeting = EventFactory(
                series=series, ordinal=next(counter), link_url="https://x.example/"
            )
            original = DocumentFactory(event=meeting, link_url="https://y.example/")
            DocumentFactory(event=meeting, language="ru", translation_of=original)

    return Scenario(add, series.get_absolute_url)


def rss_feed():
    return Scenario(lambda n: articles(n), lambda: reverse("news:rss"))


def topic_feed():
    topic = TopicFactory(name_en="Culture")

    def add(n):
        for _ in range(n):
            ArticleFactory(topics=[topic, TopicFactory()])

    return Scenario(add, topic.get_atom_url)


def calendar_feed():
    return Scenario(lambda n: EventFactory.create_batch(n), lambda: reverse("news:event-feed"))


def sitemap():
    def add(n):
        articles(n)
        EventFactory.create_batch(n)
        SeriesFactory.create_batch(n)
        OfficeFactory.create_batch(n)
        PageFactory.create_batch(n)

    return Scenario(add, lambda: "/sitemap.xml")


PAGES = {
    "home": home,
    "news index": news_index,
    "filtered news index": filtered_news_index,
    "topic page": topic_page,
    "article": article_page,
    "event list": event_list,
    "month view": month_view,
    "event page with documents": event_page,
    "series page": series_page,
    "RSS feed": rss_feed,
    "topic Atom feed": topic_feed,
    "calendar feed": calendar_feed,
    "sitemap": sitemap,
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_runs_a_fixed_number_of_queries_however_much_content_exists(
    client, django_assert_num_queries, name
):
    scenario = PAGES[name]()
    scenario.add(1)
    with override("en"):
        url = scenario.url()
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    scenario.add(15)
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200
