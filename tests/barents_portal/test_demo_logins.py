"""`make run` (load_demo) keeps the local staff passwords it printed before."""

import io
import re
import stat

import pytest
from django.contrib.auth import get_user_model

from barents_portal.management.commands.load_demo import Command

pytestmark = pytest.mark.django_db

LOGIN = re.compile(r"user '(?P<user>[\w-]+)'\s+(?:password '(?P<password>[^']+)'|(?P<own>its own))")


@pytest.fixture
def load_demo(tmp_path):
    """The staff-login step of `load_demo` (the demo content itself is tested elsewhere),
    with the logins kept in a temporary file; returns ({user: password}, output)."""
    path = tmp_path / "var" / "demo-staff-logins.json"

    def load(*args):
        out = io.StringIO()
        Command(stdout=out).create_staff_login(renew="--renew-staff-passwords" in args, path=path)
        text = out.getvalue()
        logins = {m["user"]: m["password"] for m in LOGIN.finditer(text)}
        return logins, text

    load.path = path
    return load


def test_a_second_run_prints_and_keeps_the_same_passwords(load_demo):
    first, text = load_demo()
    assert "passwords kept from run to run" in text
    assert set(first) >= {"admin", "editor", "publisher", "translator", "office-manager"}
    assert all(first.values())
    second, _text = load_demo()
    assert second == first
    for username, password in second.items():
        assert get_user_model().objects.get(username=username).check_password(password)


def test_the_kept_passwords_are_readable_by_their_owner_only(load_demo):
    load_demo()
    assert stat.S_IMODE(load_demo.path.stat().st_mode) == 0o600


def test_renewing_gives_new_passwords_and_says_so(load_demo):
    first, _text = load_demo()
    renewed, text = load_demo("--renew-staff-passwords")
    assert "with new passwords" in text
    assert all(renewed[user] != first[user] for user in first)
    assert get_user_model().objects.get(username="admin").check_password(renewed["admin"])
    again, _text = load_demo()
    assert again == renewed


def test_a_password_changed_by_hand_is_never_overwritten(load_demo):
    first, _text = load_demo()
    editor = get_user_model().objects.get(username="editor")
    editor.set_password("my-own-long-password")
    editor.save()
    second, text = load_demo()
    editor.refresh_from_db()
    assert editor.check_password("my-own-long-password")
    assert second["editor"] is None
    assert "'editor'" in text and "its own password, kept" in text
    assert second["admin"] == first["admin"]


def test_a_recreated_database_gets_the_passwords_printed_before(load_demo):
    first, _text = load_demo()
    get_user_model().objects.filter(username__in=first).delete()
    second, _text = load_demo()
    assert second == first
