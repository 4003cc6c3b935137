"""A Redis that does not answer is a cache miss, not a 500 (barents_portal.rediscache):
pages are rendered from the database meanwhile, and /healthz says the cache fails."""

import socket

import pytest
from django.core.cache import caches

from tests.news.factories import ArticleFactory


@pytest.fixture
def unreachable_redis(settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    cache = {
        "BACKEND": "barents_portal.rediscache.ResilientRedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    settings.CACHES = {"default": cache, "pages": cache}
    settings.PAGE_CACHE = True
    settings.FRAGMENT_CACHE = True


def test_reads_are_misses_and_writes_are_skipped(unreachable_redis):
    cache = caches["pages"]
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("key", 1) is False
    cache.set("key", 1)
    cache.delete("key")
    with pytest.raises(ValueError):
        cache.incr("key")  # as for a missing key: the caller starts counting again


@pytest.mark.django_db
def test_pages_are_rendered_from_the_database_while_redis_does_not_answer(
    unreachable_redis, client
):
    ArticleFactory(title_en="Ice roads open")  # its generation bump is skipped
    for _request in range(2):
        response = client.get("/en/news/")
        assert response.status_code == 200
        assert "Ice roads open" in response.text


@pytest.mark.django_db
def test_healthz_reports_the_cache_failing(unreachable_redis, client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"]["status"] == "fail"
    assert response.json()["checks"]["database"]["status"] == "ok"
