"""The forgiving search on the demo content: what a visitor of the demo site sees."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_english_finds_tromso_typed_without_its_o_slash(search, demo_content):
    response = search("Tromso")
    assert response.context["search"].total >= 1
    assert "<mark>Tromsø</mark>" in response.content.decode()


def test_a_norwegian_word_in_english_points_to_its_norwegian_results_with_their_count(
    search, demo_content
):
    response = search("samarbeid")
    here = response.context["search"].total
    links = response.context["other_languages"]
    assert [link["code"] for link in links] == ["nb"]
    count = int(re.match(r"(?:More than )?(\d+) results in Norwegian", links[0]["text"])[1])
    assert count >= 3 * here
    assert links[0]["url"].endswith("?q=samarbeid")


def test_a_misspelt_word_of_the_demo_texts_gets_a_suggestion(search, demo_content):
    response = search("samarbied", code="nb")
    assert response.context["search"].suggestion == "samarbeid"
    assert search("samarbied", code="en").context["search"].suggestion == "samarbeid"
    assert f'<a href="{response.context["suggestion_url"]}">samarbeid</a>' in (
        response.content.decode()
    )
