"""axe-core on the newsroom's pages (see test_accessibility.py for the checker)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.browser.test_accessibility import violations
from tests.news.factories import (
    ArticleFactory,
    DocumentFactory,
    EventFactory,
    SeriesFactory,
    TopicFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def axe_page(browser):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def newsroom(settings, tmp_path):
    settings.DOCUMENTS_ROOT = tmp_path / "documents"
    topic = TopicFactory(name_en="Culture", name_nb="Kultur", name_ru="Культура")
    article = ArticleFactory(topics=[topic], featured=True)
    ArticleFactory(topics=[topic])
    ArticleFactory(title_en="", title_ru="", title_nb="Bare på norsk", topics=[topic])
    series = SeriesFactory(link_url="https://council.example/", link_label_en="The council")
    event = EventFactory(series=series, ordinal=1, link_url="https://wgec.example/")
    original = DocumentFactory(event=event, link_url="https://slides.example/")
    DocumentFactory(event=event, language="ru", translation_of=original)
    EventFactory(start=timezone.now() - datetime.timedelta(days=400))
    return {"article": article, "topic": topic, "event": event, "series": series}


def test_the_newsroom_pages_have_no_accessibility_violations(live_server, axe_page, newsroom):
    today = timezone.localdate()
    urls = []
    for code in ("nb", "ru", "en"):
        with override(code):
            urls += [
                reverse("home"),
                reverse("news:index"),
                newsroom["article"].get_absolute_url(),
                newsroom["topic"].get_absolute_url(),
                reverse("news:event-list"),
                reverse("news:event-month", args=[today.year, today.month]),
                newsroom["event"].get_absolute_url(),
                newsroom["series"].get_absolute_url(),
            ]
    found = {url: violations(axe_page, live_server.url + url) for url in urls}
    assert not any(found.values()), {url: v for url, v in found.items() if v}
