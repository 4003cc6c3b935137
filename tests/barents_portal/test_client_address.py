"""The client's address comes through trusted proxies only; the lockout is keyed on it."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from barents_portal.proxies import client_address

PASSWORD = "a-long-enough-password-42"


def request_from(peer, forwarded=None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_a_trusted_proxy_the_peer_is_the_client_whatever_the_header_says(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(request_from("127.0.0.1", "203.0.113.7")) == "127.0.0.1"
    assert client_address(request_from("198.51.100.2")) == "198.51.100.2"


def test_behind_a_trusted_proxy_the_address_it_added_is_the_client(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]
    assert client_address(request_from("127.0.0.1", "203.0.113.7")) == "203.0.113.7"
    assert client_address(request_from("::1", "2001:db8::5")) == "2001:db8::5"


def test_a_forged_forwarded_for_gains_nothing(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    # The client wrote 10.9.9.9 itself; nginx appended the address it really saw.
    assert client_address(request_from("127.0.0.1", "10.9.9.9, 203.0.113.7")) == "203.0.113.7"
    # A client reaching gunicorn directly is no proxy: its header is ignored.
    assert client_address(request_from("198.51.100.2", "10.9.9.9")) == "198.51.100.2"
    # Garbage in the chain stops the walk at the last hop we trust.
    assert client_address(request_from("127.0.0.1", "203.0.113.7, nonsense")) == "127.0.0.1"


def test_a_unix_socket_peer_is_trusted_only_when_configured(settings):
    settings.TRUSTED_PROXIES = ["unix"]
    assert client_address(request_from("", "203.0.113.7")) == "203.0.113.7"
    settings.TRUSTED_PROXIES = []
    assert client_address(request_from("", "203.0.113.7")) is None


def test_networks_and_proxy_chains(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    # A load balancer (10.0.0.2) in front of nginx (10.0.0.3): both ours, skipped.
    assert client_address(request_from("10.0.0.3", "203.0.113.7, 10.0.0.2")) == "203.0.113.7"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)


def attempt(client, address, password="wrong"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=address,
    )


def test_the_lockout_is_keyed_on_the_real_client_behind_the_proxy(client, settings, editor):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "203.0.113.66")
    locked = attempt(client, "203.0.113.66", PASSWORD)
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) > 0
    # The stranger's failures do not lock the editor out from the office.
    assert attempt(client, "198.51.100.10", PASSWORD).status_code == 302


def test_a_forged_header_does_not_escape_the_lockout(client, settings, editor):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for number in range(settings.AXES_FAILURE_LIMIT):
        # A new forged address each time; nginx appends the real one.
        attempt(client, f"10.0.0.{number}, 203.0.113.66")
    assert attempt(client, "10.0.0.99, 203.0.113.66", PASSWORD).status_code == 429


def test_without_a_trusted_proxy_every_client_behind_it_is_one(client, settings, editor):
    settings.TRUSTED_PROXIES = []
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "203.0.113.66")
    assert attempt(client, "198.51.100.10", PASSWORD).status_code == 429


def test_an_untrusted_unix_socket_is_reported_once(settings, caplog, monkeypatch):
    from barents_portal import proxies

    monkeypatch.setattr(proxies, "_warned_untrusted_socket", False)
    settings.TRUSTED_PROXIES = []
    client_address(request_from(""))
    client_address(request_from(""))
    warnings = [r for r in caplog.records if "TRUSTED_PROXIES" in r.getMessage()]
    assert len(warnings) == 1
