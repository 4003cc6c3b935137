"""The pages with a subscribe form stay cookie-free and cacheable; the form is where people are."""

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils.translation import override

from tests.news.factories import TopicFactory
from tests.projects.factories import ProgrammeFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def url(name, lang="en", **kwargs):
    with override(lang):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture
def pages(db):
    ThemeFactory(code="culture")
    programme = ProgrammeFactory()
    topic = TopicFactory()
    return [
        url("projects:index") + "?theme=culture&place=NO",
        programme.get_absolute_url(),
        topic.get_absolute_url(),
        url("news:index"),
        url("projects:index", "ru"),
        url("alerts:privacy", "nb"),
    ]


def test_every_page_with_the_form_sets_no_cookie_and_is_served_from_the_cache(
    client, pages, django_assert_num_queries
):
    for path in pages:
        first = client.get(path)
        assert first.status_code == 200, path
        assert not first.cookies, path
        assert "Set-Cookie" not in first, path
        assert "csrfmiddlewaretoken" not in first.content.decode(), path
        with django_assert_num_queries(0):
            again = client.get(path)
        assert again.status_code == 200
        assert again.content == first.content


def test_the_forms_post_to_the_alerts_with_what_the_page_shows(client, pages):
    finder = client.get(pages[0]).content.decode()
    assert 'name="kind" value="calls"' in finder
    assert 'name="theme" value="culture"' in finder
    assert 'name="place" value="NO"' in finder
    assert f'action="{url("alerts:subscribe")}"' in finder
    programme = client.get(pages[1]).content.decode()
    assert 'name="kind" value="programme"' in programme
    topic = client.get(pages[2]).content.decode()
    assert 'name="kind" value="topic"' in topic
    news = client.get(pages[3]).content.decode()
    assert 'name="topic"' in news
    russian = client.get(pages[4]).content.decode()
    assert '<option value="ru" lang="ru" selected>' in russian
    assert "Сообщать мне о новых похожих конкурсах" in russian
