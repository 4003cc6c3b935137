"""A translator follows the dashboard's link for a missing Russian translation, translates
the article with the Norwegian source beside each field, and saves."""

import pytest
from django.utils import timezone
from django.utils.translation import override

from barents_portal.roles import TRANSLATOR
from news.models import Article
from tests.browser.test_accessibility import AXE
from tests.news.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def norwegian_draft():
    return ArticleFactory(
        status="draft",
        published_at=None,
        title_nb="Nordlyset over Kirkenes",
        summary_nb="En kort sak om nordlyset.",
        body_nb="<h2>I natt</h2><p>Nordlyset danset over byen.</p>",
        title_ru="",
        summary_ru="",
        body_ru="",
        title_en="",
        summary_en="",
        body_en="",
    )


def test_a_translator_translates_a_missing_russian_article_from_the_dashboard(
    admin_log_in, live_server, page, staff_user, screenshot
):
    staff_user(TRANSLATOR)
    article = norwegian_draft()

    admin_log_in(page, "translator")
    page.click("#translation-summary a[href$='language=ru&state=missing']")
    page.wait_for_url("**/translationrevision/?language=ru&state=missing")
    screenshot(page, "translator-dashboard")
    link = page.locator(f"a[href^='/admin/news/article/{article.pk}/change/?language=ru']")
    assert link.inner_text() == "Missing"
    link.click()
    page.wait_for_url(f"**/admin/news/article/{article.pk}/change/?language=ru#id_title_ru")

    # The Russian tab is open, the cursor is in the Russian title, the Norwegian is beside.
    title = page.locator("#id_title_ru")
    assert title.is_visible()
    assert page.evaluate("document.activeElement.id") == "id_title_ru"
    source = page.locator("#id_title_ru_source")
    assert source.is_visible()
    assert "Nordlyset over Kirkenes" in source.inner_text()
    assert "Norwegian Bokmål (source)" in source.inner_text()
    body_source = page.locator("#id_body_ru_source")
    assert body_source.locator("h2").inner_text() == "I natt"  # rendered, not tags
    assert page.locator("#id_title_nb").count() == 0  # the source is not an input
    assert page.locator("#id_slug_ru").count() == 0  # slugs are made on save
    page.evaluate("window.scrollTo(0, 0)")  # the page's heading and language switch too
    screenshot(page, "translator-source-beside")

    page.keyboard.type("Северное сияние над Киркенесом")
    page.fill("#id_summary_ru", "Коротко о северном сиянии.")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert page.locator(".messagelist .success").count() == 1
    screenshot(page, "translator-saved")

    article.refresh_from_db()
    assert article.title_ru == "Северное сияние над Киркенесом"
    assert article.summary_ru == "Коротко о северном сиянии."
    assert article.title_nb == "Nordlyset over Kirkenes" and article.status == "draft"
    assert article.slug_ru  # made from the Russian title

    # Once published, /ru/ shows the Russian text.
    Article.objects.filter(pk=article.pk).update(
        status="published", published_at=timezone.now() - timezone.timedelta(minutes=1)
    )
    article.refresh_from_db()
    with override("ru"):
        russian_url = f"{live_server.url}{article.get_absolute_url()}"
    page.context.clear_cookies()
    page.goto(russian_url)
    assert page.get_by_role("heading", level=1).inner_text() == "Северное сияние над Киркенесом"


def test_without_javascript_the_link_still_reaches_the_field_and_its_source(
    admin_log_in, live_server, browser, staff_user
):
    staff_user(TRANSLATOR)
    article = norwegian_draft()
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    try:
        admin_log_in(page, "translator")
        page.goto(
            f"{live_server.url}/admin/news/article/{article.pk}/change/?language=ru#id_title_ru"
        )
        assert page.locator("#id_title_ru").is_visible()
        assert "Nordlyset over Kirkenes" in page.locator("#id_title_ru_source").inner_text()
        assert page.locator("#id_title_ru").get_attribute("aria-describedby") == (
            "id_title_ru_source"
        )
    finally:
        context.close()


def test_the_translation_form_and_dashboard_add_no_accessibility_violations(
    admin_log_in, live_server, browser, staff_user
):
    """axe-core on what this feature renders: the source blocks, the named language
    switch, the dashboard. Known elsewhere and left out: jQuery UI's tab markup (a link
    inside role=tab) and the header's language label."""
    staff_user(TRANSLATOR)
    article = norwegian_draft()
    context = browser.new_context(bypass_csp=True)  # only axe itself needs the bypass
    page = context.new_page()
    try:
        admin_log_in(page, "translator")
        found = {}
        for url in (
            f"/admin/news/article/{article.pk}/change/?language=ru#id_title_ru",
            "/admin/barents_portal/translationrevision/",
        ):
            page.goto(live_server.url + url)
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("async () => await axe.run(document)")
            found[url] = [
                (violation["id"], node["target"])
                for violation in result["violations"]
                for node in violation["nodes"]
                if not any(
                    known in str(node["target"]) for known in ("aria-controls", "admin-language")
                )
            ]
        assert not any(found.values()), found
    finally:
        context.close()
