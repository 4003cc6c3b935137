"""Very common words: each section reads a bounded number of matches, and says "more than"."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone
from django.utils.translation import override

from search import engine
from search.hints import MORE_RESULTS_IN
from tests.news.factories import ArticleFactory
from tests.projects.factories import ProgrammeFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit_of_two(monkeypatch):
    monkeypatch.setattr(engine, "MATCH_LIMIT", 2)


def test_a_section_with_more_matches_than_the_limit_says_more_than(search, limit_of_two):
    for index in range(3):
        ArticleFactory(title_en=f"Reindeer herding {index}")
    ProgrammeFactory(name_en="Reindeer programme")
    response = search("reindeer")
    found = response.context["search"]
    assert (found.total, found.total.more) == (3, True)
    counts = {type_.key: (count, count.more) for type_, count in found.types}
    assert counts == {"news": (2, True), "programmes": (1, False)}
    html = response.content.decode()
    assert "More than 3 results for “reindeer”." in html
    assert "All sections (3+)" in html
    assert "News (2+)" in html
    assert "Funding programmes (1)" in html
    # The page ranks what was read: the programme and two of the articles.
    assert len(titles(response)) == 3


def test_below_the_limit_counts_are_exact(search, limit_of_two):
    ArticleFactory(title_en="Reindeer herding")
    ArticleFactory(title_en="Reindeer racing")
    found = search("reindeer").context["search"]
    assert (found.total, found.total.more) == (2, False)
    assert "2 results for “reindeer”." in search("reindeer").content.decode()


def test_the_hint_for_another_language_says_more_than_past_the_limit(search, limit_of_two):
    for index in range(3):
        ArticleFactory(title_nb=f"Reinsdyr {index}", title_en="", title_ru="")
    response = search("reinsdyr", code="ru")
    with override("ru"):
        expected = MORE_RESULTS_IN["nb"] % {"count": 2}
    assert [link["text"] for link in response.context["other_languages"]] == [expected]
    assert expected in response.content.decode()


def test_the_sql_compiled_once_is_bound_to_the_current_time(search, monkeypatch):
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    ArticleFactory(title_en="Scheduled midnight sun", published_at=tomorrow)
    ArticleFactory(title_en="Published midnight sun")
    assert titles(search("midnight")) == ["Published midnight sun"]
    # A day and an hour later, the same compiled SQL finds the scheduled article too.
    later = tomorrow + datetime.timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert sorted(titles(search("midnight"))) == [
        "Published midnight sun",
        "Scheduled midnight sun",
    ]


def test_the_visitors_text_is_bound_not_compiled_in(search):
    ArticleFactory(title_en="Icebreaker")
    ArticleFactory(title_en="Snowmobile")
    statements = []

    def record(execute, sql, params, many, context):
        statements.append((sql, [str(param) for param in params or ()]))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert titles(search("icebreaker")) == ["Icebreaker"]
        assert titles(search("snowmobile")) == ["Snowmobile"]
    first, second = (
        [sql for sql, params in statements if word in params]
        for word in ("icebreaker", "snowmobile")
    )
    # The text is a parameter of each search's statements, never part of their SQL, and the
    # two searches send the same SQL: it is compiled once and reused.
    assert first and first == second
    assert not any(
        word in sql.lower() for sql, _ in statements for word in ("icebreaker", "snowmobile")
    )


def test_a_search_comparing_with_another_time_than_now_refuses_to_compile(search, monkeypatch):
    from search import sections

    section = sections.SECTIONS_BY_CODE["article"]
    week_ago = timezone.now() - datetime.timedelta(days=7)
    original = type(section).matching

    def matching(self, code, query):
        matches = original(self, code, query)
        return matches.filter(created_at__gte=week_ago) if self is section else matches

    monkeypatch.setattr(type(section), "matching", matching)
    # A limit no other test uses, so the search's SQL is compiled afresh for this one.
    monkeypatch.setattr(engine, "MATCH_LIMIT", 7)
    with pytest.raises(AssertionError, match="not with now"):
        search("reindeer")
