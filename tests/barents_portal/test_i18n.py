"""Guard rails for the three languages: prefixes, <html lang>, one <h1>, switcher, hreflang."""

import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.translation import override

from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def public_urls(head_office, about_tree):
    urls = []
    for code in LANGUAGES:
        with override(code):
            urls += [
                (code, reverse("home")),
                (code, reverse("secretariat:office-list")),
                (code, head_office.get_absolute_url()),
                (code, about_tree["root"].get_absolute_url()),
                (code, about_tree["child"].get_absolute_url()),
                (code, about_tree["norwegian_only"].get_absolute_url()),
                (code, reverse("secretariat:accessibility")),
            ]
    return urls


def test_every_public_page_answers_in_every_language_with_its_lang_and_one_h1(
    client, head_office, closed_office, about_tree
):
    for code, url in public_urls(head_office, about_tree):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{code}">' in html, url
        assert len(re.findall(r"<h1[\s>]", html)) == 1, url


def test_urls_carry_the_language_and_translated_path_segments():
    paths = {}
    for code in LANGUAGES:
        with override(code):
            paths[code] = reverse("secretariat:office-list")
    assert paths == {"nb": "/nb/kontorer/", "ru": "/ru/ofisy/", "en": "/en/offices/"}


@pytest.mark.parametrize(
    ("accept", "expected"), [("nb-NO,nb;q=0.9", "/nb/"), ("ru", "/ru/"), ("de", "/en/")]
)
def test_the_root_sends_visitors_to_the_language_their_browser_asks_for(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("path", ["/de/", "/fr/offices/", "/sv/", "/static/nothing-here.css"])
def test_an_unknown_language_prefix_is_a_404(client, path):
    assert client.get(path).status_code == 404


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {code: url for url, code in re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', nav)}


def hreflang_links(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html))


def test_the_language_switcher_leads_to_the_same_office_with_its_own_slug(client, head_office):
    with override("en"):
        url = head_office.get_absolute_url()
    links = switcher_links(client.get(url).content.decode())
    assert links == {
        "nb": "/nb/kontorer/hovedkontoret-i-kirkenes/",
        "ru": "/ru/ofisy/glavnyi-ofis-v-kirkenese/",
        "en": "/en/offices/head-office-in-kirkenes/",
    }
    # Symmetric: from each language the switcher offers the same three addresses.
    for code in LANGUAGES:
        assert switcher_links(client.get(links[code]).content.decode()) == links


def test_hreflang_lists_only_languages_the_content_exists_in_plus_x_default(client, about_tree):
    page = about_tree["norwegian_only"]
    with override("nb"):
        url = page.get_absolute_url()
    links = hreflang_links(client.get(url).content.decode())
    assert set(links) == {"nb", "x-default"}
    assert links["x-default"].endswith(url)

    with override("en"):
        full = client.get(about_tree["child"].get_absolute_url()).content.decode()
    assert set(hreflang_links(full)) == {"nb", "ru", "en", "x-default"}


def test_content_missing_in_the_visitors_language_is_shown_with_its_own_lang_and_a_notice(
    client, about_tree
):
    page = about_tree["norwegian_only"]
    with override("ru"):
        response = client.get(page.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="note"' in html
    assert '<article class="page" lang="nb">' in html

    with override("nb"):
        native = client.get(page.get_absolute_url()).content.decode()
    assert "notice--language" not in native
    assert '<article class="page">' in native  # in the page's own language: no lang of its own


def test_an_item_found_by_another_languages_slug_redirects_to_its_own_slug(client, head_office):
    response = client.get("/ru/ofisy/head-office-in-kirkenes/")
    assert response.status_code == 301
    assert response["Location"] == "/ru/ofisy/glavnyi-ofis-v-kirkenese/"


CATALOGS = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def test_both_catalogs_exist():
    assert {po.parts[-3] for po in CATALOGS} == {"nb", "ru"}


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalogs_are_complete_with_nothing_untranslated_or_fuzzy(po):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_russian_catalog_declares_three_plural_forms():
    text = Path(settings.BASE_DIR, "locale/ru/LC_MESSAGES/django.po").read_text()
    assert "nplurals=3" in text
