"""When the visitor's language finds nothing: other languages, and "did you mean"."""

import pytest
from django.utils.translation import override

from search.hints import NO_RESULTS_IN, RESULTS_IN
from search.words import refresh as refresh_words
from tests.news.factories import ArticleFactory, EventFactory
from tests.projects.factories import ProgrammeFactory
from tests.search.conftest import search_url, titles
from tests.secretariat.factories import OfficeFactory

pytestmark = pytest.mark.django_db


def norwegian_only(title, **kwargs):
    return ArticleFactory(title_nb=title, title_en="", title_ru="", **kwargs)


def test_no_results_in_russian_points_to_the_results_in_norwegian(search):
    for index in range(4):
        norwegian_only(f"Reinsdyrene i Karasjok {index}")
    response = search("reinsdyr", code="ru")
    assert titles(response) == []
    links = response.context["other_languages"]
    with override("ru"):  # the sentences are in the visitor's language, whatever it reads
        no_results, four = str(NO_RESULTS_IN["ru"]), RESULTS_IN["nb"] % {"count": 4}
    assert [(link["code"], link["text"]) for link in links] == [("nb", four)]
    norwegian_search = f"{search_url('nb')}?q=reinsdyr"
    assert links[0]["url"] == norwegian_search
    html = response.content.decode()
    assert no_results in html
    assert f'<a href="{norwegian_search}" hreflang="nb">{four}</a>' in html
    # The link leads to those results.
    assert len(search("reinsdyr", code="nb").context["results"]) == 4


def test_the_hint_counts_each_other_language_with_its_plural(search):
    norwegian_only("Nordlys over Vardø")
    ArticleFactory(title_ru="Nordlys: фестиваль", title_nb="", title_en="")
    ArticleFactory(title_ru="Nordlys в Тромсё", title_nb="", title_en="")
    links = search("nordlys", code="en").context["other_languages"]
    assert [link["text"] for link in links] == [
        "1 result in Norwegian",
        "2 results in Russian",
    ]


def test_the_hint_keeps_the_section_filter(search):
    ProgrammeFactory(name_nb="Kulturprogrammet", name_en="", name_ru="")
    link = search("kulturprogrammet", code="en", type="programmes").context["other_languages"][0]
    assert link["url"] == f"{search_url('nb')}?q=kulturprogrammet&type=programmes"


def test_no_hint_when_the_visitors_language_has_results(search):
    norwegian_only("Nordlys over Vardø")
    ArticleFactory(title_ru="Северное сияние", title_en="Nordlys", title_nb="")
    response = search("nordlys", code="en")
    assert titles(response) == ["Nordlys"]
    assert response.context["other_languages"] == []


def test_a_language_with_three_times_the_results_is_pointed_to_with_its_count(search):
    ArticleFactory(title_en="Samarbeid: the word of the year", title_nb="", title_ru="")
    for index in range(4):
        norwegian_only(f"Samarbeid over grensen {index}")
    response = search("samarbeid", code="en")
    assert len(response.context["results"]) == 1
    links = response.context["other_languages"]
    assert [(link["code"], link["text"]) for link in links] == [("nb", "4 results in Norwegian")]
    html = response.content.decode()
    assert "More results in other languages:" in html
    assert "No results in English." not in html
    assert f'<a href="{search_url("nb")}?q=samarbeid" hreflang="nb">4 results in Norwegian</a>' in (
        html
    )


def test_a_language_with_not_clearly_more_results_is_not_pointed_to(search):
    ArticleFactory(title_en="Samarbeid: the word of the year", title_nb="", title_ru="")
    for index in range(2):
        norwegian_only(f"Samarbeid over grensen {index}")
    assert search("samarbeid", code="en").context["other_languages"] == []


@pytest.mark.parametrize(
    ("count", "russian", "norwegian"),
    [
        (1, "1 результат на норвежском", "1 treff på norsk"),
        (3, "3 результата на норвежском", "3 treff på norsk"),
        (5, "5 результатов на норвежском", "5 treff på norsk"),
        (21, "21 результат на норвежском", "21 treff på norsk"),
    ],
)
def test_the_count_in_the_hint_takes_the_plural_form_of_the_visitors_language(
    search, count, russian, norwegian
):
    for index in range(count):
        norwegian_only(f"Reinsdyrene i Karasjok {index}")
    links = search("reinsdyr", code="ru").context["other_languages"]
    assert [link["text"] for link in links] == [russian]
    with override("nb"):
        assert RESULTS_IN["nb"] % {"count": count} == norwegian


def test_a_misspelt_place_gets_a_did_you_mean_in_norwegian_and_russian(search, head_office):
    OfficeFactory(city_en="Murmansk", city_nb="Murmansk", city_ru="Мурманск", country="RU")
    refresh_words()
    response = search("Kirknes")
    assert response.context["search"].suggestion == "Kirkenes"
    html = response.content.decode()
    assert 'Did you mean: <a href="/en/search/?q=Kirkenes">Kirkenes</a>?' in html
    assert search("Мурманкс", code="ru").context["search"].suggestion == "Мурманск"
    # The suggestion finds something.
    assert search("Kirkenes").context["search"].total >= 1


def test_only_the_misspelt_word_of_a_longer_query_is_respelt(search):
    EventFactory(title_en="Barents Summit in Kirkenes", city_en="Kirkenes")
    ArticleFactory(title_en="Summit news", body_en="<p>Nothing about the town.</p>")
    refresh_words()
    response = search("summit Kirknes")
    assert response.context["search"].suggestion == "summit Kirkenes"


def test_no_suggestion_for_a_correctly_spelt_word_that_finds_results(search, head_office):
    refresh_words()
    response = search("Kirkenes")
    assert response.context["search"].total
    assert response.context["search"].suggestion is None


def test_no_suggestion_when_nothing_is_spelt_alike(search, head_office):
    refresh_words()
    assert search("xylophone").context["search"].suggestion is None
