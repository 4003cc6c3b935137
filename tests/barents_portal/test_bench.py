"""The load benchmark's floor views (BENCHMARK=true only) are what they claim to be."""

import importlib.util
import sys

import pytest

import barents_portal.urls


@pytest.fixture
def benchmark_urls(settings):
    """The project's URLconf as `make bench` loads it (BENCHMARK is read at import)."""
    settings.BENCHMARK = True
    spec = importlib.util.spec_from_file_location("benchmark_urls", barents_portal.urls.__file__)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    settings.ROOT_URLCONF = spec.name
    yield
    del sys.modules[spec.name]


@pytest.mark.parametrize("name", ["floor", "literal"])
def test_the_floor_views_answer_200_with_no_query(
    client, db, benchmark_urls, django_assert_num_queries, name
):
    # The about pages' catch-all once answered these paths with a 404 page of 3 queries.
    with django_assert_num_queries(0):
        response = client.get(f"/en/bench/{name}/")
    assert response.status_code == 200
    assert len(response.content) > 20_000


def test_the_floor_views_exist_only_in_benchmark_mode(client, db):
    assert client.get("/en/bench/floor/").status_code == 404
