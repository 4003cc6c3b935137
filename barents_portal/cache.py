"""The page cache: whole public pages for anonymous visitors, and never a wrong one.

- A page is kept under its scheme, host and full path (the language is in the path) and
  the current *content generation*: a random token in the cache that every content write
  replaces (the signal receivers below and the publishing services), so publishing,
  editing, unpublishing or deleting anything shows everywhere at once.
- Time changes pages too (a scheduled item appears, a call opens or closes, an event
  ends): a page is kept no longer than the next such moment, found with one query that is
  itself cached until then or until the generation changes.
- Only anonymous GETs of ordinary pages are kept. A request with a session cookie or for
  the admin is answered `private, no-store`; a response that sets a cookie, varies on the
  cookie or already says how it may be cached (previews are `never_cache`) is left alone.
- Every kept page gets an ETag and Last-Modified, so a repeat request gets 304.

Fragments (`fragment()`): pieces many pages or every filter combination repeat — the
header's menu and the footer, the funding figures, the filter forms' choices, the year
lists — are kept the same way, per language, so a page the page cache does not hold (its
first visitor, a crawler's walk, any filter combination) does not read or compute them
again (FRAGMENT_CACHE).

The generation and the pages live in the `pages` cache: Redis when REDIS_URL is set, a
directory on disk otherwise. Not local memory: gunicorn runs several processes, and a
generation bumped in one of them must be seen by all.
"""

import hashlib
import logging
import re
import uuid
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import caches
from django.db import InterfaceError, OperationalError, connection, transaction
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
NO_CHANGE = "none"
# Paths with a language prefix are the same page whatever the browser asks for.
LANGUAGE_PREFIX = re.compile(r"^/[a-z]{2,3}(?:[-_][a-zA-Z]{2,8})?/")


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def store(key, value, timeout):
    """Keep a page or fragment if the cache can write it; a page is served either way.

    The file-based cache fails with OSError on a full disk (its own temporary file is
    removed): the entry is skipped, not the page.
    """
    try:
        page_cache().set(key, value, timeout)
    except OSError as exc:
        logger.warning("The page cache cannot write (%s): the entry is not kept.", exc)


def generation():
    cache = page_cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Lost (evicted, restarted): a new token makes every kept page unreachable.
        value = uuid.uuid4().hex
        try:
            added = cache.add(GENERATION_KEY, value, timeout=None)
        except OSError as exc:
            # A cache that cannot write (full disk) keeps nothing under this token.
            logger.warning("The page cache cannot write (%s): pages are not kept.", exc)
            return value
        if not added:
            value = cache.get(GENERATION_KEY) or value
    return value


def _set_new_generation():
    try:
        page_cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    except OSError:
        # Without room for the new token, dropping the old one still forgets every page.
        page_cache().delete(GENERATION_KEY)


def bump_generation():
    """Forget every kept page: now, and again once the transaction commits.

    The second bump closes a race: a request that read the old rows while the write was
    still uncommitted, but the new generation, would otherwise keep the old page.
    """
    _set_new_generation()
    transaction.on_commit(_set_new_generation)


def content_changed(sender, **kwargs):
    bump_generation()


def _boundaries():
    from django.apps import apps

    from barents_portal.publishing import Status
    from barents_portal.roles import content_models, is_publishable
    from barents_portal.sections import time_boundaries

    for model in content_models():
        if is_publishable(model):
            yield model, "published_at", {"status": Status.PUBLISHED}
    # Moments other than publication times at which a public page changes by itself, as
    # the sections declare them (an event starts, a call closes).
    for label, field in time_boundaries():
        yield apps.get_model(label), field, {}
    # A publisher's scheduled approval of changes (barents_portal.pending), applied by the
    # publish_due_changes command at that time.
    yield apps.get_model("barents_portal.PendingChange"), "publish_at", {"state": "pending"}


def compute_next_change(now):
    """One query: the first future moment of each kind, the earliest of them all."""
    parts, params = [], []
    for model, field, conditions in _boundaries():
        queryset = (
            model._base_manager.filter(**{f"{field}__gt": now}, **conditions)
            .order_by(field)
            .values_list(field)[:1]
        )
        sql, part_params = queryset.query.sql_with_params()
        parts.append(f"({sql})")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT MIN(moment) FROM ({' UNION ALL '.join(parts)}) AS t(moment)", params
        )
        return cursor.fetchone()[0]


def next_change(gen=None):
    """The earliest future moment at which a page may change by the clock alone."""
    cache = page_cache()
    key = f"pages:next-change:{gen or generation()}"
    now = timezone.now()
    stored = cache.get(key)
    if stored == NO_CHANGE:
        return None
    if stored is not None and stored > now.timestamp():
        return datetime.fromtimestamp(stored, UTC)
    moment = compute_next_change(now)
    timeout = settings.PAGE_CACHE_SECONDS * 12
    if moment is not None:
        timeout = max(1, min(timeout, int((moment - now).total_seconds()) + 1))
    store(key, NO_CHANGE if moment is None else moment.timestamp(), timeout)
    return moment


