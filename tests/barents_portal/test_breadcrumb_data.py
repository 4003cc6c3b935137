"""Every section's detail pages carry their breadcrumb trail as schema.org BreadcrumbList
JSON-LD, read from the trail they show; list pages and the home page carry none."""

import json
import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from barents_portal.structured_data import breadcrumbs, json_ld
from tests.news.factories import ArticleFactory, EventFactory, SeriesFactory, TopicFactory
from tests.projects.factories import FundedProjectFactory, ProgrammeFactory
from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = pytest.mark.django_db

BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
TRAIL = re.compile(r'<nav class="breadcrumbs".*?</nav>', re.DOTALL)


def breadcrumb_lists(page):
    found = [json.loads(payload) for payload in BLOCK.findall(page)]
    return [data for data in found if data["@type"] == "BreadcrumbList"]


@pytest.mark.parametrize(
    "make",
    [
        ArticleFactory,
        TopicFactory,
        EventFactory,
        SeriesFactory,
        ProgrammeFactory,
        FundedProjectFactory,
        OfficeFactory,
        PageFactory,
    ],
)
def test_a_detail_page_has_its_shown_trail_as_a_breadcrumb_list(client, make):
    obj = make()
    with override("nb"):
        url = obj.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    (data,) = breadcrumb_lists(page)
    shown = breadcrumbs(TRAIL.search(page).group())
    items = data["itemListElement"]
    assert [item["name"] for item in items] == [name for name, _href in shown]
    assert [item["position"] for item in items] == list(range(1, len(shown) + 1))
    assert all(item["item"].startswith("http://testserver/nb/") for item in items)
    assert items[-1]["item"] == f"http://testserver{url}"
    assert items[0]["item"] == "http://testserver/nb/"


def test_list_pages_and_the_home_page_carry_no_breadcrumb_list(client):
    with override("en"):
        urls = [reverse("home"), reverse("news:index"), reverse("news:event-list")]
    for url in urls:
        assert breadcrumb_lists(client.get(url).content.decode()) == []


def test_the_trail_reader_takes_names_as_shown_and_links_as_written():
    html = (
        '<nav><ol><li><a href="/en/">Home</a></li>\n<li><a href="/en/news/?a=1&amp;b=2">'
        "News &amp; <b>views</b></a></li><li><span aria-current=page>  A\n title </span></li>"
        "</ol></nav>"
    )
    assert breadcrumbs(html) == [
        ("Home", "/en/"),
        ("News & views", "/en/news/?a=1&b=2"),
        ("A title", None),
    ]


def test_a_fallback_crumb_is_named_without_its_language_label(client):
    series = SeriesFactory(title_en="", title_ru="", title_nb="Kulturnatt-serien")
    event = EventFactory(title_en="", title_ru="", title_nb="Kulturnatt i Kirkenes", series=series)
    with override("ru"):
        url = event.get_absolute_url()
    page = client.get(url).content.decode()
    assert 'class="lang-label"' in TRAIL.search(page).group()
    (data,) = breadcrumb_lists(page)
    names = [item["name"] for item in data["itemListElement"]]
    assert names[-2:] == ["Kulturnatt-serien", "Kulturnatt i Kirkenes"]


def test_no_text_can_end_a_data_block_early():
    block = str(json_ld({"name": "</script><!-- <script>\u2028&\x0b", "empty": ""}))
    assert block.count("<") == 2 and block.endswith("</script>")
    payload = block.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(payload) == {"name": "</script><!-- <script>\u2028&"}
