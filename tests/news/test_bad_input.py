"""Nonsense in URLs and query strings is a clean 404, never a 500."""

import pytest

from tests.news.factories import ArticleFactory, EventFactory, TopicFactory

pytestmark = pytest.mark.django_db

BAD_URLS = [
    "/en/news/?page=abc",
    "/en/news/?page=-1",
    "/en/news/?page=0",
    "/en/news/?page=99999",
    "/en/news/?page=1.5",
    "/en/news/?topic=no-such-topic",
    "/en/news/?year=20x",
    "/en/news/?year=1899",
    "/en/news/?year=99999999999999999999",
    "/en/news/?country=XX",
    "/en/news/?topic=%00",
    "/en/news/no-such-article/",
    "/en/news/topics/no-such-topic/",
    "/en/news/topics/no-such-topic/rss.xml",
    "/en/news/topics/no-such-topic/atom.xml",
    "/en/news/archive/1999/",
    "/en/news/archive/20x/",
    "/en/news/archive/99999/",
    "/en/news/preview/99999/",
    "/en/events/?page=abc",
    "/en/events/?page=99999",
    "/en/events/calendar/2025/13/",
    "/en/events/calendar/2025/00/",
    "/en/events/calendar/2025/1/",
    "/en/events/calendar/0001/01/",
    "/en/events/calendar/9999/12/",
    "/en/events/calendar/20x/01/",
    "/en/events/archive/1999/",
    "/en/events/archive/abcd/",
    "/en/events/no-such-event/",
    "/en/events/no-such-event/calendar.ics",
    "/en/events/series/no-such-series/",
    "/en/events/documents/99999/",
    "/en/events/documents/abc/",
    "/en/events/preview/99999/",
]


@pytest.fixture(autouse=True)
def some_content():
    topic = TopicFactory()
    ArticleFactory(topics=[topic])
    EventFactory()


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_input_is_a_clean_404(client, url):
    assert client.get(url).status_code == 404


def test_a_filter_by_a_topic_slug_of_another_language_works(client):
    topic = TopicFactory(name_en="Culture", name_nb="Kultur")
    ArticleFactory(title_en="About culture", topics=[topic])
    response = client.get("/en/news/?topic=kultur")
    assert response.status_code == 200
    assert "About culture" in response.content.decode()


def test_the_filters_combine_and_keep_their_values_in_the_page_links(client):
    topic = TopicFactory(name_en="Culture")
    for _ in range(14):
        ArticleFactory(topics=[topic], regions=["FI-10"])
    ArticleFactory(title_en="Norwegian only story", regions=["NO-56"], topics=[topic])
    response = client.get(f"/en/news/?topic={topic.slug_en}&country=FI")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Norwegian only story" not in page
    assert f"?topic={topic.slug_en}&amp;country=FI&amp;page=2" in page
    assert "14 articles found." in page
