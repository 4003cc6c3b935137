"""One log line per request, and the formatters and filters every log line goes through.

`RequestLogMiddleware` (first in MIDDLEWARE, so it sees page-cache hits, 503s and the final
status of everything) writes one line per request on the `barents_portal.requests` logger:
request id, method, path, status, duration, client address, staff user id. The request id is
the proxy's X-Request-ID when a trusted proxy sent one (nginx's `$request_id`), otherwise a
new one; it goes back in the response's X-Request-ID and onto every line logged while the
request runs, so a traceback and its request line belong together.

Timestamps are UTC in both formats (`LOG_FORMAT=json` or text).
"""

import contextvars
import json
import logging
import os
import re
import time
import traceback
import uuid
from datetime import UTC, datetime

from django.utils.functional import empty

from barents_portal.proxies import client_address, from_trusted_proxy

logger = logging.getLogger("barents_portal.requests")

current_request_id = contextvars.ContextVar("request_id", default=None)

REQUEST_ID_HEADER = "X-Request-ID"
ACCEPTED_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
# The fields of a request line, in this order.
REQUEST_FIELDS = ("request_id", "method", "path", "status", "duration_ms", "client", "user_id")


def request_id_for(request):
    given = request.META.get("HTTP_X_REQUEST_ID", "")
    if given and ACCEPTED_REQUEST_ID.match(given) and from_trusted_proxy(request):
        return given
    return uuid.uuid4().hex


def staff_user_id(request):
    """The logged-in staff member's id, if the request already looked at its user.

    Only a user some code asked for is reported: asking here would read the session (and
    the database) for every anonymous page, or fail during an outage.
    """
    user = getattr(request, "user", None)
    wrapped = getattr(user, "_wrapped", user)
    if wrapped is None or wrapped is empty:
        return None
    if getattr(wrapped, "is_authenticated", False) and getattr(wrapped, "is_staff", False):
        return wrapped.pk
    return None


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        request.request_id = request_id_for(request)
        token = current_request_id.set(request.request_id)
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request.request_id
            duration = round((time.monotonic() - started) * 1000, 1)
            fields = {
                "request_id": request.request_id,
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": duration,
                "client": client_address(request),
                "user_id": staff_user_id(request),
            }
            logger.info(
                "%s %s %s %sms",
                request.method,
                request.path,
                response.status_code,
                duration,
                extra=fields,
            )
            return response
        finally:
            current_request_id.reset(token)


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record logged while it runs."""

    def filter(self, record):
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id.get()
        return True


class QuietClientErrorsFilter(logging.Filter):
    """Keeps the log to what someone has to act on.

    - Django's "Not Found: …" / "Forbidden: …" lines for 4xx answers are dropped: the request
      line says it already.
    - Records about 4xx answers and django.security's (a bad Host header, a suspicious
      operation) lose their traceback: a refused request is not a bug.
    - Django's "Service Unavailable: …" for 503s during a database outage (one per request)
      comes at most once every LOG_INTERVAL seconds, as DatabaseUnavailableMiddleware's own.
    """

    LOG_INTERVAL = 10.0

    def __init__(self, name=""):
        super().__init__(name)
        # Per handler: each one (console, mail) lets its own first line through.
        self._last_unavailable = -self.LOG_INTERVAL

    def filter(self, record):
        status = getattr(record, "status_code", None)
        if record.name == "django.request" and status is not None:
            if status < 500:
                return False
            if status == 503:
                now = time.monotonic()
                if now - self._last_unavailable < self.LOG_INTERVAL:
                    return False
                self._last_unavailable = now
        if record.name.startswith("django.security") or (status is not None and status < 500):
            record.exc_info = None
            record.exc_text = None
        return True


def utc_timestamp(record):
    moment = datetime.fromtimestamp(record.created, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, the request fields, and
    `traceback` when the record carries an exception."""

    def format(self, record):
        data = {
            "time": utc_timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in REQUEST_FIELDS:
            value = getattr(record, field, None)
            if value is not None:
                data[field] = value
        if record.exc_info:
            data["traceback"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(data, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`2026-01-31T12:00:00.000Z INFO barents_portal.requests GET /en/ 200 3.1ms client=…`"""

    def format(self, record):
        line = f"{utc_timestamp(record)} {record.levelname} {record.name} {record.getMessage()}"
        extras = [
            f"{field}={getattr(record, field)}"
            for field in ("client", "user_id", "request_id")
            if getattr(record, field, None) is not None
        ]
        if extras:
            line = f"{line} {' '.join(extras)}"
        if record.exc_info:
            line = f"{line}\n{self.formatException(record.exc_info)}"
        return line


def formatter_from_environment():
    """The formatter LOG_FORMAT asks for: for gunicorn's own lines
    (deploy/gunicorn-logging.json), so that worker timeouts and restarts share the format
    and the UTC clock of the portal's lines."""
    return JsonFormatter() if os.environ.get("LOG_FORMAT") == "json" else TextFormatter()
