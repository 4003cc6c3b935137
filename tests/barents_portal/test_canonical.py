"""One rule for canonical and hreflang links (`{% canonical_url %}`, `language_links`).

A fallback detail page of any type names the page in the item's original language as its
canonical address and lists, in hreflang, only the languages the item really exists in.
A list's page N>1 is its own canonical page.
"""

import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from tests.news.factories import ArticleFactory, EventFactory, SeriesFactory, TopicFactory
from tests.projects.factories import FundedProjectFactory, ProgrammeFactory
from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = pytest.mark.django_db

HOST = "http://testserver"


def norwegian_only(factory, key="title", **fields):
    blank = {f"{key}_en": "", f"{key}_ru": "", f"{key}_nb": f"Bare på norsk {factory.__name__}"}
    return factory(**blank, **fields)


CONTENT_TYPES = {
    "article": lambda: norwegian_only(ArticleFactory, summary_en="", summary_ru=""),
    "event": lambda: norwegian_only(EventFactory, summary_en=""),
    "series": lambda: norwegian_only(SeriesFactory),
    "topic": lambda: norwegian_only(TopicFactory, key="name"),
    "programme": lambda: norwegian_only(ProgrammeFactory, key="name", summary_en=""),
    "project": lambda: norwegian_only(FundedProjectFactory, summary_en=""),
    "office": lambda: norwegian_only(OfficeFactory, key="name"),
    "page": lambda: norwegian_only(PageFactory, summary_en="", body_en="", body_ru=""),
}


def links(page):
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', page).group(1)
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', page)
    )
    return canonical, alternates


def url_in(code, obj):
    with override(code):
        return obj.get_absolute_url()


@pytest.mark.parametrize("kind", CONTENT_TYPES)
@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_fallback_detail_page_points_its_canonical_at_the_original(client, kind, code):
    item = CONTENT_TYPES[kind]()
    original = HOST + url_in("nb", item)
    response = client.get(url_in(code, item), follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<html lang="{code}">' in page
    canonical, alternates = links(page)
    assert canonical == original
    assert alternates == {"nb": original, "x-default": original}


@pytest.mark.parametrize("kind", CONTENT_TYPES)
def test_a_page_in_its_own_language_is_its_own_canonical(client, kind):
    item = CONTENT_TYPES[kind]()
    url = url_in("nb", item)
    canonical, alternates = links(client.get(url).content.decode())
    assert canonical == HOST + url
    assert alternates == {"nb": HOST + url, "x-default": HOST + url}


def test_an_item_in_every_language_lists_them_all_and_is_canonical_in_each(client):
    article = ArticleFactory()
    for code in ["nb", "ru", "en"]:
        canonical, alternates = links(client.get(url_in(code, article)).content.decode())
        assert canonical == HOST + url_in(code, article)
        assert set(alternates) == {"nb", "ru", "en", "x-default"}
        assert alternates["x-default"] == HOST + url_in("en", article)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_page_two_of_a_list_is_its_own_canonical_page(client, settings, code):
    ArticleFactory.create_batch(13)
    with override(code):
        url = reverse("news:index")
    canonical, _ = links(client.get(url).content.decode())
    assert canonical == HOST + url
    second = client.get(url, {"page": 2})
    assert second.status_code == 200
    assert second.context["page_obj"].number == 2
    canonical, _ = links(second.content.decode())
    assert canonical == f"{HOST}{url}?page=2"
    canonical, _ = links(client.get(url, {"page": 1}).content.decode())
    assert canonical == HOST + url


def test_page_two_of_a_fallback_topic_names_the_original_topics_page_two(client):
    topic = norwegian_only(TopicFactory, key="name")
    ArticleFactory.create_batch(13, topics=[topic])
    response = client.get(url_in("ru", topic), {"page": 2})
    canonical, _ = links(response.content.decode())
    assert canonical == f"{HOST}{url_in('nb', topic)}?page=2"