def is_private_request(request):
    return request.path_info.startswith("/admin/") or (
        settings.SESSION_COOKIE_NAME in request.COOKIES
    )


def is_cacheable_response(request, response):
    return (
        response.status_code == 200
        # A page that used its CSP nonce would hand the same nonce to every visitor.
        and not getattr(request, "_csp_nonce", None)
        and not response.streaming
        and not response.cookies
        and _public_or_unset(response)
        and not has_vary_header(response, "Cookie")
    )


def _public_or_unset(response):
    """A view that said nothing, or said `public` (its max-age is then replaced by ours)."""
    if "Cache-Control" not in response:
        return True
    directives = {
        part.split("=")[0].strip().lower() for part in response["Cache-Control"].split(",")
    }
    return "public" in directives and not directives & {"private", "no-store", "no-cache"}


def page_key(request, gen):
    path = request.get_full_path()
    parts = [gen, request.scheme, request.get_host(), path]
    if not LANGUAGE_PREFIX.match(request.path_info):
        # sitemap.xml, robots.txt: the language may come from the browser.
        parts += [
            request.META.get("HTTP_ACCEPT_LANGUAGE", ""),
            request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"pages:page:{digest}"


def make_private(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


# The database is unreachable (barents_portal.middleware answers 503 for the views).
DATABASE_DOWN = (OperationalError, InterfaceError)
NO_FALLBACK = object()


def lifetime(now, gen):
    """Seconds a page rendered now may be kept: the setting, cut at the next change.

    Without the database the next change is unknown: the page (robots.txt, an error page)
    is still served, but not kept.
    """
    seconds = settings.PAGE_CACHE_SECONDS
    try:
        moment = next_change(gen)
    except DATABASE_DOWN:
        return 0
    if moment is not None:
        seconds = min(seconds, int((moment - now).total_seconds()))
    return max(0, seconds)


def fragment(name, build, fallback=NO_FALLBACK):
    """`build()`'s value, kept like a page: under the content generation and the active
    language, no longer than the next scheduled change. `build` must not depend on the
    request (the menu's current item is marked after).

    With a `fallback`, the fragment survives a database outage of any length: pages that
    need no database (error pages, robots.txt) still show it. `build()` failing for want of
    the database then gives the last value built in this language, however old, or else
    `fallback`. Without one, the failure goes on to the 503 handling.
    """
    if not settings.FRAGMENT_CACHE:
        return _build(name, build, fallback)
    gen = generation()
    now = timezone.now()
    key = f"pages:fragment:{gen}:{name}:{get_language()}"
    cache = page_cache()
    entry = cache.get(key)
    if entry is not None and entry[1] > now.timestamp():
        return entry[0]
    try:
        value = build()
    except DATABASE_DOWN:
        if fallback is NO_FALLBACK:
            raise
        return cache.get(_last_known_key(name), fallback)
    seconds = lifetime(now, gen)
    if seconds > 0:
        store(key, (value, now.timestamp() + seconds), seconds)
        if fallback is not NO_FALLBACK:
            store(_last_known_key(name), value, None)
    return value


def _last_known_key(name):
    return f"pages:fragment-last-known:{name}:{get_language()}"


def _build(name, build, fallback):
    try:
        return build()
    except DATABASE_DOWN:
        if fallback is NO_FALLBACK:
            raise
        return fallback


class PageCacheMiddleware:
    """Keeps whole public pages; see the module docstring.

    Sits after SecurityMiddleware (its HTTPS redirect and headers apply to kept pages too)
    and WhiteNoise (static files never reach it), before everything that reads the session
    or the database, so a kept page is served without either.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_private_request(request):
            return make_private(self.get_response(request))
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        enabled = settings.PAGE_CACHE
        gen = generation() if enabled else None
        key = page_key(request, gen) if enabled else None
        now = timezone.now()
        entry = page_cache().get(key) if enabled else None
        # The cache's own expiry runs on its clock; the page's end is checked on ours.
        if entry is not None and entry[1] > now.timestamp():
            response, expires = entry
            self.set_max_age(response, int(expires - now.timestamp()))
            return self.conditional(request, response)
        response = self.get_response(request)
        if not is_cacheable_response(request, response):
            if response.cookies or has_vary_header(response, "Cookie"):
                patch_cache_control(response, private=True)
            return response
        seconds = lifetime(now, gen) if enabled else settings.PAGE_CACHE_SECONDS
        set_response_etag(response)
        response["Last-Modified"] = http_date(now.timestamp())
        self.set_max_age(response, seconds)
        if enabled and request.method == "GET" and seconds > 0:
            store(key, (response, now.timestamp() + seconds), seconds)
        return self.conditional(request, response)

    @staticmethod
    def conditional(request, response):
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=parse_http_date_safe(response["Last-Modified"]),
            response=response,
        )

    @staticmethod
    def set_max_age(response, seconds):
        max_age = max(0, min(settings.PAGE_CACHE_MAX_AGE, seconds))
        # Replaced, not patched: a kept page's remaining life shrinks as it is served.
        response["Cache-Control"] = f"public, max-age={max_age}"
