import logging
import re
import time

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware import locale
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

LANGUAGE_SHAPED = re.compile(r"^/[a-z]{2,3}(?:[-_][a-zA-Z]{2,8})?(?:/|$)")


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except that an unknown language prefix is a plain 404.

    Stock Django answers `/de/` by redirecting to `/en/de/` (which then 404s, or worse,
    lands on a page whose slug happens to be `de`).
    """

    def process_response(self, request, response):
        if response.status_code == 404 and LANGUAGE_SHAPED.match(request.path_info):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """With the database down, answer 503 with Retry-After instead of a 500.

    CONN_HEALTH_CHECKS lets the next request reconnect as soon as the server is back.
    An outage fails every request, so the log line is written at most every 10 seconds.
    """

    LOG_INTERVAL = 10.0
    _last_logged = 0.0

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        now = time.monotonic()
        if now - DatabaseUnavailableMiddleware._last_logged > self.LOG_INTERVAL:
            DatabaseUnavailableMiddleware._last_logged = now
            logger.error("Database unavailable: %s", exception)
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
