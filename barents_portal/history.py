"""Revision history of every content model, with all its language columns.

django-simple-history keeps a historical row per save. It must be registered *after*
modeltranslation has added the per-language columns, so each app calls
`register_history()` at the end of its translation.py instead of declaring
HistoricalRecords on the model.

The admin side (HistoryAdminMixin) adds to simple-history's history page: a field-by-field
comparison of any two versions, and a restore that always makes a new *draft* revision
(nothing is lost: the restored state is one more version) and refuses politely for an item
that has been deleted.
"""

import simple_history
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin

from barents_portal.publishing import Publishable, Status

# Bookkeeping that changes on every save and says nothing about the content, and the search
# columns the database derives from the content (barents_portal.search).
EXCLUDED_FIELDS = [
    "updated_at",
    "updated_by",
    *(f"search_{code}" for code in ("nb", "ru", "en")),
    *(f"search_head_{code}" for code in ("nb", "ru", "en")),
]


def register_history(*models):
    for model in models:
        # Only the fields the model has: simple-history looks each excluded name up on the
        # model when it rebuilds an old version, and a missing one raised FieldDoesNotExist
        # on "Revert" for topics, regions, themes, funders, staff and documents.
        names = {field.name for field in model._meta.get_fields()}
        excluded = [name for name in EXCLUDED_FIELDS if name in names]
        simple_history.register(model, excluded_fields=excluded)


def compared_fields(model):
    history_model = model.history.model
    return [
        field
        for field in history_model._meta.fields
        if not field.name.startswith("history_") and field.name not in {"id", "created_by"}
    ]


class HistoryAdminMixin(SimpleHistoryAdmin):
    object_history_template = "admin/portal_object_history.html"

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.history_compare_view),
                name=f"{opts.app_label}_{opts.model_name}_history_compare",
            ),
            *super().get_urls(),
        ]

    def revert_disabled(self, request, obj=None):
        translation_only = getattr(self, "translation_only", None)
        if translation_only and translation_only(request):
            return True  # a restore would change more than translations
        return super().revert_disabled(request, obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if not self.model._default_manager.filter(pk=object_id).exists():
            messages.error(
                request,
                _(
                    "This item has been deleted, so an old version of it cannot be restored. "
                    "Create it anew instead."
                ),
            )
            opts = self.model._meta
            return HttpResponseRedirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            )
        if request.method == "POST" and self.revert_disabled(request):
            raise PermissionDenied
        request._restoring_revision = True
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        if getattr(request, "_restoring_revision", False) and isinstance(obj, Publishable):
            # A restored version is a new draft: it goes public only when published again.
            obj.status = Status.DRAFT
            obj._change_reason = _("Restored from an earlier version")
        super().save_model(request, obj, form, change)

    def history_compare_view(self, request, object_id):
        obj = get_object_or_404(self.model._default_manager, pk=object_id)
        if not self.has_view_history_or_change_history_permission(request, obj):
            raise PermissionDenied
        history = obj.history.select_related("history_user")
        try:
            first = history.get(history_id=int(request.GET.get("a", "")))
            second = history.get(history_id=int(request.GET.get("b", "")))
        except (ValueError, obj.history.model.DoesNotExist) as exc:
            raise Http404 from exc
        if first.history_date > second.history_date:
            first, second = second, first
        rows = [
            {
                "field": field.verbose_name,
                "name": field.name,
                "old": getattr(first, field.attname),
                "new": getattr(second, field.attname),
            }
            for field in compared_fields(self.model)
            if getattr(first, field.attname) != getattr(second, field.attname)
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "first": first,
            "second": second,
            "rows": rows,
            "title": _("Compare versions of %(item)s") % {"item": obj},
        }
        return TemplateResponse(request, "admin/portal_history_compare.html", context)
