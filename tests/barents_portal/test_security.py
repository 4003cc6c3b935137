import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from django.db.backends.utils import CursorWrapper
from django.test import Client

pytestmark = pytest.mark.django_db


def test_every_response_carries_the_security_headers(client, head_office):
    response = client.get("/en/offices/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "http" not in csp  # no other host is allowed to serve anything
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_set_no_cookies(client, head_office, about_tree):
    for url in ["/en/", "/nb/kontorer/", head_office.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, url


def test_public_pages_load_nothing_from_other_hosts(client, head_office, about_tree):
    html = client.get("/en/").content.decode()
    for attribute in ("src=", "href="):
        for chunk in html.split(attribute)[1:]:
            value = chunk[1:].split(chunk[0])[0]
            if value.startswith(("http://", "https://", "//")):
                # Links may point elsewhere (social media, canonical), resources may not.
                assert attribute == "href=", value


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def broken(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_a_page_answers_503_with_retry_after_when_the_database_is_down(client, monkeypatch):
    def broken(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/en/offices/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_a_bad_host_header_is_a_400():
    client = Client(raise_request_exception=False)
    assert client.get("/en/", headers={"host": "evil.example"}).status_code == 400


def test_check_deploy_reports_nothing_with_production_settings():
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"SECURE_SSL_REDIRECT", "STATIC_MANIFEST", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env["SECRET_KEY"] = "x9!kd02-la8s7f6g5h4j3k2l1qwertyuiop-zxcvbnm-ASDFGHJKL-0192837465"
    # The checks of generated (search) columns ask the database: point at the test one.
    db = connection.settings_dict
    env["DATABASE_URL"] = (
        f"postgres://{db['USER']}@/{db['NAME']}?host={db['HOST']}&port={db['PORT'] or 5432}"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_debug_a_missing_secret_key_stops_the_start_with_a_clear_message():
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=settings.BASE_DIR,
        env={**env, "DJANGO_SETTINGS_MODULE": "barents_portal.settings"},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr
