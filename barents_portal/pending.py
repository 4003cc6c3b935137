"""Changes to live content wait for a publisher.

An item is *live* when its status is published (public now, or scheduled). When someone
without the model's publish permission saves a live item in the admin, the row is not
touched — every public surface reads the row through `published()`, so visitors keep
seeing the live version — and the changed form fields go to the item's one
`PendingChange` instead. The editor reopening the item edits that pending version.

A publisher compares it with the live version field by field and language by language,
previews it on the public templates (the item's staff preview URL with `?pending=1`),
and publishes it now or at a time (`publish_due_changes` applies those), or sends it back
with a note. Publishing applies the data and saves the item the normal way, so the
revision history and the publication log record it.

Files (images) and inline rows (an event's documents, a programme's calls) are not part of
a pending version: for a non-publisher they are read-only on a live item, with a note.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext, npgettext_lazy, override, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from barents_portal.admin_i18n import AdminPhrasesMixin, ModelPhrases
from barents_portal.cache import bump_generation
from barents_portal.languages import language_codes
from barents_portal.models import PendingChange, PublicationRecord
from barents_portal.publishing import Status
from barents_portal.roles import can_publish, is_publishable


# --- Reading and writing the data ---------------------------------------------------------
def content_type_of(obj_or_model):
    return ContentType.objects.get_for_model(obj_or_model, for_concrete_model=True)


def pending_for(obj):
    if obj is None or obj.pk is None:
        return None
    return PendingChange.objects.filter(content_type=content_type_of(obj), object_id=obj.pk).first()


def is_live(obj):
    """Published or scheduled, as stored (not as a form may have changed it in memory)."""
    if obj is None or obj.pk is None or not is_publishable(type(obj)):
        return False
    stored = type(obj)._base_manager.filter(pk=obj.pk).values_list("status", flat=True).first()
    return stored == Status.PUBLISHED


def needs_publisher(user, obj):
    """Would this user's change to this item wait for a publisher?"""
    return is_publishable(type(obj)) and not can_publish(user, type(obj)) and is_live(obj)


