"""Every public page type of the issue's list stays within ten queries, in every language,
with a little content and with a lot (the same count at both volumes).

The per-page tests (tests/news/test_query_counts.py, tests/projects/test_*.py) pin each
page's own count; this one holds the ceiling across all of them with every section's
content present at once, as on the real front page. The search page's count is held by
tests/search/test_search_page.py.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from tests.news.factories import ArticleFactory, EventFactory, TopicFactory
from tests.projects.conftest import add_many
from tests.secretariat.factories import OfficeFactory, PageFactory

MAX_QUERIES = 10
LANGUAGES = ["nb", "ru", "en"]


def add_news(count):
    topics = TopicFactory.create_batch(2)
    now = timezone.now()
    for index in range(count):
        ArticleFactory(topics=topics, featured=index % 2 == 0)
        EventFactory(start=now + datetime.timedelta(days=index + 1, hours=2))
    OfficeFactory.create_batch(count)
    PageFactory.create_batch(count, show_in_navigation=True)


def page_urls(landscape, article, event):
    today = timezone.localdate()
    return {
        "home": reverse("home"),
        "news list": reverse("news:index"),
        "article": article.get_absolute_url(),
        "event list": reverse("news:event-list"),
        "month view": reverse("news:event-month", args=[today.year, today.month]),
        "event detail": event.get_absolute_url(),
        "finder with filters": reverse("projects:index") + "?place=RU-MUR&when=90&theme=culture",
        "programme": landscape["culture"].get_absolute_url(),
        "projects database": reverse("projects:project-list") + "?theme=culture",
        "statistics": reverse("projects:statistics"),
    }


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_public_page_stays_within_ten_queries_at_any_volume(client, landscape, code):
    add_news(1)
    article = ArticleFactory(topics=TopicFactory.create_batch(2))
    event = EventFactory(start=timezone.now() + datetime.timedelta(days=3))
    with translation.override(code):
        urls = page_urls(landscape, article, event)
    few = {name: queries(client, url) for name, url in urls.items()}
    add_news(15)
    add_many()
    many = {name: queries(client, url) for name, url in urls.items()}
    assert many == few
    assert {name: n for name, n in few.items() if n > MAX_QUERIES} == {}
