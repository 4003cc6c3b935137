"""An editor writes a Norwegian draft with an image, a translator adds the Russian text, a
publisher schedules it, and after its time it is on /ru/ and in the Russian feed."""

import io
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from django.utils.translation import override
from PIL import Image

from news.models import Article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def jpeg():
    out = io.BytesIO()
    Image.new("RGB", (1200, 800), (30, 90, 150)).save(out, "JPEG")
    return {"name": "nordlys.jpg", "mimeType": "image/jpeg", "buffer": out.getvalue()}


def save(page):
    """Save the admin form and wait for the answer (the database is read right after)."""
    with page.expect_navigation():
        page.click("input[name=_save]")


def test_an_article_goes_from_norwegian_draft_to_scheduled_russian_publication(
    admin_log_in, staff_user, live_server, page, monkeypatch
):
    for role in ("Editor", "Translator", "Publisher"):
        staff_user(role)

    # The editor writes a Norwegian draft with an image; publishing is not theirs to do.
    admin_log_in(page, "editor")
    page.goto(f"{live_server.url}/admin/news/article/add/")
    # One switch turns every translated field to the same language.
    page.select_option("#modeltranslation-main-switch", label="nb")
    page.fill("#id_title_nb", "Nordlyset over Kirkenes")
    page.fill("#id_summary_nb", "En kort sak om nordlyset.")
    # The body is the toolbar editor's (tests/browser/test_rich_text_editor.py): typed as text.
    page.locator(".prose-editor:has(#id_body_nb) .ProseMirror").fill(
        "Nordlyset danset over byen i natt."
    )
    page.set_input_files("#id_image", jpeg())
    page.fill("#id_image_alt_nb", "Grønt nordlys over en by")
    assert page.locator("#id_status").count() == 0  # read-only for an editor
    save(page)
    article = Article.objects.get()
    assert article.status == "draft" and article.image

    # The translator adds the Russian text, nothing else.
    admin_log_in(page, "translator")
    page.goto(f"{live_server.url}/admin/news/article/{article.pk}/change/")
    page.select_option("#modeltranslation-main-switch", label="ru")
    page.fill("#id_title_ru", "Северное сияние над Киркенесом")
    page.fill("#id_summary_ru", "Коротко о северном сиянии.")
    page.locator(".prose-editor:has(#id_body_ru) .ProseMirror").fill(
        "Ночью над городом танцевало северное сияние."
    )
    save(page)
    article.refresh_from_db()
    assert article.title_ru == "Северное сияние над Киркенесом"
    assert article.status == "draft"

    # The publisher schedules it for ten minutes from now (Oslo time in the form).
    admin_log_in(page, "publisher")
    page.goto(f"{live_server.url}/admin/news/article/{article.pk}/change/")
    when = timezone.localtime() + timezone.timedelta(minutes=10)
    page.select_option("#id_status", "published")
    page.fill("#id_published_at_0", when.strftime("%Y-%m-%d"))
    page.fill("#id_published_at_1", when.strftime("%H:%M:%S"))
    save(page)
    article.refresh_from_db()
    assert article.publication_state == "scheduled"

    with override("ru"):
        russian_url = f"{live_server.url}{article.get_absolute_url()}"
    page.context.clear_cookies()
    assert page.request.get(russian_url).status == 404  # not yet

    # Eleven minutes later, with no job run, it is on /ru/ and in the Russian feed.
    later = timezone.now() + timezone.timedelta(minutes=11)
    monkeypatch.setattr(timezone, "now", lambda: later)
    page.context.clear_cookies()
    page.goto(russian_url)
    assert page.get_by_role("heading", level=1).inner_text() == "Северное сияние над Киркенесом"
    feed = page.request.get(f"{live_server.url}/ru/novosti/rss.xml").text()
    titles = [item.findtext("title") for item in ET.fromstring(feed).iter("item")]
    assert "Северное сияние над Киркенесом" in titles
