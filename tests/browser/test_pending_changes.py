"""An editor changes a live article; visitors keep the live text until a publisher, who
sees the change waiting, previews it, compares it and publishes it."""

import pytest
from django.utils.translation import override

from news.models import Article
from tests.news.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
OLD_TITLE = "Ice road to Murmansk opens"
NEW_TITLE = "Ice road to Murmansk opens a week early"


def public_title(page, url):
    """The page's title as a new visitor reads it (a browser of its own: no cookie, and
    no copy the staff member's browser kept for the page's max-age)."""
    context = page.context.browser.new_context(locale="en-GB")
    try:
        visitor = context.new_page()
        visitor.goto(url)
        return visitor.locator("h1").inner_text()
    finally:
        context.close()


def test_a_publisher_approves_an_editors_change_to_a_live_article(
    admin_log_in, staff_user, live_server, page, screenshot
):
    for role in ("Editor", "Publisher"):
        staff_user(role)
    article = ArticleFactory(title_en=OLD_TITLE, summary_en="The winter road is open.")
    with override("en"):
        public_url = f"{live_server.url}{article.get_absolute_url()}"
    change_url = f"{live_server.url}/admin/news/article/{article.pk}/change/"

    # The editor changes the live article: the form says the change will wait.
    admin_log_in(page, "editor")
    page.goto(change_url)
    assert "When you save, your changes wait for a publisher" in page.content()
    page.select_option("#modeltranslation-main-switch", label="en")
    page.fill("#id_title_en", NEW_TITLE)
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert "waiting for a publisher" in page.locator(".messagelist").inner_text()
    page.goto(change_url)
    assert page.locator("#id_title_en").input_value() == NEW_TITLE
    assert "Changes waiting for a publisher." in page.locator(".pending-notice").inner_text()
    screenshot(page, "pending-banner")

    # Visitors still read the live text.
    assert public_title(page, public_url) == OLD_TITLE

    # The publisher sees the change waiting, compares and previews it.
    admin_log_in(page, "publisher")
    page.click("#pending-summary a")
    screenshot(page, "pending-list")
    page.click(f"text={OLD_TITLE}")
    table = page.locator("table.pending-diff").inner_text()
    assert OLD_TITLE in table and NEW_TITLE in table
    screenshot(page, "pending-compare", full_page=True)
    review_url = page.url
    preview = page.locator(".pending-previews a[hreflang=en]").get_attribute("href")
    page.goto(f"{live_server.url}{preview}")
    assert page.locator("h1").inner_text() == NEW_TITLE
    assert "changes waiting for a publisher" in page.locator(".notice--preview").inner_text()
    screenshot(page, "pending-preview")

    # It publishes them; now visitors read the new text.
    page.goto(review_url)
    with page.expect_navigation():
        page.click("button[name=publish]")
    assert "are published" in page.locator(".messagelist").inner_text()
    screenshot(page, "pending-approve")
    assert Article.objects.get(pk=article.pk).title_en == NEW_TITLE
    assert public_title(page, public_url) == NEW_TITLE
