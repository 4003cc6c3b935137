"""A database outage of any length: what needs no database is still answered, nothing
becomes a 500 when cached entries expire, error pages come in their request's language.

The database is "down" here by making every statement fail as a lost server does; the
drill with a real frozen server is tests/barents_portal/test_frozen_database.py.
"""

import os
import subprocess
import sys
import time

import psycopg2
import pytest
from django.core.cache import caches
from django.db import OperationalError, connection
from django.db.backends.utils import CursorWrapper
from django.test import Client, RequestFactory

from barents_portal import dbguard, views
from barents_portal.cache import _set_new_generation

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    def down():
        def broken(self, *args, **kwargs):
            raise OperationalError("server closed the connection unexpectedly")

        monkeypatch.setattr(CursorWrapper, "execute", broken)

    return down


@pytest.fixture
def caches_on(settings):
    settings.PAGE_CACHE = True
    settings.FRAGMENT_CACHE = True
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def expire_everything():
    """A long outage: every kept page, fragment and "next change" is gone."""
    caches["pages"].clear()


def test_robots_txt_is_answered_after_every_cached_entry_expired_in_an_outage(
    client, caches_on, database_down
):
    database_down()
    expire_everything()
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert b"Sitemap" in response.content


def test_robots_txt_unknown_to_the_database_is_not_kept_without_its_next_change(
    client, caches_on, database_down
):
    database_down()
    client.get("/robots.txt")
    # Not kept: its lifetime needs the next scheduled change, which needs the database.
    assert "max-age=0" in client.get("/robots.txt")["Cache-Control"]


@pytest.mark.parametrize("fragments", [True, False])
def test_a_404_page_is_a_404_after_the_menu_fragments_expired_in_an_outage(
    client, settings, caches_on, database_down, fragments
):
    settings.FRAGMENT_CACHE = fragments
    database_down()
    expire_everything()
    response = client.get("/de/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_a_404_page_in_an_outage_keeps_the_last_menu_it_knew(
    client, caches_on, database_down, about_tree
):
    menu = client.get("/en/").content.split(b"</header>")[0]
    assert b"About us" in menu
    # The fragments' entries for this generation are gone; the last known menu is not.
    _set_new_generation()
    database_down()
    response = client.get("/de/")
    assert response.status_code == 404
    assert b"About us" in response.content


def test_a_staff_members_404_page_in_an_outage_is_a_404(client, database_down, staff_user):
    client.force_login(staff_user("Editor"))
    database_down()
    assert client.get("/de/").status_code == 404


def test_a_database_failure_outside_the_views_is_a_503_not_a_500():
    request = RequestFactory().get("/nb/", HTTP_ACCEPT_LANGUAGE="ru")
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = views.server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Portalen er midlertidig utilgjengelig" in response.content.decode()


def test_any_other_failure_is_the_500_page():
    request = RequestFactory().get("/ru/")
    try:
        raise ValueError("a bug")
    except ValueError:
        response = views.server_error(request)
    assert response.status_code == 500


