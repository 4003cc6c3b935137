import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils.translation import override

from tests.news.factories import ArticleFactory, EventFactory, SeriesFactory, TopicFactory
from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_the_rss_feed_is_in_the_urls_language_with_links_to_that_language(client):
    ArticleFactory(title_en="Scholarships", title_nb="Stipender", title_ru="Стипендии")
    with override("nb"):
        response = client.get(reverse("news:rss"))
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "nb"
    item = channel.find("item")
    assert item.findtext("title") == "Stipender"
    assert item.findtext("link") == "http://testserver/nb/nyheter/stipender/"


def test_the_atom_feed_is_valid_atom(client):
    ArticleFactory(title_en="Scholarships")
    response = client.get(reverse("news:atom"))
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert root.find("{http://www.w3.org/2005/Atom}entry") is not None


def test_a_topic_feed_has_only_that_topics_news_and_categories(client):
    culture = TopicFactory(name_en="Culture")
    ArticleFactory(title_en="Concert", topics=[culture])
    ArticleFactory(title_en="Railway")
    response = client.get(culture.get_rss_url())
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Concert"]
    assert channel.find("item").findtext("category") == "Culture"
    atom = client.get(culture.get_atom_url())
    assert b"Concert" in atom.content and b"Railway" not in atom.content


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    result = {}
    for url in root.findall(f"{SITEMAP}url"):
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        result[url.findtext(f"{SITEMAP}loc")] = alternates
    return result


def test_the_sitemap_lists_an_item_only_in_the_languages_it_exists_in(client):
    ArticleFactory(
        title_en="In three languages", title_nb="På tre språk", title_ru="На трёх языках"
    )
    ArticleFactory(title_en="", title_ru="", title_nb="Bare på norsk")
    urls = sitemap_urls(client)
    norwegian_only = "http://testserver/nb/nyheter/bare-pa-norsk/"
    assert urls[norwegian_only] == {"nb": norwegian_only, "x-default": norwegian_only}
    assert not any("bare-pa-norsk" in loc for loc in urls if loc != norwegian_only)
    english = "http://testserver/en/news/in-three-languages/"
    assert urls[english] == {
        "nb": "http://testserver/nb/nyheter/pa-tre-sprak/",
        "ru": "http://testserver/ru/novosti/na-trekh-iazykakh/",
        "en": english,
        "x-default": english,
    }
    assert urls["http://testserver/ru/novosti/na-trekh-iazykakh/"] == urls[english]


def test_the_sitemap_covers_every_section_of_the_portal(client):
    article = ArticleFactory()
    topic = TopicFactory()
    event = EventFactory()
    series = SeriesFactory()
    office = OfficeFactory()
    page = PageFactory()
    locations = set(sitemap_urls(client))
    with override("en"):
        expected = [
            "/en/",
            reverse("news:index"),
            reverse("news:event-list"),
            reverse("secretariat:office-list"),
            article.get_absolute_url(),
            topic.get_absolute_url(),
            event.get_absolute_url(),
            series.get_absolute_url(),
            office.get_absolute_url(),
            page.get_absolute_url(),
        ]
    for path in expected:
        assert f"http://testserver{path}" in locations, path


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert re.search(r"^Sitemap: http://testserver/sitemap\.xml$", response.content.decode(), re.M)
    assert "Disallow: /admin/" in response.content.decode()
