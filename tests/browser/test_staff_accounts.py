"""An administrator adds a colleague who sets their own password from the mail; a staff
member who forgot theirs gets a new one from the login page, even after a lockout."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from barents_portal.roles import ADMINISTRATOR

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-password-42"
NEW_PASSWORD = "fjord-lantern-harbour-77"


@pytest.fixture(autouse=True)
def _no_earlier_resets():
    """The reset limits count in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


def link_in(message, live_server):
    match = re.search(rf"{re.escape(live_server.url)}(/admin/\S+)", message.body)
    assert match, message.body
    return f"{live_server.url}{match.group(1)}"


def speak(page, live_server, language):
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )


def log_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.click("input[type=submit]")


def choose_password(page):
    page.fill("#id_new_password1", NEW_PASSWORD)
    page.fill("#id_new_password2", NEW_PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")


def test_a_new_colleague_chooses_their_password_from_the_welcome_mail(
    live_server, browser, page, screenshot
):
    admin = get_user_model().objects.create_user("admin", password=PASSWORD, is_staff=True)
    admin.groups.add(Group.objects.get(name=ADMINISTRATOR))
    speak(page, live_server, "nb")
    log_in(page, live_server, "admin", PASSWORD)

    page.goto(f"{live_server.url}/admin/auth/user/add/")
    page.fill("#id_username", "nina")
    page.fill("#id_email", "nina@barents.example")
    page.fill("#id_first_name", "Nina")
    page.select_option("#id_mail_language", "ru")
    screenshot(page, "staff-accounts-add-user", full_page=True)
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nina@barents.example"]

    # Nina opens the mail's link in her own browser, which speaks English.
    context = browser.new_context(locale="en-GB")
    nina = context.new_page()
    nina.goto(link_in(mail.outbox[0], live_server))
    assert nina.locator("html").get_attribute("lang") == "ru"
    assert "Ваша учётная запись готова" in nina.content()
    screenshot(nina, "staff-accounts-welcome", full_page=True)
    choose_password(nina)
    assert nina.url.endswith("/admin/reset/done/")
    log_in(nina, live_server, "nina", NEW_PASSWORD)
    assert nina.url == f"{live_server.url}/admin/"
    context.close()


def test_a_locked_out_staff_member_sets_a_new_password_and_logs_in(live_server, page, screenshot):
    get_user_model().objects.create_user(
        "kari", email="kari@barents.example", password=PASSWORD, is_staff=True
    )
    speak(page, live_server, "nb")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(page, live_server, "kari", "wrong")
    assert "om 15 minutter" in page.content()
    screenshot(page, "staff-accounts-lockout", full_page=True)

    page.goto(f"{live_server.url}/admin/login/")
    screenshot(page, "staff-accounts-login-link")
    with page.expect_navigation():
        page.click("text=Glemt innloggingsopplysningene?")
    page.fill("#id_email", "kari@barents.example")
    screenshot(page, "staff-accounts-reset-form")
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.url.endswith("/admin/password_reset/done/")
    assert len(mail.outbox) == 1

    page.goto(link_in(mail.outbox[0], live_server))
    screenshot(page, "staff-accounts-new-password", full_page=True)
    choose_password(page)
    log_in(page, live_server, "kari", NEW_PASSWORD)
    assert page.url == f"{live_server.url}/admin/"