def test_an_uncached_page_in_an_outage_is_a_503_in_its_own_language(client, database_down):
    client.get("/ru/")
    database_down()
    response = client.get("/nb/kontorer/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Portalen er midlertidig utilgjengelig" in response.content.decode()


def test_the_400_page_is_in_the_language_of_its_own_request(caches_on):
    # With the page cache on, the host is checked before the language is chosen.
    client = Client(raise_request_exception=False)
    # The previous request on this thread was Russian; the translation must not leak.
    assert client.get("/ru/").status_code == 200
    response = client.get("/nb/", headers={"host": "evil.example"})
    assert response.status_code == 400
    assert "Ugyldig forespørsel" in response.content.decode()
    assert client.get("/ru/").status_code == 200
    response = client.get("/robots.txt", headers={"host": "evil.example", "accept-language": "nb"})
    assert "Ugyldig forespørsel" in response.content.decode()


def test_the_404_page_is_in_the_language_of_its_own_request(client):
    client.get("/ru/")
    response = client.get("/de/", headers={"accept-language": "nb"})
    assert response.status_code == 404
    assert "Страница не найдена" not in response.content.decode()


# --- Timeouts ------------------------------------------------------------------------------
def test_every_connection_carries_the_server_side_timeouts():
    with connection.cursor() as cursor:
        values = {}
        for name in (
            "statement_timeout",
            "lock_timeout",
            "idle_in_transaction_session_timeout",
            "client_connection_check_interval",
        ):
            cursor.execute(f"SHOW {name}")
            values[name] = cursor.fetchone()[0]
    assert values == {
        "statement_timeout": "30s",
        "lock_timeout": "10s",
        "idle_in_transaction_session_timeout": "1min",
        "client_connection_check_interval": "2s",
    }
    assert connection.settings_dict["OPTIONS"]["connect_timeout"] == 3


@pytest.fixture
def guard():
    """The guard as barents_portal/wsgi.py installs it in web processes."""
    dbguard.install()
    yield
    psycopg2.extensions.set_wait_callback(None)


@pytest.fixture
def raw_connection(guard, monkeypatch):
    """A connection of its own: the bound kills it, and the test's must survive."""
    monkeypatch.setattr(dbguard, "_tripped_at", float("-inf"))
    conn = psycopg2.connect(**connection.get_connection_params())
    yield conn
    conn.close()


def test_a_bounded_wait_gives_up_on_a_statement_that_does_not_answer(raw_connection):
    started = time.monotonic()
    with pytest.raises(psycopg2.OperationalError), dbguard.bounded(0.5):
        raw_connection.cursor().execute("SELECT pg_sleep(5)")
    assert time.monotonic() - started < 1.5
    assert raw_connection.closed
    # Once one wait gave up, the next ones in this process are cut short for a while.
    assert dbguard.wait_seconds() is None
    with dbguard.bounded(3):
        assert dbguard.wait_seconds() == dbguard.TRIPPED_WAIT


def test_commands_wait_without_a_client_side_bound(raw_connection):
    assert dbguard.wait_seconds() is None
    cursor = raw_connection.cursor()
    cursor.execute("SELECT pg_sleep(1.2), 1")
    assert cursor.fetchone()[1] == 1


def test_requests_wait_no_longer_than_the_request_timeout(client, settings, monkeypatch, guard):
    seen = []
    real_wait = dbguard.wait

    def spy(conn):
        seen.append(dbguard.wait_seconds())
        return real_wait(conn)

    monkeypatch.setattr(dbguard, "_tripped_at", float("-inf"))
    psycopg2.extensions.set_wait_callback(spy)
    settings.DATABASE_REQUEST_TIMEOUT = 2.5
    client.get("/en/offices/")
    assert seen
    assert set(seen) == {2.5}
    assert dbguard.wait_seconds() is None  # the request is over


def test_web_processes_install_the_guard_and_commands_do_not():
    def callback(module):
        code = (
            f"import {module}, psycopg2.extensions; "
            "print(psycopg2.extensions.get_wait_callback() is not None)"
        )
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "barents_portal.settings"}
        if module == "django":
            code = "import django; django.setup(); " + code
        return subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()

    assert callback("barents_portal.wsgi") == "True"
    assert callback("django") == "False"


def test_the_development_server_keeps_no_persistent_connections():
    def conn_max_age(command):
        code = (
            f"import sys; sys.argv = ['manage.py', {command!r}]; import django; "
            "django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['CONN_MAX_AGE'])"
        )
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "barents_portal.settings"}
        env["CONN_MAX_AGE"] = "60"
        return subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()

    assert conn_max_age("runserver") == "0"
    assert conn_max_age("migrate") == "60"


def test_an_outage_logs_one_line_per_interval_not_one_per_request(
    client, database_down, caplog, monkeypatch
):
    from barents_portal.middleware import DatabaseUnavailableMiddleware

    monkeypatch.setattr(DatabaseUnavailableMiddleware, "_last_logged", 0.0)
    database_down()
    for path in ["/en/offices/", "/nb/kontorer/", "/healthz", "/en/offices/"]:
        assert client.get(path).status_code == 503
    lines = [record for record in caplog.records if record.levelname in ("WARNING", "ERROR")]
    assert [record.getMessage().split(":")[0] for record in lines] == ["Database unavailable"]
