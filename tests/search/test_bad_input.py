"""Whatever arrives in the query string: a calm answer, never a 500, never a slow query."""

import pytest
from django.db import connection

from news.models import Article
from search.models import Word
from search.words import refresh as refresh_words
from tests.news.factories import ArticleFactory
from tests.search.conftest import search_url, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(db):
    return ArticleFactory(title_en="Barents cooperation", title_nb="Barentssamarbeidet")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        '"barents',
        "barents'",
        "&|!:*()",
        "barents & | ! : * ( )",
        "!!barents",
        "barents:*",
        "barents:A",
        "<->",
        "\\",
        "-",
        "or",
        "- or -",
        "%",
        "_",
        "a" * 300,
        "🦌 reindeer",
        "\u202eevil",
        "'; DROP TABLE news_article; --",
        "barents' OR '1'='1",
        "1; SELECT pg_sleep(10)",
        "$$",
        "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    ],
)
def test_odd_queries_get_a_calm_answer(search, article, query):
    response = search(query)
    assert response.status_code == 200
    assert response.context["query"] is not None
    assert Article.objects.filter(pk=article.pk).exists()


def test_sql_looking_text_is_searched_as_words(search, article):
    response = search("barents'; DROP TABLE news_article; --")
    assert response.status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM news_article")
        assert cursor.fetchone() == (1,)


def test_a_nul_byte_is_dropped(search, article):
    response = search("bar\x00ents cooperation")
    assert response.status_code == 200
    assert response.context["query"] == "bar ents cooperation"
    assert titles(search("barents\x00")) == ["Barents cooperation"]


def test_a_query_of_10000_characters_is_shortened_with_a_message(search, article):
    response = search("barents " + "x" * 10_000)
    assert response.status_code == 200
    assert len(response.context["query"]) == 200
    assert "Only the first 200 characters of your search were used." in (response.content.decode())


def test_ten_thousand_words_are_no_slow_query(search, article):
    response = search(" ".join(["barents"] * 5000))
    assert response.status_code == 200
    assert titles(response) == ["Barents cooperation"]


def test_an_unknown_type_is_ignored(search, article):
    response = search("barents", type="no-such-section")
    assert response.status_code == 200
    assert response.context["type"] is None
    assert titles(response) == ["Barents cooperation"]


@pytest.mark.parametrize(
    ("page", "shown"),
    [("2", 2), ("999", 2), ("-1", 2), ("0", 2), ("abc", 1), ("1.5", 1), ("9" * 5000, 1), ("", 1)],
)
def test_a_page_out_of_range_shows_the_last_page_and_a_bad_one_the_first(search, page, shown):
    for index in range(25):
        ArticleFactory(title_en=f"Tundra {index}")
    response = search("tundra", page=page)
    assert response.status_code == 200
    assert response.context["page_obj"].number == shown


def test_a_type_or_page_without_a_query_shows_the_form(search):
    response = search(type="news", page="3")
    assert response.status_code == 200
    assert "search" not in response.context


def test_several_q_parameters_use_the_last(client, article):
    response = client.get(f"{search_url()}?q=nothing&q=barents")
    assert titles(response) == ["Barents cooperation"]


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_only_get_is_answered(client, method):
    response = getattr(client, method)(search_url(), {"q": "barents"})
    assert response.status_code == 405


def test_a_query_that_takes_too_long_is_stopped_with_a_calm_503(search, article, monkeypatch):
    from search import engine, statements

    def slow(hits, start, stop):
        return "SELECT pg_sleep(2)", []

    monkeypatch.setattr(statements, "STATEMENT_TIMEOUT_MS", 50)
    monkeypatch.setattr(engine.RankedHits, "counts_and_page_sql", slow)
    response = search("barents")
    assert response.status_code == 503
    assert "The search took too long." in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    # The connection is usable afterwards.
    monkeypatch.undo()
    assert titles(search("barents")) == ["Barents cooperation"]


HOSTILE = [
    "samarbied" * 40,
    "samarbied\x00\x07\x1b[31m",
    "…!?¿¡·—–«»„“",
    "%%%% ___ ''''",
    "samarbied' OR similarity(word, word) > 0 --",
    "ёёёё ææææ øøøø",
    "Tromso\u202e\u200b\ufeff",
    "'; DELETE FROM search_word; --",
    "Å" * 5000,
]


@pytest.mark.parametrize("code", ["en", "nb", "ru"])
@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_through_hints_and_suggestions_get_a_normal_page(
    search, article, code, query
):
    ArticleFactory(title_nb="Samarbeid i Tromsø", title_en="", title_ru="")
    refresh_words()
    words = Word.objects.count()
    response = search(query, code=code)
    assert response.status_code == 200
    assert Word.objects.count() == words
    assert "<h1>" in response.content.decode()
