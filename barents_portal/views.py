"""Shared view pieces: translated-slug lookup, health check, error pages."""

import json
import shutil
import sys
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import (
    Http404,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
    StreamingHttpResponse,
)
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from barents_portal import dbguard, opendata, richtext, sections, structured_data
from barents_portal.cache import DATABASE_DOWN, page_cache
from barents_portal.languages import language_codes
from barents_portal.middleware import (
    RETRY_AFTER,
    database_unavailable,
    log_database_down,
    request_language,
)


class TranslatedSlugMixin:
    """Find the object by a slug of any language; redirect to its canonical URL.

    The lookup is the queryset's (`TranslatedSlugQuerySet.get_by_slug`). When the URL is
    not the item's canonical one in this language (an old or other-language slug), the
    reader is sent there with a permanent redirect, keeping the query string.
    """

    def get_slug_queryset(self):
        """Where the slug is looked up: the view's own queryset unless said otherwise."""
        return self.get_queryset()

    def get_object(self, queryset=None):
        queryset = self.get_slug_queryset() if queryset is None else queryset
        try:
            return queryset.get_by_slug(self.kwargs["slug"])
        except queryset.model.DoesNotExist:
            raise Http404(f"No {queryset.model._meta.object_name} with that slug.") from None

    def canonical_url(self, obj):
        return obj.get_absolute_url()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.canonical_url(self.object)
        if request.path != canonical:
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
        return self.render_object(request, *args, **kwargs)

    def render_object(self, request, *args, **kwargs):
        """The page of the object found (`self.object`), as DetailView renders it."""
        context = self.get_context_data(object=self.object)
        return self.render_to_response(context)


class StaffPreviewMixin:
    """An item that is not public (draft, scheduled, unpublished), as visitors would see it,
    for staff who may change or translate it: never cached, never indexed.

    Previews have URLs of their own (by id), so public URLs stay cacheable; anyone else
    gets the same 404 as for a missing item. With `?pending=1` the preview shows the
    item's changes waiting for a publisher (barents_portal.pending), applied to the item
    in memory only.
    """

    pending_change = None

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        if not may_preview(request.user, self.model):
            raise Http404
        response = super().dispatch(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if "pending" in self.request.GET:
            from barents_portal.pending import apply_data, pending_for

            self.pending_change = pending_for(obj)
            if self.pending_change is None:
                raise Http404
            apply_data(obj, self.pending_change.data)
        return obj

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, pending_change=self.pending_change, **kwargs)


def may_preview(user, model):
    """Staff who edit, translate or publish the model."""
    opts = model._meta
    return (
        user.is_active
        and user.is_staff
        and any(
            user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")
            for action in ("change", "translate", "publish")
        )
    )


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; point them at ours."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def healthz(request):
    """The portal's health, for load balancers and monitoring, within HEALTHZ_TIMEOUT.

    JSON with one entry per check — `database` (a query answered), `cache` (the page
    cache stores and reads a value), `disk` (free space where media, documents and the
    page cache are written) — and an overall `status`. 503 when the database or the cache
    fails: this instance cannot serve. Low disk space is `degraded` with 200: every
    instance shares the disk, so taking this one out would help nobody; alert on it.
    """
    checks = {
        "database": _check_database(),
        "cache": _check_cache(),
        "disk": _check_disk(),
    }
    failed = any(checks[name]["status"] != "ok" for name in ("database", "cache"))
    status = "fail" if failed else "degraded" if checks["disk"]["status"] != "ok" else "ok"
    response = JsonResponse({"status": status, "checks": checks}, status=503 if failed else 200)
    if failed:
        response["Retry-After"] = str(RETRY_AFTER)
        summary = ", ".join(f"{name} {check['status']}" for name, check in checks.items())
        log_database_down("healthz: %s", summary)
        response._has_been_logged = True  # rate-limited above
    response["Cache-Control"] = "no-store"
    return response


def _timed(check):
    started = time.monotonic()
    result = check()
    result["ms"] = round((time.monotonic() - started) * 1000)
    return result


def _check_database():
    def check():
        try:
            with dbguard.bounded(settings.HEALTHZ_TIMEOUT), connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except DatabaseError as error:
            return {"status": "fail", "error": str(error).strip().splitlines()[0][:200]}
        return {"status": "ok"}

    return _timed(check)