def _field(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if field.many_to_many or (field.concrete and not field.auto_created):
        return field
    return None


def form_data(form, names):
    """The form's cleaned values of `names`, as JSON-ready column values."""
    model = form._meta.model
    data = {}
    for name in names:
        field = _field(model, name)
        if field is None or name not in form.cleaned_data or isinstance(field, models.FileField):
            continue
        value = form.cleaned_data[name]
        if field.many_to_many:
            data[name] = sorted(item.pk for item in value or [])
        elif field.is_relation:
            data[field.attname] = value.pk if value is not None else None
        else:
            data[name] = value
    return data


def _python_value(field, value):
    return value if value is None else field.to_python(value)


def apply_data(obj, data):
    """Set the pending values on `obj` in memory; return {m2m field: ids} to set after a save.

    Many-to-many values are also put in the prefetch cache, so a preview or a form built
    on `obj` reads the pending ones without a save.
    """
    model = type(obj)
    many = {}
    for name, value in data.items():
        field = _field(model, name) or next(
            (f for f in model._meta.concrete_fields if f.attname == name), None
        )
        if field is None:
            continue  # a field removed since the change was kept
        if field.many_to_many:
            many[field] = value
            cache = obj.__dict__.setdefault("_prefetched_objects_cache", {})
            cache[field.name] = field.related_model._default_manager.filter(pk__in=value)
        elif field.is_relation:
            setattr(obj, field.attname, value)
        else:
            setattr(obj, field.attname, _python_value(field, value))
    return many


# --- Services -------------------------------------------------------------------------------
@transaction.atomic
def keep(obj, form, *, by, names=None):
    """Keep the form's changes (or its fields `names`) to a live item as its pending
    version, merged into the one it may already have."""
    change, created = PendingChange.objects.select_for_update().get_or_create(
        content_type=content_type_of(obj),
        object_id=obj.pk,
        defaults={"created_by": by, "item_repr": str(obj)[:300]},
    )
    change.data = {**change.data, **form_data(form, form.changed_data if names is None else names)}
    change.state = PendingChange.State.PENDING
    change.publish_at = None  # a schedule was for what the publisher saw, not for this
    change.note = ""
    change.updated_by = by
    change.item_repr = str(obj)[:300]
    change.save()
    return change


@transaction.atomic
def apply(change, *, by):
    """Write the pending version to its item, through the item's own save; log it."""
    from barents_portal import services, translations

    item = change.item
    if item is None:  # the item was deleted meanwhile
        change.delete()
        return None
    item = type(item)._base_manager.select_for_update().get(pk=item.pk)
    many = apply_data(item, change.data)
    item.updated_by = by
    item._change_reason = gettext("Changes published")
    item.save()
    for field, ids in many.items():
        getattr(item, field.name).set(ids)
    languages = translations.changed_languages(type(item), list(change.data))
    translations.record_edit(item, languages, by=change.updated_by)
    record = services.record(item, action=PublicationRecord.Action.CHANGES, by=by)
    change.delete()
    bump_generation()
    return record


@transaction.atomic
def publish(change, *, by, at=None):
    """Publish the pending version now, or schedule it for `at` (applied by the command)."""
    from barents_portal import services

    services.check_schedule(at)
    if at is None or at <= timezone.now():
        return apply(change, by=by)
    change.publish_at = at
    change.state = PendingChange.State.PENDING
    change.reviewed_by = by
    change.save()
    # Pages are kept no longer than the next scheduled moment, computed per generation.
    bump_generation()
    return None


def send_back(change, *, by, note):
    change.state = PendingChange.State.SENT_BACK
    change.note = note
    change.publish_at = None
    change.reviewed_by = by
    change.save()
    return change


def publish_due(now=None):
    """Apply every pending version whose time has come; returns how many were applied."""
    now = now or timezone.now()
    applied = 0
    due = PendingChange.objects.filter(state=PendingChange.State.PENDING, publish_at__lte=now)
    for pk in list(due.values_list("pk", flat=True)):
        with transaction.atomic():
            change = due.select_for_update(skip_locked=True).filter(pk=pk).first()
            if change is not None:
                apply(change, by=change.reviewed_by)
                applied += 1
    return applied


# --- Comparing -----------------------------------------------------------------------------
def _shown(field, value):
    if value is None or value == "":
        return ""
    if field.many_to_many:
        return ", ".join(str(item) for item in value)
    if field.is_relation:
        return str(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return strip_tags(str(value)).strip()


def compare_rows(item, change):
    """(language or None, field label, live text, pending text) for each changed field."""
    model = type(item)
    pending = model._base_manager.get(pk=item.pk)
    apply_data(pending, change.data)
    codes = language_codes()
    rows = []
    for name in change.data:
        field = _field(model, name) or next(
            (f for f in model._meta.concrete_fields if f.attname == name), None
        )
        if field is None:
            continue
        if field.many_to_many:
            live = list(getattr(item, field.name).all())
            new = list(field.related_model._default_manager.filter(pk__in=change.data[name]))
        elif field.is_relation:
            live, new = getattr(item, field.name), getattr(pending, field.name)
        else:
            live, new = getattr(item, field.attname), getattr(pending, field.attname)
        suffix = name.rsplit("_", 1)[-1]
        language = suffix if "_" in name and suffix in codes else None
        label = getattr(field, "translated_field", field).verbose_name
        shown_live, shown_new = _shown(field, live), _shown(field, new)
        if shown_live != shown_new:
            rows.append((language, label, shown_live, shown_new))
    order = {None: -1, **{code: i for i, code in enumerate(codes)}}
    return sorted(rows, key=lambda row: order[row[0]])


def preview_links(item):
    if not hasattr(item, "get_preview_url"):
        return []
    from django.utils.translation import get_language_info

    links = []
    for code in language_codes():
        with override(code):
            links.append((code, get_language_info(code)["name_local"], item.get_preview_url()))
    return [(code, name, f"{url}?pending=1") for code, name, url in links]


# --- Admin ---------------------------------------------------------------------------------
class WaitingChangesFilter(admin.SimpleListFilter):
    title = _("changes waiting")
    parameter_name = "changes_waiting"

    def lookups(self, request, model_admin):
        return [("yes", _("Changes waiting")), ("sent_back", _("Sent back"))]

    def queryset(self, request, queryset):
        changes = PendingChange.objects.filter(
            content_type=content_type_of(queryset.model), object_id=OuterRef("pk")
        )
        if self.value() == "yes":
            return queryset.filter(Exists(changes.filter(state=PendingChange.State.PENDING)))
        if self.value() == "sent_back":
            return queryset.filter(Exists(changes.filter(state=PendingChange.State.SENT_BACK)))
        return queryset


class PendingChangesAdminMixin:
    """The admin side: keep non-publishers' changes to live items, and let publishers
    review them (see the module docstring)."""

    change_form_template = "admin/pending_change_form.html"

    def _waits(self, request, obj):
        return obj is not None and needs_publisher(request.user, obj)

    # The editor edits the pending version: the form is built on the item with it applied.
    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if getattr(request, "_pending_form", False) and obj is not None:
            change = pending_for(obj)
            request._pending_shown = change
            if change is not None and not can_publish(request.user, self.model):
                apply_data(obj, change.data)
        return obj

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if not is_publishable(self.model) or object_id is None:
            return super().changeform_view(request, object_id, form_url, extra_context)
        request._pending_form = True
        response = super().changeform_view(request, object_id, form_url, extra_context)
        change = getattr(request, "_pending_shown", None)
        if hasattr(response, "context_data") and response.context_data is not None:
            obj = response.context_data.get("original")
            response.context_data["pending"] = {
                "change": change,
                "waits": obj is not None and self._waits(request, obj),
                "may_publish": can_publish(request.user, self.model),
                "review_url": reverse(
                    f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_pending",
                    args=[object_id],
                ),
            }
        return response

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self._waits(request, obj):
            readonly += [
                field.name
                for field in self.model._meta.fields
                if isinstance(field, models.FileField) and field.name not in readonly
            ]
        return readonly

    def get_inline_instances(self, request, obj=None):
        inlines = super().get_inline_instances(request, obj)
        if self._waits(request, obj):
            for inline in inlines:
                inline.has_add_permission = lambda request, obj=None: False
                inline.has_change_permission = lambda request, obj=None: False
                inline.has_delete_permission = lambda request, obj=None: False
        return inlines

    def save_model(self, request, obj, form, change):
        if change and self._waits(request, obj):
            # Restoring an old version (history.py) proposes all of its fields.
            names = list(form.fields) if getattr(request, "_restoring_revision", False) else None
            request._pending_change = keep(obj, form, by=request.user, names=names)
            return
        super().save_model(request, obj, form, change)
        shown = getattr(request, "_pending_shown", None)
        if change and shown is not None and not can_publish(request.user, self.model):
            shown.delete()  # the item is no longer live: the pending version went into it

    def delete_model(self, request, obj):
        change = pending_for(obj) if is_publishable(self.model) else None
        super().delete_model(request, obj)
        if change is not None:
            change.delete()

    def delete_queryset(self, request, queryset):
        if is_publishable(self.model):
            PendingChange.objects.filter(
                content_type=content_type_of(self.model),
                object_id__in=list(queryset.values_list("pk", flat=True)),
            ).delete()
        super().delete_queryset(request, queryset)

    def save_related(self, request, form, formsets, change):
        if getattr(request, "_pending_change", None) is not None:
            # Many-to-many values are in the pending version; inlines are read-only.
            for formset in formsets:
                formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            return
        super().save_related(request, form, formsets, change)

    def response_change(self, request, obj):
        if getattr(request, "_pending_change", None) is not None:
            self.message_user(
                request,
                gettext(
                    "Your changes to “%(item)s” are kept as a version waiting for a publisher. "
                    "The public page shows the live version until they are published."
                )
                % {"item": obj},
                messages.WARNING,
            )
            request._pending_quiet = True
        return super().response_change(request, obj)

    def message_user(self, request, message, *args, **kwargs):
        if getattr(request, "_pending_quiet", False):
            return  # the admin's "changed successfully" would say the change is live
        super().message_user(request, message, *args, **kwargs)

    # Changelists: a column and a filter.
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not is_publishable(self.model):
            return queryset
        return queryset.annotate(
            pending_state=PendingChange.objects.filter(
                content_type=content_type_of(self.model), object_id=OuterRef("pk")
            ).values("state")[:1]
        )

    def get_list_display(self, request):
        shown = list(super().get_list_display(request))
        if is_publishable(self.model) and "changes_waiting" not in shown:
            shown.append("changes_waiting")
        return shown

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if is_publishable(self.model) and WaitingChangesFilter not in filters:
            filters.append(WaitingChangesFilter)
        return filters

    @admin.display(description=_("changes waiting"))
    def changes_waiting(self, obj):
        state = getattr(obj, "pending_state", None)
        return PendingChange.State(state).label if state else ""

    # The publisher's review: compare, preview, publish or send back.
    def get_urls(self):
        if not is_publishable(self.model):
            return super().get_urls()
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}_pending"
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/pending/", view(self.pending_view), name=name),
            path(
                "<path:object_id>/pending/publish/",
                view(self.pending_publish_view),
                name=f"{name}_publish",
            ),
            path(
                "<path:object_id>/pending/send-back/",
                view(self.pending_send_back_view),
                name=f"{name}_send_back",
            ),
            *super().get_urls(),
        ]

    def _pending_or_404(self, request, object_id, *, publishing=False):
        item = get_object_or_404(self.model._base_manager, pk=object_id)
        if not self.has_view_or_change_permission(request, item):
            raise PermissionDenied
        if publishing and not can_publish(request.user, self.model):
            raise PermissionDenied
        change = pending_for(item)
        if change is None:
            raise Http404
        return item, change

    def pending_view(self, request, object_id):
        item, change = self._pending_or_404(request, object_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": item,
            "change": change,
            "rows": compare_rows(item, change),
            "previews": preview_links(item),
            "may_publish": can_publish(request.user, self.model),
            "title": gettext("Changes waiting for “%(item)s”") % {"item": item},
        }
        return TemplateResponse(request, "admin/pending_review.html", context)

    def _back_to_review(self, object_id):
        opts = self.model._meta
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_pending", args=[object_id])
        )

    def pending_publish_view(self, request, object_id):
        if request.method != "POST":
            return self._back_to_review(object_id)
        item, change = self._pending_or_404(request, object_id, publishing=True)
        at = None
        if request.POST.get("publish_at"):
            form = PublishAtForm(request.POST)
            if not form.is_valid():
                for error in form.errors.get("publish_at", []):
                    messages.error(request, error)
                return self._back_to_review(object_id)
            at = form.cleaned_data["publish_at"]
        try:
            publish(change, by=request.user, at=at)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self._back_to_review(object_id)
        opts = self.model._meta
        if at is not None and at > timezone.now():
            messages.success(
                request,
                gettext("The changes to “%(item)s” will be published at %(time)s.")
                % {"item": item, "time": _format(at)},
            )
            return self._back_to_review(object_id)
        messages.success(
            request, gettext("The changes to “%(item)s” are published.") % {"item": item}
        )
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[object_id])
        )

    def pending_send_back_view(self, request, object_id):
        if request.method != "POST":
            return self._back_to_review(object_id)
        item, change = self._pending_or_404(request, object_id, publishing=True)
        send_back(change, by=request.user, note=request.POST.get("note", "").strip())
        messages.success(
            request,
            gettext("The changes to “%(item)s” are sent back to the editor.") % {"item": item},
        )
        return self._back_to_review(object_id)


