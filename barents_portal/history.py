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

import dataclasses
import datetime

import simple_history
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from barents_portal.languages import language_codes
from barents_portal.publishing import Publishable, Status
from barents_portal.richtext import RichTextField
from barents_portal.textdiff import diff_lines, text_lines

# Bookkeeping that changes on every save and says nothing about the content, and the search
# columns the database derives from the content (barents_portal.search).
EXCLUDED_FIELDS = [
    "updated_at",
    "updated_by",
    *(f"search_{code}" for code in language_codes()),
    *(f"search_head_{code}" for code in language_codes()),
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
    """The historical model's fields that hold content (not the history bookkeeping)."""
    history_model = model.history.model
    return [
        field
        for field in history_model._meta.fields
        if not field.name.startswith("history_") and field.name not in {"id", "created_by"}
    ]


def translated_columns(model):
    """{column name: (base field name, language code)} of modeltranslation's columns."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return {}
    return {
        column.name: (base, column.language)
        for base, columns in translated.items()
        for column in columns
    }


def field_label(model, name):
    """ "Title · Norwegian Bokmål" for a language column, not modeltranslation's "Title [nb]"."""
    base, language = translated_columns(model).get(name, (name, None))
    label = capfirst(model._meta.get_field(base).verbose_name)
    if language is None:
        return label
    return f"{label} · {dict(settings.LANGUAGES)[language]}"


class PortalRecordContextHelper(HistoricalRecordContextHelper):
    """The history list's "Changes" column: readable labels, rich text as text."""

    def format_delta_change(self, change):
        formatted = super().format_delta_change(change)
        field = self.model._meta.get_field(change.field)
        values = {}
        if isinstance(field, RichTextField):
            for key in ("old", "new"):
                text = " ".join(text_lines(getattr(change, key), rich=True))
                values[key] = Truncator(text).chars(self.max_displayed_delta_change_chars)
        return dataclasses.replace(formatted, field=field_label(self.model, change.field), **values)


class HistoryAdminMixin(SimpleHistoryAdmin):
    object_history_template = "admin/portal_object_history.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return PortalRecordContextHelper(self.model, historical_record)

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
        groups = compared_groups(self.model, first, second)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "first": first,
            "second": second,
            "groups": groups,
            "title": _("Compare versions of %(item)s") % {"item": obj},
        }
        return TemplateResponse(request, "admin/portal_history_compare.html", context)


def _display(record, field):
    value = getattr(record, field.attname)
    if value is None or value == "":
        return ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if field.is_relation:
        try:
            return str(getattr(record, field.name))
        except ObjectDoesNotExist:
            return str(value)
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return formats.localize(timezone.localtime(value))
    if isinstance(value, datetime.date):  # a date has no time zone to convert
        return formats.localize(value)
    return str(value)


def compared_groups(model, first, second):
    """What changed between two versions, a group per field, a row per language.

    A translated field ("title") shows one label with a row for each language column
    that changed ("title_nb", "title_ru", …); modeltranslation's own copy of the default
    language in the untranslated column is left out. Each row is a text diff (textdiff).
    """
    column_of = translated_columns(model)
    translated = {base for base, _language in column_of.values()}
    language_names = dict(settings.LANGUAGES)
    by_name = {field.name: field for field in compared_fields(model)}
    groups = {}
    for name, field in by_name.items():
        if name in translated:
            continue  # modeltranslation's mirror of the default language
        base, language = column_of.get(name, (name, None))
        old, new = _display(first, field), _display(second, field)
        if old == new:
            continue
        rich = isinstance(field, RichTextField)
        label = model._meta.get_field(base).verbose_name if base != name else field.verbose_name
        group = groups.setdefault(base, {"label": label, "rows": []})
        group["rows"].append(
            {
                "language": language_names.get(language),
                "code": language,
                "lines": diff_lines(old, new, rich=rich),
            }
        )
    order = language_codes()
    for group in groups.values():
        group["rows"].sort(key=lambda row: order.index(row["code"]) if row["code"] else -1)
    return list(groups.values())
