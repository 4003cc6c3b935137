"""One structured line per request; tracebacks for server errors only; UTC timestamps."""

import io
import json
import logging
from datetime import UTC, datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.http import HttpResponse
from django.urls import path

from barents_portal import urls as portal_urls
from barents_portal.requestlog import (
    JsonFormatter,
    QuietClientErrorsFilter,
    RequestIdFilter,
    TextFormatter,
)

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def ok(request):
    return HttpResponse("ok")


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise ZeroDivisionError("a bug")


def database_down(request):
    raise OperationalError("connection refused")


def staff_only(request):
    return HttpResponse(str(request.user.is_staff))


urlpatterns = [
    path("ok/", ok),
    path("forbidden/", forbidden),
    path("broken/", broken),
    path("down/", database_down),
    path("staff/", staff_only),
    # The portal's own pages too: the error pages link to them.
    *portal_urls.urlpatterns,
]


def capture(formatter):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    handler.addFilter(QuietClientErrorsFilter())
    return stream, handler


@pytest.fixture
def log_lines():
    """The JSON lines the console handler would write during the test, parsed."""
    stream, handler = capture(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)


def request_lines(lines):
    return [line for line in lines if line["logger"] == "barents_portal.requests"]


def test_a_request_gives_exactly_one_json_line_with_the_request_fields(client, log_lines):
    response = client.get("/ok/", REMOTE_ADDR="198.51.100.4")
    lines = log_lines()
    assert len(lines) == 1
    (line,) = lines
    assert line["method"] == "GET"
    assert line["path"] == "/ok/"
    assert line["status"] == 200
    assert line["client"] == "198.51.100.4"
    assert isinstance(line["duration_ms"], float)
    assert line["request_id"] == response["X-Request-ID"]
    assert "user_id" not in line  # an anonymous visitor


def test_the_staff_member_is_named_by_id(admin_client, admin_user, log_lines):
    admin_client.get("/staff/")
    (line,) = request_lines(log_lines())
    assert line["user_id"] == admin_user.pk


def test_a_request_id_is_taken_only_from_a_trusted_proxy(client, settings, log_lines):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    trusted = client.get("/ok/", REMOTE_ADDR="127.0.0.1", HTTP_X_REQUEST_ID="abc-123")
    assert trusted["X-Request-ID"] == "abc-123"
    forged = client.get("/ok/", REMOTE_ADDR="198.51.100.4", HTTP_X_REQUEST_ID="abc-123")
    assert forged["X-Request-ID"] not in {"abc-123", ""}
    assert [line["request_id"] for line in log_lines()] == ["abc-123", forged["X-Request-ID"]]


def test_a_404_and_a_403_log_their_request_line_and_no_traceback(client, log_lines):
    assert client.get("/en/nowhere-at-all/").status_code == 404
    assert client.get("/forbidden/").status_code == 403
    lines = log_lines()
    assert [line["status"] for line in lines] == [404, 403]
    assert not any("traceback" in line for line in lines)


def test_a_500_logs_its_traceback_with_the_request_id(client, log_lines):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    lines = log_lines()
    errors = [line for line in lines if "traceback" in line]
    assert len(errors) == 1
    assert "ZeroDivisionError: a bug" in errors[0]["traceback"]
    assert errors[0]["request_id"] == response["X-Request-ID"]
    assert request_lines(lines)[0]["status"] == 500


def test_an_outage_logs_service_unavailable_at_most_once_per_interval(
    client, log_lines, monkeypatch
):
    # The limit is per process: an outage an earlier test simulated must not count here.
    from barents_portal.middleware import DatabaseUnavailableMiddleware

    monkeypatch.setattr(DatabaseUnavailableMiddleware, "_last_logged", float("-inf"))
    for _ in range(5):
        assert client.get("/down/").status_code == 503
    lines = log_lines()
    assert len(request_lines(lines)) == 5, lines
    # Besides the request lines, one line says the database is unavailable (rate-limited).
    unavailable = [line for line in lines if line["logger"] != "barents_portal.requests"]
    assert len(unavailable) == 1, lines
    assert "unavailable" in unavailable[0]["message"].lower()


def test_server_errors_are_mailed_to_admins_when_configured(client, settings, mailoutbox):
    from django.utils.log import AdminEmailHandler

    settings.ADMINS = ["Portal admins <admins@barents.example>"]
    handler = AdminEmailHandler()
    handler.addFilter(QuietClientErrorsFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    client.raise_request_exception = False
    try:
        client.get("/en/nowhere-at-all/")
        client.get("/broken/")
    finally:
        logger.removeHandler(handler)
    assert len(mailoutbox) == 1
    assert "ZeroDivisionError" in mailoutbox[0].body


def test_timestamps_are_utc_in_both_formats():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    record.created = datetime(2026, 7, 1, 12, 0, tzinfo=UTC).timestamp()
    assert json.loads(JsonFormatter().format(record))["time"] == "2026-07-01T12:00:00.000Z"
    assert TextFormatter().format(record).startswith("2026-07-01T12:00:00.000Z INFO x hello")


def test_the_settings_wire_the_formatters_and_filters(settings):
    console = settings.LOGGING["handlers"]["console"]
    assert console["filters"] == ["request_id", "quiet"]
    assert settings.MIDDLEWARE[0] == "barents_portal.requestlog.RequestLogMiddleware"
