"""The search page: every section, each language's stemming, ranking, highlighting, filters."""

import re

import pytest

from search.sections import sections_of
from tests.news.factories import ArticleFactory, DocumentFactory, EventFactory, SeriesFactory
from tests.projects.factories import CallFactory, FundedProjectFactory, ProgrammeFactory
from tests.search.conftest import titles
from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "title", "query"),
    [
        ("nb", "Prosjektene i Finnmark får støtte", "prosjekt"),
        ("ru", "Итоги проектов в Мурманске", "проект"),
        ("en", "Funding for choirs", "fund"),
        ("en", "New grants for students", "grant"),
    ],
)
def test_each_language_finds_the_other_forms_of_a_word(search, code, title, query):
    ArticleFactory(**{f"title_{code}": title})
    assert titles(search(query, code=code)) == [title]


def test_a_word_being_typed_is_matched_as_a_prefix(search):
    ArticleFactory(title_nb="Prosjektene i Finnmark")
    assert titles(search("prosj", code="nb")) == ["Prosjektene i Finnmark"]
    assert titles(search("finnmark prosj", code="nb")) == ["Prosjektene i Finnmark"]


def test_phrases_exclusion_and_or_work_as_in_a_web_search_engine(search):
    ArticleFactory(title_en="Reindeer herding in Finnmark")
    ArticleFactory(title_en="Herding reindeer in Lapland")
    ArticleFactory(title_en="Salmon fishing in Finnmark")
    assert titles(search('"reindeer herding"')) == ["Reindeer herding in Finnmark"]
    assert titles(search("reindeer -lapland")) == ["Reindeer herding in Finnmark"]
    assert sorted(titles(search("salmon or lapland"))) == [
        "Herding reindeer in Lapland",
        "Salmon fishing in Finnmark",
    ]


def test_a_title_hit_ranks_above_a_summary_hit_above_a_body_hit(search):
    ArticleFactory(title_en="Annual report", body_en="<p>About the icebreaker season.</p>")
    ArticleFactory(title_en="Harbour news", summary_en="The icebreaker arrives.")
    ArticleFactory(title_en="The icebreaker Kapitan Dranitsyn")
    assert titles(search("icebreaker")) == [
        "The icebreaker Kapitan Dranitsyn",
        "Harbour news",
        "Annual report",
    ]


def test_results_from_every_section_come_in_one_ranked_list_with_their_section(search):
    keyword = "Pasvikdalen"
    ArticleFactory(title_en=f"{keyword} news")
    event = EventFactory(title_en=f"{keyword} festival")
    SeriesFactory(title_en=f"{keyword} meetings")
    DocumentFactory(event=event, title_en=f"{keyword} conclusions")
    PageFactory(title_en=f"{keyword} page")
    office = OfficeFactory(name_en=f"{keyword} office")
    StaffMemberFactory(name=f"Kari {keyword}", office=office)
    programme = ProgrammeFactory(name_en=f"{keyword} programme")
    CallFactory(programme=programme, title_en=f"{keyword} call")
    FundedProjectFactory(programme=programme, title_en=f"{keyword} project")
    response = search(keyword.lower())
    labels = {str(result.type.item_label) for result in response.context["results"]}
    assert labels == {
        "News",
        "Event",
        "Meeting document",
        "Page",
        "Office",
        "Staff",
        "Funding programme",
        "Call for applications",
        "Funded project",
    }
    assert len(response.context["results"]) == 10
    html = response.content.decode()
    assert f"#staff-{office.staff.get().pk}" in html
    assert 'href="/en/events/documents/' in html


def test_the_found_words_are_highlighted_in_the_title_and_snippet(search):
    ArticleFactory(
        title_en="Icebreaker season opens",
        body_en="<p>The first <strong>icebreaker</strong> left Murmansk on Monday.</p>",
    )
    html = search("icebreaker").content.decode()
    assert "<mark>Icebreaker</mark> season opens" in html
    # The snippet: words around the hit, from the summary and the body without its tags.
    assert "The first <mark>icebreaker</mark> left Murmansk on Monday" in html


@pytest.mark.parametrize(
    ("title", "summary", "body", "query", "shown", "not_shown"),
    [
        # A hit in the summary is highlighted there; the body is not read.
        (
            "Winter shipping",
            "The icebreaker season opens in Murmansk.",
            "Crews prepare. Later the icebreaker fleet grows.",
            "icebreaker",
            "<mark>icebreaker</mark> season opens in Murmansk",
            "fleet",
        ),
        # A hit in the title alone: the text's first words, as for any text without a hit.
        ("Icebreaker season", "Ships leave.", "Crews prepare.", "icebreaker", "Ships leave", "-"),
        ("Icebreaker season", "", "Crews prepare.", "icebreaker", "Crews prepare", "-"),
        # A hit in the body: words around it, after the summary.
        ("Winter shipping", "Ships leave.", "Crews prepare.", "crews", "<mark>Crews</mark>", "-"),
        # Words in the summary and the body together: both highlighted.
        (
            "Winter shipping",
            "The icebreaker season opens.",
            "Crews prepare.",
            "icebreaker crews",
            "<mark>icebreaker</mark> season opens",
            "-",
        ),
    ],
)
def test_the_snippet_is_cut_from_as_little_text_as_shows_the_hit(
    search, title, summary, body, query, shown, not_shown
):
    ArticleFactory(title_en=title, summary_en=summary, body_en=f"<p>{body}</p>")
    snippet = str(search(query).context["results"][0].snippet)
    assert shown in snippet
    assert not_shown not in snippet


def test_a_title_with_markup_comes_back_harmless(search):
    ArticleFactory(
        title_en='<script>alert("x")</script> Barents <img src=x onerror=alert(1)>',
        summary_en="Barents & <b>friends</b> <script>alert(2)</script>",
    )
    html = search("barents").content.decode()
    main = html[html.index("<main") :]
    assert "<script>" not in main and "<img" not in main and "<b>" not in main
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Barents</mark>" in main
    assert "<mark>Barents</mark> &amp; friends" in main


def test_highlight_markers_are_balanced_whatever_the_text_holds():
    from search.highlight import START, STOP, highlighted

    assert highlighted(f"{STOP}a {START}b{START} c") == "a <mark>b c</mark>"
    assert highlighted("<i>&amp;</i>", references=True) == "&lt;i&gt;&amp;&lt;/i&gt;"


def test_rich_text_snippets_show_characters_once_escaped(search):
    ArticleFactory(title_en="Fish", body_en="<p>Salmon &amp; trout &lt;3</p>")
    html = search("trout").content.decode()
    assert (
        "Salmon &amp; <mark>trout</mark> &lt;3" in html or "Salmon &amp; <mark>trout</mark>" in html
    )
    assert "&amp;amp;" not in html


def test_the_section_filter_narrows_the_results_and_counts_each_section(search):
    ArticleFactory(title_en="Kolarctic news")
    ArticleFactory(title_en="More Kolarctic news")
    ProgrammeFactory(name_en="Kolarctic programme")
    response = search("kolarctic", type="programmes")
    assert titles(response) == ["Kolarctic programme"]
    counts = {type_.key: count for type_, count in response.context["search"].types}
    assert counts == {"news": 2, "programmes": 1}
    assert response.context["search"].overall == 3
    assert "All sections (3)" in response.content.decode()


def test_the_count_uses_the_plural_forms_of_the_language(search):
    ArticleFactory(title_en="Tundra one")
    assert "1 result for “tundra”." in search("tundra").content.decode()
    ArticleFactory(title_en="Tundra two")
    assert "2 results for “tundra”." in search("tundra").content.decode()


def test_many_results_are_paginated(search):
    for index in range(23):
        ArticleFactory(title_en=f"Aurora {index}")
    first = search("aurora")
    assert len(first.context["results"]) == 20
    assert "23 results" in first.content.decode()
    second = search("aurora", page=2)
    assert len(second.context["results"]) == 3
    assert not set(titles(first)) & set(titles(second))


