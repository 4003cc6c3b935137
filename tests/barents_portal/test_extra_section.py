"""A section plugs in through its declaration alone (barents_portal.sections).

tests/extra_section is a minimal section app: one published model with search columns, a
URLconf and a `Section` naming a menu entry, a sitemap, a search type and a dataset.
Installed here only (never in the settings), with its own migration applied inside the
test's transaction, it shows in the menu, in sitemap.xml, in the search and in the open
data — with no line of barents_portal/ changed for it.
"""

import importlib

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import override_settings
from django.urls import clear_url_caches, reverse
from django.utils import timezone

from barents_portal.publishing import Status

EXTRA_APP = "tests.extra_section"


def _reload_urlconf():
    # The root URLconf composes the sections' URLs and sitemaps when it is imported.
    import barents_portal.urls

    importlib.reload(barents_portal.urls)
    clear_url_caches()


@pytest.fixture
def extra_section(db):
    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, EXTRA_APP]):
        # Its own migration, rolled back with the test's transaction.
        MigrationExecutor(connection).migrate([("extra_section", "0001_notice")])
        _reload_urlconf()
        from tests.extra_section.models import Notice

        yield Notice
    _reload_urlconf()


def _publish(model, title):
    return model.objects.create(title=title, status=Status.PUBLISHED, published_at=timezone.now())


def test_the_settings_do_not_install_the_extra_section():
    assert EXTRA_APP not in settings.INSTALLED_APPS


def test_an_extra_section_appears_in_the_menu(client, extra_section):
    html = client.get("/en/").content.decode()
    assert '<a href="/en/notices/">Notices</a>' in html
    # After the sections it was declared after (its order, 60).
    assert html.index('href="/en/notices/"') > html.index('href="/en/offices/"')


def test_an_extra_section_appears_in_the_sitemap(client, extra_section):
    notice = _publish(extra_section, "Ice road open")
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/notices/</loc>" in xml  # the menu's pages
    assert f"http://testserver/en/notices/{notice.pk}/</loc>" in xml  # its own sitemap


def test_an_extra_section_is_searched(client, extra_section):
    notice = _publish(extra_section, "Aurora forecast for Kirkenes")
    response = client.get(reverse("search:index"), {"q": "aurora"})
    assert response.status_code == 200
    results = response.context["results"]
    assert [result.url for result in results] == [notice.get_absolute_url()]
    assert [str(result.type.item_label) for result in results] == ["Notice"]
    counts = {type_.key: count for type_, count in response.context["search"].types}
    assert counts == {"notices": 1}


def test_an_extra_section_publishes_its_open_data(client, extra_section):
    notice = _publish(extra_section, "=Ice road open")
    extra_section.objects.create(title="Draft", status=Status.DRAFT)
    csv_file = b"".join(client.get("/open-data/notices.csv").streaming_content)
    assert csv_file.decode("utf-8-sig") == f"id,title\r\n{notice.pk},'=Ice road open\r\n"
    assert "#dataset-notices" in client.get("/en/open-data/").content.decode()
    assert '"dct:identifier": "notices"' in client.get("/open-data/catalog.jsonld").content.decode()


def test_without_the_extra_section_the_site_does_not_know_it(client, db):
    html = client.get("/en/").content.decode()
    assert "/notices/" not in html
    assert "/notices/" not in client.get("/sitemap.xml").content.decode()
