"""`{% lang_attr %}`: the `lang` of text shown in another language than the page's."""

import re

import pytest
from django.template import Context, Template
from django.utils.translation import override

from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def render(source, **context):
    return Template("{% load portal %}" + source).render(Context(context))


@pytest.fixture
def english_only():
    return ArticleFactory(
        title_en="Only in English",
        title_nb="",
        title_ru="",
        summary_en="An English summary.",
        summary_nb="",
        summary_ru="",
        body_en="<p>English body.</p>",
        body_nb="",
        body_ru="",
    )


@pytest.mark.parametrize("code", ["nb", "ru"])
def test_an_item_shown_in_a_fallback_language_gets_that_language(english_only, code):
    with override(code):
        assert render("<h1{% lang_attr item %}>", item=english_only) == '<h1 lang="en">'


def test_an_item_in_the_pages_own_language_gets_no_attribute(english_only):
    with override("en"):
        assert render("<h1{% lang_attr item %}>", item=english_only) == "<h1>"


def test_a_field_falls_back_on_its_own_when_the_rest_is_translated():
    article = ArticleFactory(title_nb="Tittel", summary_nb="", summary_en="English summary.")
    with override("nb"):
        assert render("{% lang_attr item %}", item=article) == ""
        assert render("{% lang_attr item 'summary' %}", item=article) == ' lang="en"'
        assert render("{% lang_attr item 'title' %}", item=article) == ""


def test_a_field_empty_in_every_language_gets_no_attribute():
    article = ArticleFactory(image_caption_en="", image_caption_nb="", image_caption_ru="")
    with override("nb"):
        assert render("{% lang_attr item 'image_caption' %}", item=article) == ""


@pytest.mark.parametrize(
    ("shown", "expected"), [("en", ' lang="en"'), ("nb", ""), ("", ""), (None, "")]
)
def test_a_language_code_is_written_when_it_is_not_the_pages(shown, expected):
    with override("nb"):
        assert render("{% lang_attr code %}", code=shown) == expected


def test_the_code_is_escaped():
    with override("nb"):
        written = render("{% lang_attr code %}", code='x"><script>')
    assert written == ' lang="x&quot;&gt;&lt;script&gt;"'


def test_an_english_only_article_under_nb_marks_its_title_summary_and_body(client, english_only):
    with override("nb"):
        url = english_only.get_absolute_url()
    page = client.get(url, follow=True).content.decode()
    assert '<html lang="nb">' in page
    assert '<h1 lang="en">Only in English</h1>' in page
    assert '<p class="lead" lang="en">An English summary.</p>' in page
    assert '<div class="prose" lang="en"><p>English body.</p></div>' in page
    assert 'class="notice notice--language" role="note"' in page


def test_the_same_article_under_en_carries_no_lang_of_its_own(client, english_only):
    with override("en"):
        page = client.get(english_only.get_absolute_url()).content.decode()
    assert "<h1>Only in English</h1>" in page
    assert not re.search(r'<(h1|p|div)[^>]* lang="', page)
    assert "notice--language" not in page


def test_the_news_list_marks_the_card_of_an_english_only_article(client, english_only):
    with override("nb"):
        page = client.get("/nb/nyheter/").content.decode()
        card = page.split(f'href="{english_only.get_absolute_url()}"')[0].rsplit("<li", 1)[1]
    assert '<h2 class="card__title" lang="en">' in card
    assert '<p lang="en">An English summary.</p>' in page
