import logging
import re
import time
import unicodedata

from django.http import Http404, HttpResponse
from django.middleware import locale
from django.template.loader import render_to_string
from django.utils import translation

from barents_portal.cache import DATABASE_DOWN

logger = logging.getLogger(__name__)

LANGUAGE_SHAPED = re.compile(r"^/[a-z]{2,3}(?:[-_][a-zA-Z]{2,8})?(?:/|$)")
UNPREFIXED = ("/admin/", "/i18n/", "/static/", "/media/")
# Seconds a client is asked to wait before trying again while the database is down.
RETRY_AFTER = 30


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except that some 404s stay plain 404s.

    Stock Django answers a 404 by redirecting to the same path under a language prefix
    when that path exists. Our about pages answer at `/<lang>/<slug path>/`, so every path
    "exists" there: `/de/` would go to `/en/de/` and `/admin/nothing/` to
    `/en/admin/nothing/`. An unknown language prefix, the unprefixed sections and a path
    no URL can hold (`/open-data/%00.csv`, see UnusablePathMiddleware) keep their 404.
    """

    def process_response(self, request, response):
        path = request.path_info
        if response.status_code == 404 and (
            LANGUAGE_SHAPED.match(path) or path.startswith(UNPREFIXED) or is_unusable_path(path)
        ):
            return response
        return super().process_response(request, response)


# Characters no URL of ours contains: control characters (NUL makes PostgreSQL refuse the
# query), surrogates, private-use and unassigned code points, the replacement character,
# and "%", which in a decoded path is left only where the bytes were not UTF-8
# (Django re-percent-encodes them).
UNUSABLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def is_unusable_path(path):
    return any(
        char in "%\ufffd" or unicodedata.category(char) in UNUSABLE_CATEGORIES for char in path
    )


class UnusablePathMiddleware:
    """A path with a character no URL of ours can hold is a 404, whatever pattern it
    would reach: views and lookups never see it (a NUL byte in a slug was a 500)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_unusable_path(request.path_info):
            raise Http404("Unusable characters in the path.")
        return self.get_response(request)


def request_language(request):
    """The language a response to this request is in: its path prefix, else the language
    cookie or the browser's wish. Error pages ask for it themselves, because the active
    translation belongs to the thread and would otherwise be the previous request's."""
    return translation.get_language_from_request(request, check_path=True)


class DatabaseUnavailableMiddleware:
    """With the database down, answer 503 with Retry-After instead of a 500.

    CONN_HEALTH_CHECKS lets the next request reconnect as soon as the server is back.
    An outage fails every request, so the log line is written at most every 10 seconds.
    Failures outside the views (a session read in a middleware) reach the same answer
    through the 500 handler (barents_portal.views.server_error).
    """

    LOG_INTERVAL = 10.0
    _last_logged = 0.0

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_DOWN):
            return None
        return database_unavailable(request, exception)


def log_database_down(message, *args):
    """At most one line every LOG_INTERVAL seconds per process, however many requests fail."""
    now = time.monotonic()
    limiter = DatabaseUnavailableMiddleware
    if now - limiter._last_logged > limiter.LOG_INTERVAL:
        limiter._last_logged = now
        logger.error(message, *args)


def database_unavailable(request, exception):
    """The 503 page, rendered without the database in the request's own language."""
    log_database_down("Database unavailable: %s", str(exception).strip())
    with translation.override(request_language(request)):
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    # Logged above, rate-limited: not once more per request by django.request.
    response._has_been_logged = True
    return response