def _format(moment):
    from django.utils.formats import date_format

    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


class PublishAtForm(forms.Form):
    publish_at = forms.DateTimeField(label=_("publish at"), required=False)


class PendingChangeAdmin(AdminPhrasesMixin, admin.ModelAdmin):
    """“Changes waiting”: every pending version, each linking to its review."""

    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add waiting change"),
        change=pgettext_lazy("admin", "Edit waiting change"),
        view=pgettext_lazy("admin", "View waiting change"),
        select_to_change=pgettext_lazy("admin", "Changes waiting"),
        select_to_view=pgettext_lazy("admin", "Changes waiting"),
        added=pgettext_lazy("admin", "The waiting change “{obj}” was added."),
        changed=pgettext_lazy("admin", "The waiting change “{obj}” was changed."),
        deleted=pgettext_lazy("admin", "The waiting change “{obj}” was deleted."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d waiting change was deleted.",
            "%(count)d waiting changes were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected waiting changes"),
    )

    list_display = ("review_link", "item_type", "state", "updated_by", "updated_at", "publish_at")
    list_filter = ("state", ("content_type", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("content_type", "updated_by")
    search_fields = ("item_repr",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("item"), ordering="item_repr")
    def review_link(self, change):
        from django.utils.html import format_html

        model = change.content_type.model_class()
        if model is None:
            return change.item_repr
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_pending", args=[change.object_id])
        return format_html('<a href="{}">{}</a>', url, change.item_repr)

    @admin.display(description=_("type"), ordering="content_type")
    def item_type(self, change):
        model = change.content_type.model_class()
        return model._meta.verbose_name if model else ""


def waiting_count():
    return PendingChange.objects.filter(state=PendingChange.State.PENDING).count()
