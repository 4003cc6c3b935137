"""Shared view pieces: translated-slug lookup, health check, error pages."""

import logging

from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from barents_portal import richtext, sections
from barents_portal.languages import language_codes

logger = logging.getLogger(__name__)


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
    """200 when the database answers, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("healthz: database unavailable")
        response = HttpResponse("database unavailable\n", status=503, content_type="text/plain")
        response["Retry-After"] = "30"
    else:
        response = HttpResponse("ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


class HomeView(TemplateView):
    """The front page: the sections' home blocks (barents_portal.sections), in order."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(blocks=sections.home_blocks(self.request), **kwargs)


def richtext_links(request):
    """The editor's link dialog: published items matching `q`, with their URL in `lang`
    (the language of the field being edited). Staff only (wrapped in admin_view)."""
    language = request.GET.get("lang")
    if language not in language_codes():
        language = get_language()
    query = request.GET.get("q", "").strip()[:100]
    return JsonResponse({"results": richtext.link_targets(query, language)})
