import re
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.utils import formats, timezone, translation

from barents_portal.roles import ADMINISTRATOR

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password-42"
NEW_PASSWORD = "fjord-lantern-harbour-77"
LINK = re.compile(r"https?://testserver(/admin/(?:reset|welcome)/[^/\s]+/[^/\s]+/)\?language=(\w+)")


@pytest.fixture(autouse=True)
def _no_earlier_resets():
    """The reset limits count in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(
        "kari", email="kari@barents.example", password=PASSWORD, first_name="Kari", is_staff=True
    )


def in_language(client, language):
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language
    return client


def ask_for_reset(client, email):
    return client.post("/admin/password_reset/", {"email": email})


def login(client, username, password):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})


def link_in(message):
    match = LINK.search(message.body)
    assert match, message.body
    return match.group(1), match.group(2)


def set_password_through(client, path, language):
    """Open the mailed link, then choose the new password on the page it leads to."""
    response = client.get(f"{path}?language={language}")
    assert response.status_code == 302
    form_url = response["Location"]
    assert form_url.endswith("/set-password/")
    return client.get(form_url), client.post(
        form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )


def test_the_admin_login_page_links_to_the_password_reset(client):
    page = in_language(client, "nb").get("/admin/login/").content.decode()
    assert 'href="/admin/password_reset/"' in page
    assert "Glemt innloggingsopplysningene?" in page


@pytest.mark.parametrize(
    ("language", "subject", "greeting", "page_text"),
    [
        ("nb", "Velg nytt passord", "Hei Kari", "Brukernavn:"),
        ("ru", "новый пароль", "Здравствуйте, Kari", "Имя пользователя:"),
        ("en", "Set a new password", "Hello Kari", "Username:"),
    ],
)
def test_a_staff_member_resets_the_password_by_email_in_their_language_and_logs_in(
    client, staff, language, subject, greeting, page_text
):
    response = ask_for_reset(in_language(client, language), "KARI@barents.example")
    assert response.status_code == 302
    assert response["Location"] == "/admin/password_reset/done/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kari@barents.example"]
    assert subject in message.subject
    assert greeting in message.body
    assert "kari" in message.body  # the username
    path, link_language = link_in(message)
    assert link_language == language

    client.cookies.pop(django_settings.LANGUAGE_COOKIE_NAME)  # another browser: the link decides
    form_page, done = set_password_through(client, path, language)
    assert form_page.status_code == 200
    assert page_text in form_page.content.decode()
    assert f'lang="{language}"' in form_page.content.decode()
    assert done.status_code == 302
    assert done["Location"] == "/admin/reset/done/"
    assert 'href="/admin/login/"' in client.get(done["Location"]).content.decode()
    staff.refresh_from_db()
    assert staff.check_password(NEW_PASSWORD)
    assert login(client, "kari", NEW_PASSWORD).status_code == 302


def test_a_reset_link_works_once(client, staff):
    ask_for_reset(client, staff.email)
    path, language = link_in(mail.outbox[0])
    set_password_through(client, path, language)
    again = client.get(path, follow=True)
    page = again.content.decode()
    assert again.status_code == 200
    assert "This link no longer works" in page
    assert 'href="/admin/password_reset/"' in page


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, staff):
    known = ask_for_reset(client, staff.email)
    unknown = ask_for_reset(client, "nobody@barents.example")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [staff.email]


@pytest.mark.parametrize(
    "change", [{"is_active": False}, {"is_staff": False}], ids=["inactive", "not staff"]
)
def test_inactive_and_non_staff_accounts_get_no_mail(client, staff, change):
    get_user_model().objects.filter(pk=staff.pk).update(**change)
    assert ask_for_reset(client, staff.email).status_code == 302
    assert mail.outbox == []


def test_a_link_for_an_account_no_longer_staff_does_not_work(client, staff):
    ask_for_reset(client, staff.email)
    path, language = link_in(mail.outbox[0])
    get_user_model().objects.filter(pk=staff.pk).update(is_staff=False)
    page = client.get(path, follow=True).content.decode()
    assert "This link no longer works" in page


def test_a_new_colleague_without_a_password_may_ask_for_a_reset_too(client, staff):
    staff.set_unusable_password()
    staff.save()
    ask_for_reset(client, staff.email)
    assert len(mail.outbox) == 1


def test_one_address_gets_at_most_three_reset_mails_an_hour(client, staff):
    for _ in range(5):
        assert ask_for_reset(client, staff.email).status_code == 302
    assert len(mail.outbox) == 3


def test_a_failing_mail_server_is_no_server_error(client, staff, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    response = ask_for_reset(client, staff.email)
    assert response.status_code == 302


@pytest.mark.parametrize(
    "url",
    ["/admin/password_reset/", "/admin/password_reset/done/", "/admin/reset/done/"],
)
def test_the_reset_pages_have_the_strict_csp_no_inline_script_and_no_cache(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "script-src 'self' 'nonce-" in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    page = response.content.decode()
    assert "Barents Portal" in page
    for tag in re.findall(r"<script[^>]*>", page):
        assert "src=" in tag, tag
    assert "no-store" in response["Cache-Control"]


def test_the_set_password_pages_have_no_inline_script(client, staff):
    ask_for_reset(client, staff.email)
    path, language = link_in(mail.outbox[0])
    form_page, _done = set_password_through(client, path, language)
    assert "script-src 'self' 'nonce-" in form_page["Content-Security-Policy"]
    for tag in re.findall(r"<script[^>]*>", form_page.content.decode()):
        assert "src=" in tag, tag


# --- New staff: the set-password mail --------------------------------------------------
def add_user(client, **fields):
    data = {
        "username": "ole",
        "email": "ole@barents.example",
        "first_name": "Ole",
        "last_name": "",
        "send_set_password_mail": "on",
        "mail_language": "ru",
        **fields,
    }
    return client.post("/admin/auth/user/add/", {k: v for k, v in data.items() if v is not None})


def test_an_administrator_adds_a_staff_member_who_chooses_their_own_password(
    client, login_as, django_capture_on_commit_callbacks
):
    login_as(ADMINISTRATOR)
    form = client.get("/admin/auth/user/add/").content.decode()
    assert 'name="password1"' not in form
    assert 'name="send_set_password_mail"' in form
    assert "No password is needed here" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = add_user(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(username="ole")
    assert user.is_staff and user.is_active and not user.has_usable_password()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ole@barents.example"]
    assert "Добро пожаловать" in message.subject
    assert "ole" in message.body
    path, language = link_in(message)
    assert path.startswith("/admin/welcome/")
    assert language == "ru"

    client.logout()
    form_page, done = set_password_through(client, path, language)
    assert "Ваша учётная запись готова" in form_page.content.decode()
    assert "<title>Добро пожаловать на Баренц-портал" in form_page.content.decode()
    assert done["Location"] == "/admin/reset/done/"
    assert login(client, "ole", NEW_PASSWORD).status_code == 302


def test_adding_a_user_without_the_mail_sends_none(
    client, login_as, django_capture_on_commit_callbacks
):
    login_as(ADMINISTRATOR)
    with django_capture_on_commit_callbacks(execute=True):
        response = add_user(client, send_set_password_mail=None, email="")
    assert response.status_code == 302
    assert mail.outbox == []
    assert not get_user_model().objects.get(username="ole").has_usable_password()


def test_the_set_password_mail_needs_an_email_address(client, login_as):
    login_as(ADMINISTRATOR)
    response = add_user(client, email="")
    assert response.status_code == 200
    assert "An e-mail address is needed" in response.content.decode()
    assert not get_user_model().objects.filter(username="ole").exists()


def test_the_user_list_action_sends_the_set_password_mail_to_active_staff_only(
    client, login_as, staff
):
    login_as(ADMINISTRATOR)
    visitor = get_user_model().objects.create_user("visitor", email="v@barents.example")
    response = client.post(
        "/admin/auth/user/",
        {"action": "send_set_password_mail", "_selected_action": [staff.pk, visitor.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert [message.to for message in mail.outbox] == [[staff.email]]
    assert "/admin/welcome/" in mail.outbox[0].body
    page = response.content.decode()
    assert "A set-password e-mail was sent to 1 staff member." in page
    assert "1 user got no e-mail" in page


# --- Sessions ---------------------------------------------------------------------------
def test_a_staff_login_lasts_a_working_day_and_ends_with_the_browser(client, staff):
    assert django_settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert django_settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    login(client, "kari", PASSWORD)
    assert client.session.get_expire_at_browser_close()
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"]  # a browser-session cookie; the server ends it after 8 hours
    assert client.session.get_expiry_age() == 8 * 60 * 60


def test_the_session_length_comes_from_the_environment():
    code = "from django.conf import settings; print(settings.SESSION_COOKIE_AGE)"
    env = {"DEBUG": "1", "SESSION_COOKIE_AGE": "3600", "PATH": "/usr/bin:/bin"}
    env["DJANGO_SETTINGS_MODULE"] = "barents_portal.settings"
    env["DATABASE_URL"] = "postgres://nobody@127.0.0.1:1/none"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "3600"


# --- The lockout page -------------------------------------------------------------------
def lock_out(client):
    for _ in range(django_settings.AXES_FAILURE_LIMIT - 1):
        login(client, "kari", "wrong")
    before = timezone.now()
    response = login(client, "kari", "wrong")
    return before, response


@pytest.mark.parametrize(
    ("language", "in_minutes", "norwegian_time", "reset_link"),
    [
        ("nb", "om 15 minutter", "norsk tid", "Velg et nytt via e-post"),
        ("ru", "через 15 минут", "по норвежскому времени", "Задайте новый по электронной почте"),
        ("en", "in 15 minutes", "Norwegian time", "Set a new one by e-mail"),
    ],
)
def test_the_lockout_page_says_when_to_try_again(
    client, staff, language, in_minutes, norwegian_time, reset_link
):
    before, response = lock_out(in_language(client, language))
    assert response.status_code == 429
    assert 885 <= int(response["Retry-After"]) <= 900
    page = response.content.decode()
    assert f'lang="{language}"' in page
    assert in_minutes in page
    assert norwegian_time in page
    with translation.override(language):
        times = {
            formats.date_format(timezone.localtime(moment + timedelta(minutes=15)), "TIME_FORMAT")
            for moment in (before, timezone.now())
        }
    assert any(time in page for time in times), (times, page)
    assert reset_link in page
    assert 'href="/admin/password_reset/"' in page


def test_a_new_password_by_email_lifts_the_lockout(client, staff):
    lock_out(client)
    assert login(client, "kari", PASSWORD).status_code == 429
    ask_for_reset(client, staff.email)
    path, language = link_in(mail.outbox[0])
    set_password_through(client, path, language)
    assert login(client, "kari", NEW_PASSWORD).status_code == 302


def test_a_too_short_password_is_refused_in_norwegian_too(client, staff):
    ask_for_reset(in_language(client, "nb"), staff.email)
    path, language = link_in(mail.outbox[0])
    form_url = client.get(f"{path}?language={language}")["Location"]
    response = client.post(form_url, {"new_password1": "kort", "new_password2": "kort"})
    assert response.status_code == 200
    assert "Passordet er for kort. Det må bestå av minst 12 tegn." in response.content.decode()
    staff.refresh_from_db()
    assert staff.check_password(PASSWORD)