def test_an_empty_query_shows_the_form_without_results_or_error(search):
    for query in (None, "", "   "):
        response = search(query)
        assert response.status_code == 200
        html = response.content.decode()
        assert 'id="search-q"' in html
        assert "result" not in html.split('id="search-help"')[1]


def test_the_header_of_every_page_has_a_labelled_search_box_that_works_without_javascript(
    client, head_office
):
    html = client.get("/nb/").content.decode()
    form = re.search(r'<form class="site-search"[^>]*>.*?</form>', html, re.S).group(0)
    assert 'method="get"' in form and 'role="search"' in form
    assert 'action="/nb/' in form
    assert '<label class="visually-hidden" for="site-search-q">' in form
    assert 'name="q"' in form and "csrfmiddlewaretoken" not in form


def test_the_search_page_is_cacheable_and_sets_no_cookie(search):
    ArticleFactory(title_en="Barents news")
    response = search("barents")
    assert not response.cookies
    assert "public" in response["Cache-Control"]
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "Cookie" not in response.get("Vary", "")


def test_the_search_page_answers_in_each_language_with_its_lang_and_one_h1(search):
    ArticleFactory(title_nb="Nordlys", title_ru="Северное сияние", title_en="Northern lights")
    for code, query in (("nb", "nordlys"), ("ru", "сияние"), ("en", "lights")):
        response = search(query, code=code)
        html = response.content.decode()
        assert response.status_code == 200
        assert f'<html lang="{code}">' in html
        assert len(re.findall(r"<h1[\s>]", html)) == 1


def test_a_result_titled_only_in_another_language_carries_that_language(search):
    ArticleFactory(title_en="", title_ru="", title_nb="Nordlys", summary_en="Northern lights")
    html = search("northern").content.decode()
    assert '<a href="/en/news/nordlys/" lang="nb">Nordlys</a>' in html


def test_the_query_count_does_not_grow_with_the_number_of_results(
    search, django_assert_num_queries
):
    def add_one_of_each():
        programme = ProgrammeFactory(name_en="Arctic programme")
        CallFactory(programme=programme, title_en="Arctic call")
        FundedProjectFactory(programme=programme, title_en="Arctic project")
        ArticleFactory(title_en="Arctic news")
        event = EventFactory(title_en="Arctic event")
        DocumentFactory(event=event, title_en="Arctic document")
        PageFactory(parent=PageFactory(), title_en="Arctic page")
        StaffMemberFactory(job_title_en="Arctic adviser")

    add_one_of_each()
    # The counts with the ranked page and its results' cards (with its statement limits,
    # in a savepoint here, as the test runs in a transaction), the counts in the other
    # languages (in a savepoint too), and the header's navigation and the footer's office.
    with django_assert_num_queries(8):
        search("arctic")
    add_one_of_each()
    with django_assert_num_queries(8):
        assert len(search("arctic").context["results"]) == 16


def test_each_result_is_shown_from_its_card_as_from_the_item_itself(
    search, django_assert_num_queries
):
    programme = ProgrammeFactory(name_en="Arctic programme")
    CallFactory(programme=programme, title_en="Arctic call")
    FundedProjectFactory(programme=programme, title_en="Arctic project")
    ArticleFactory(title_en="Arctic news")
    SeriesFactory(title_en="Arctic series")
    DocumentFactory(event=EventFactory(title_en="Arctic event"), title_en="Arctic document")
    PageFactory(parent=PageFactory(parent=PageFactory()), title_en="Arctic page")
    OfficeFactory(name_en="Arctic office")
    StaffMemberFactory(job_title_en="Arctic adviser")
    # As many queries as for any search: the cards come with the ranked page, and reading
    # a field a section's card does not hold would cost one more.
    with django_assert_num_queries(8):
        results = search("arctic").context["results"]
    assert {result.section.code for result in results} == {
        section.code for section in sections_of()
    }
    for result in results:
        item = result.section.model._default_manager.get(pk=result.object.pk)
        assert result.url == result.section.url_of(item)
        assert result.context == result.section.context_of(item)