def _check_cache():
    def check():
        key = f"healthz:{uuid.uuid4().hex}"
        cache = page_cache()
        try:
            cache.set(key, "ok", timeout=30)
            stored = cache.get(key)
            cache.delete(key)
        except Exception as error:  # any backend's failure: Redis down, a read-only disk
            return {"status": "fail", "error": str(error)[:200]}
        return {"status": "ok" if stored == "ok" else "fail"}

    return _timed(check)


def _check_disk():
    places = {
        "media": settings.MEDIA_ROOT,
        "documents": settings.DOCUMENTS_ROOT,
    }
    location = settings.CACHES[settings.PAGE_CACHE_ALIAS].get("LOCATION")
    if settings.CACHES[settings.PAGE_CACHE_ALIAS]["BACKEND"].endswith("FileBasedCache"):
        places["page_cache"] = location
    free_mb = {}
    for name, path in places.items():
        path = Path(path)
        while not path.exists() and path != path.parent:
            path = path.parent  # not created yet: the disk it will be on
        free_mb[name] = shutil.disk_usage(path).free // (1024 * 1024)
    low = [name for name, free in free_mb.items() if free < settings.HEALTHZ_MIN_FREE_MB]
    return {
        "status": "low" if low else "ok",
        "free_mb": free_mb,
        "min_free_mb": settings.HEALTHZ_MIN_FREE_MB,
    }


# --- Error pages: in the request's own language, and without the database ---------------
def bad_request(request, exception):
    with translation.override(request_language(request)):
        return defaults.bad_request(request, exception)


def permission_denied(request, exception):
    with translation.override(request_language(request)):
        try:
            return defaults.permission_denied(request, exception)
        except DATABASE_DOWN:
            return _plain(request, "403_plain.html", 403)


def page_not_found(request, exception):
    with translation.override(request_language(request)):
        try:
            return defaults.page_not_found(request, exception)
        except DATABASE_DOWN:
            # A staff member's session or the page's database-backed parts: the page
            # without them (404.html's own fragments already fall back to nothing).
            return _plain(request, "404_plain.html", 404)


def server_error(request):
    """A database that went away outside a view (a session read in a middleware) is the
    same 503 as inside one; anything else is the 500 page."""
    if isinstance(sys.exception(), DATABASE_DOWN):
        return database_unavailable(request, sys.exception())
    with translation.override(request_language(request)):
        return defaults.server_error(request)


def _plain(request, template_name, status):
    return HttpResponse(render_to_string(template_name), status=status)


class HomeView(TemplateView):
    """The front page: the sections' home blocks (barents_portal.sections), in order, and
    their feeds announced in the head."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            blocks=sections.home_blocks(self.request), feeds=sections.feed_links(), **kwargs
        )


class OpenDataView(TemplateView):
    """What the open data is, its licence and every dataset's fields (one definition:
    barents_portal.opendata), with the datasets as schema.org JSON-LD."""

    template_name = "open_data.html"

    def get_context_data(self, **kwargs):
        datasets = sections.datasets()
        json_ld = structured_data.json_ld(opendata.schema_org(datasets, self.request))
        return super().get_context_data(
            datasets=datasets,
            licence=opendata.LICENCE,
            formats=list(opendata.FORMATS),
            json_ld=json_ld,
            **kwargs,
        )


def _open_data_headers(response):
    # Public data: other sites' scripts may read it too.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def open_data_file(request, dataset, format):
    """One dataset as CSV or JSON, streamed from its published rows."""
    found = {entry.key: entry for entry in sections.datasets()}.get(dataset)
    if found is None:
        raise Http404("No such dataset.")
    writer = opendata.csv_lines if format == "csv" else opendata.json_chunks
    response = StreamingHttpResponse(
        writer(found, request), content_type=opendata.FORMATS[format]["content_type"]
    )
    disposition = "attachment" if format == "csv" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="barents-{found.key}.{format}"'
    return _open_data_headers(response)


def open_data_catalog(request):
    """The DCAT-AP catalogue of every dataset, the same in every language."""
    data = opendata.catalogue(sections.datasets(), request)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1),
        content_type="application/ld+json; charset=utf-8",
    )
    return _open_data_headers(response)


def richtext_links(request):
    """The editor's link dialog: published items matching `q`, with their URL in `lang`
    (the language of the field being edited). Staff only (wrapped in admin_view)."""
    language = request.GET.get("lang")
    if language not in language_codes():
        language = get_language()
    query = request.GET.get("q", "").strip()[:100]
    return JsonResponse({"results": richtext.link_targets(query, language)})
