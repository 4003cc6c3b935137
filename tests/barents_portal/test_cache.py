"""The page cache is never wrong: what it keeps disappears the moment content changes."""

import datetime
import re
from unittest import mock

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from barents_portal import services
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def publisher(django_user_model):
    return django_user_model.objects.create_superuser(
        "publisher", "p@example.org", "pw-long-enough"
    )


def url(name, lang="en", **kwargs):
    with override(lang):
        return reverse(name, kwargs=kwargs or None)


def text(response):
    return response.content.decode()


def public_surfaces(article):
    """The list, the feed, the sitemap and the search page an article shows on."""
    return [
        url("news:index"),
        url("news:rss"),
        "/sitemap.xml",
        url("search:index") + "?q=Tundra",
    ]


def test_a_page_is_served_from_the_cache_without_a_query(client, django_assert_num_queries):
    ArticleFactory(title_en="Tundra reindeer")
    first = client.get(url("news:index"))
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = client.get(url("news:index"))
    assert again.content == first.content
    assert again["Cache-Control"].startswith("public, max-age=")


def test_publishing_shows_on_a_cached_list_at_once(client, publisher):
    article = ArticleFactory(title_en="Tundra reindeer", status="draft", published_at=None)
    assert "Tundra reindeer" not in text(client.get(url("news:index")))
    services.publish(article, by=publisher)
    assert "Tundra reindeer" in text(client.get(url("news:index")))


def test_editing_shows_on_the_cached_page_at_once(client):
    article = ArticleFactory(title_en="Tundra reindeer")
    assert "Tundra reindeer" in text(client.get(article.get_absolute_url()))
    article.title_en = "Tundra reindeer herding"
    article.save()
    assert "Tundra reindeer herding" in text(client.get(article.get_absolute_url()))


def test_unpublishing_removes_it_from_page_list_feed_sitemap_and_search(client, publisher):
    article = ArticleFactory(title_en="Tundra reindeer")
    page = article.get_absolute_url()
    assert client.get(page).status_code == 200
    for surface in public_surfaces(article):
        assert page in text(client.get(surface)) or "Tundra reindeer" in text(client.get(surface))
    services.unpublish(article, by=publisher)
    assert client.get(page).status_code == 404
    for surface in public_surfaces(article):
        response = client.get(surface)
        assert "Tundra reindeer" not in text(response), surface
        assert page not in text(response), surface


def test_deleting_removes_it_from_the_cached_list(client):
    article = ArticleFactory(title_en="Tundra reindeer")
    assert "Tundra reindeer" in text(client.get(url("news:index")))
    article.delete()
    assert "Tundra reindeer" not in text(client.get(url("news:index")))


def test_a_russian_page_is_never_served_for_nb(client):
    ArticleFactory(title_en="Tundra", title_nb="Tundraen", title_ru="Тундра")
    russian = client.get(url("news:index", "ru"))
    assert '<html lang="ru">' in text(russian)
    for _attempt in range(2):
        norwegian = client.get(url("news:index", "nb"))
        assert '<html lang="nb">' in text(norwegian)
        assert "Тундра" not in text(norwegian)
        assert "Tundraen" in text(norwegian)


def test_a_scheduled_item_appears_at_its_time_on_a_cached_list(client, publisher):
    now = timezone.now()
    due = now + datetime.timedelta(hours=1)
    article = ArticleFactory(title_en="Tundra reindeer", status="draft", published_at=None)
    services.publish(article, by=publisher, at=due)
    before = client.get(url("news:index"))
    assert "Tundra reindeer" not in text(before)
    max_age = int(re.search(r"max-age=(\d+)", before["Cache-Control"]).group(1))
    assert max_age <= 3600
    with mock.patch("django.utils.timezone.now", return_value=due + datetime.timedelta(seconds=1)):
        assert "Tundra reindeer" in text(client.get(url("news:index")))


def test_anonymous_pages_set_no_cookie_and_do_not_vary_on_it(client):
    article = ArticleFactory(title_en="Tundra reindeer")
    for path in [url("home"), url("news:index"), article.get_absolute_url(), "/sitemap.xml"]:
        for _attempt in range(2):
            response = client.get(path)
            assert response.status_code == 200, path
            assert not response.cookies, path
            assert "Set-Cookie" not in response, path
            assert "Cookie" not in response.get("Vary", ""), path
            assert response["Cache-Control"].startswith("public"), path


def test_a_repeat_request_with_the_etag_gets_304(client):
    ArticleFactory(title_en="Tundra reindeer")
    first = client.get(url("news:index"))
    assert first["ETag"] and first["Last-Modified"]
    repeat = client.get(url("news:index"), headers={"If-None-Match": first["ETag"]})
    assert repeat.status_code == 304
    assert repeat.content == b""


def test_the_etag_changes_when_the_content_does(client):
    article = ArticleFactory(title_en="Tundra reindeer")
    etag = client.get(url("news:index"))["ETag"]
    article.title_en = "Tundra reindeer herding"
    article.save()
    response = client.get(url("news:index"), headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert "Tundra reindeer herding" in text(response)


def private_no_store(response):
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    return {"private", "no-store"} <= directives


def test_a_logged_in_visitor_gets_private_no_store_pages_never_from_the_cache(client, publisher):
    ArticleFactory(title_en="Tundra reindeer")
    client.get(url("news:index"))  # kept for anonymous visitors
    client.force_login(publisher)
    response = client.get(url("news:index"))
    assert private_no_store(response)
    assert private_no_store(client.get("/admin/"))


def test_a_staff_preview_is_private_no_store(client, publisher):
    article = ArticleFactory(title_en="Tundra reindeer", status="draft", published_at=None)
    client.force_login(publisher)
    response = client.get(url("news:preview", pk=article.pk))
    assert response.status_code == 200
    assert private_no_store(response)


def test_with_the_setting_off_every_request_is_rendered(client, settings):
    settings.PAGE_CACHE = False
    article = ArticleFactory(title_en="Tundra reindeer")
    client.get(url("news:index"))
    type(article).objects.filter(pk=article.pk).update(title_en="Changed behind its back")
    assert "Changed behind its back" in text(client.get(url("news:index")))


def test_the_search_page_is_kept_and_its_max_age_is_the_short_one(
    client, django_assert_num_queries
):
    ArticleFactory(title_en="Tundra reindeer")
    first = client.get(url("search:index") + "?q=Tundra")
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=30"
    with django_assert_num_queries(0):
        client.get(url("search:index") + "?q=Tundra")
