"""A draft, a scheduled and an unpublished item appear on no public surface."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.news.factories import (
    ArticleFactory,
    DocumentFactory,
    EventFactory,
    SeriesFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

HIDDEN_STATES = ["draft", "scheduled", "unpublished"]


def hidden(factory, state, **kwargs):
    """An item a visitor must not see: never published, due later, or taken down."""
    now = timezone.now()
    if state == "draft":
        return factory(status="draft", published_at=None, **kwargs)
    if state == "scheduled":
        return factory(status="published", published_at=now + datetime.timedelta(hours=2), **kwargs)
    return factory(status="unpublished", published_at=now - datetime.timedelta(days=3), **kwargs)


@pytest.fixture
def topic():
    return TopicFactory(name_en="Culture", name_nb="Kultur", name_ru="Культура")


@pytest.fixture
def visible_article(topic):
    return ArticleFactory(title_en="Visible news", topics=[topic])


def hidden_article(state, topic):
    return hidden(ArticleFactory, state, title_en="Secret news", topics=[topic])


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_article_is_not_in_the_news_index(client, state, topic, visible_article):
    hidden_article(state, topic)
    page = get(client, "/en/news/")
    assert "Visible news" in page and "Secret news" not in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_article_is_a_404_for_visitors(client, state, topic):
    article = hidden_article(state, topic)
    with override("en"):
        url = article.get_absolute_url()
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_article_is_not_on_the_home_page(client, state, topic, visible_article):
    hidden_article(state, topic)
    ArticleFactory(title_en="Featured story", featured=True)
    hidden(ArticleFactory, state, title_en="Secret featured", featured=True)
    page = get(client, "/en/")
    assert "Visible news" in page and "Featured story" in page
    assert "Secret news" not in page and "Secret featured" not in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_article_is_not_among_related_or_older_and_newer(
    client, state, topic, visible_article
):
    hidden_article(state, topic)
    page = get(client, visible_article.get_absolute_url())
    assert "Secret news" not in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("feed", ["news:rss", "news:atom"])
def test_a_hidden_article_is_not_in_the_feeds(client, state, feed, topic, visible_article):
    hidden_article(state, topic)
    body = get(client, reverse(feed))
    assert "Visible news" in body and "Secret news" not in body
    with override("en"):
        topic_feed = get(client, topic.get_rss_url())
    assert "Visible news" in topic_feed and "Secret news" not in topic_feed


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_article_is_not_on_its_topic_page_or_in_the_year_archive(
    client, state, topic, visible_article
):
    hidden_article(state, topic)
    with override("en"):
        topic_page = get(client, topic.get_absolute_url())
        year_page = get(client, reverse("news:year", args=[visible_article.published_at.year]))
    assert "Visible news" in topic_page and "Secret news" not in topic_page
    assert "Visible news" in year_page and "Secret news" not in year_page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_items_are_not_in_the_sitemap(client, state, topic, visible_article):
    article = hidden_article(state, topic)
    event = hidden(EventFactory, state, title_en="Secret meeting")
    series = hidden(SeriesFactory, state, title_en="Secret series")
    sitemap = get(client, "/sitemap.xml")
    assert visible_article.slug_en in sitemap
    for item in (article, event, series):
        assert item.slug_en not in sitemap


@pytest.fixture
def visible_event():
    return EventFactory(title_en="Open meeting")


def hidden_event(state, **kwargs):
    return hidden(EventFactory, state, title_en="Secret meeting", **kwargs)


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_event_is_not_in_the_event_list_or_on_the_home_page(client, state, visible_event):
    hidden_event(state)
    for url in ("/en/events/", "/en/"):
        page = get(client, url)
        assert "Open meeting" in page and "Secret meeting" not in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_event_is_not_in_the_month_view(client, state, visible_event):
    hidden_event(state, start=visible_event.start)
    start = timezone.localtime(visible_event.start)
    page = get(client, reverse("news:event-month", args=[start.year, start.month]))
    assert "Open meeting" in page and "Secret meeting" not in page


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_event_and_its_calendar_file_and_documents_are_404s(client, state):
    event = hidden_event(state)
    document = DocumentFactory(event=event)
    with override("en"):
        urls = [event.get_absolute_url(), event.get_ics_url(), document.get_absolute_url()]
    for url in urls:
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_event_is_not_in_the_calendar_feed(client, state, visible_event):
    hidden_event(state)
    body = get(client, reverse("news:event-feed"))
    assert "Open meeting" in body and "Secret meeting" not in body


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_meeting_is_not_on_its_series_page_and_a_hidden_series_is_a_404(client, state):
    series = SeriesFactory(title_en="Partnership meetings")
    EventFactory(series=series, ordinal=1, title_en="Open meeting")
    hidden_event(state, series=series, ordinal=2)
    page = get(client, series.get_absolute_url())
    assert "Open meeting" in page and "Secret meeting" not in page
    hidden_series = hidden(SeriesFactory, state)
    with override("en"):
        assert client.get(hidden_series.get_absolute_url()).status_code == 404


def test_a_scheduled_article_appears_by_itself_when_its_time_comes(client, topic):
    due = timezone.now() + datetime.timedelta(hours=1)
    article = ArticleFactory(title_en="Due soon", published_at=due, topics=[topic])
    with override("en"):
        url = article.get_absolute_url()
    assert client.get(url).status_code == 404
    assert "Due soon" not in get(client, "/en/news/")

    later = due + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert client.get(url).status_code == 200
        assert "Due soon" in get(client, "/en/news/")
        assert "Due soon" in get(client, reverse("news:rss"))
