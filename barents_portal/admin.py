"""Admin building blocks shared by every app: stamping, roles, publishing, translations."""

from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import NotRegistered, translator

from barents_portal import services, translations
from barents_portal.history import HistoryAdminMixin
from barents_portal.languages import language_codes, languages_with_content
from barents_portal.models import PendingChange, PublicationRecord, TranslationRevision
from barents_portal.pending import PendingChangeAdmin, PendingChangesAdminMixin
from barents_portal.publishing import PublicationState
from barents_portal.roles import can_publish, can_translate, is_publishable, is_translated


class StampedAdminMixin:
    """Stamp created_by / updated_by with the staff member who saved the form."""

    def save_model(self, request, obj, form, change):
        if not change or obj.created_by_id is None:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            if hasattr(instance, "updated_by_id"):
                if instance.created_by_id is None:
                    instance.created_by = request.user
                instance.updated_by = request.user
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()


def translation_field_names(model):
    """The per-language columns (`title_nb`, `title_ru`…) of a translated model."""
    if not is_translated(model):
        return set()
    options = translator.get_options_for_model(model)
    return {field.name for fields in options.all_fields.values() for field in fields}


class RoleAwareAdminMixin:
    """The roles of barents_portal.roles, enforced where the admin decides what may change.

    - A translator (translate_<model> without change_<model>) may open existing items and
      edit only their per-language fields; every other field is read-only, so a POST that
      carries them changes nothing.
    - Without publish_<model>, `status` and `published_at` are read-only: an editor's
      items stay drafts whatever the request says.
    """

    def _perm(self, request, action):
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")

    def translation_only(self, request):
        return (
            is_translated(self.model)
            and not self._perm(request, "change")
            and can_translate(request.user, self.model)
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or self.translation_only(request)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.translation_only(request):
            editable = translation_field_names(self.model)
            translated = set(translator.get_options_for_model(self.model).all_fields)
            readonly += [
                field.name
                for field in [*self.model._meta.fields, *self.model._meta.many_to_many]
                if field.editable
                and field.name not in editable
                and field.name not in translated
                and field.name not in readonly
                and not field.primary_key
            ]
        elif is_publishable(self.model) and not can_publish(request.user, self.model):
            readonly += [name for name in ("status", "published_at") if name not in readonly]
        return readonly

    def get_inline_instances(self, request, obj=None):
        if self.translation_only(request):
            # Translators work on the item itself; inlines carry other items' data.
            return []
        return super().get_inline_instances(request, obj)


class PublishingAdminMixin:
    """Publish now / unpublish actions, schedule validation, the log and the state column."""

    actions = ["publish_now", "unpublish"]

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if not (is_publishable(self.model) and can_publish(request.user, self.model)):
            actions.pop("publish_now", None)
            actions.pop("unpublish", None)
        return actions

    @admin.action(description=_("Publish the selected items now"))
    def publish_now(self, request, queryset):
        for obj in queryset:
            services.publish(obj, by=request.user)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected items"))
    def unpublish(self, request, queryset):
        for obj in queryset:
            services.unpublish(obj, by=request.user)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if not is_publishable(self.model) or "published_at" not in form.base_fields:
            return form

        class ScheduleForm(form):
            def clean(self):
                cleaned = super().clean()
                when = cleaned.get("published_at")
                if "published_at" in self.changed_data and when is not None:
                    try:
                        services.check_schedule(when)
                    except ValidationError as error:
                        self.add_error("published_at", error)
                return cleaned

        return ScheduleForm

    def save_model(self, request, obj, form, change):
        if not is_publishable(self.model):
            return super().save_model(request, obj, form, change)
        old = type(obj).objects.filter(pk=obj.pk).values("status", "published_at").first()
        super().save_model(request, obj, form, change)
        services.record_form_change(
            obj,
            by=request.user,
            old_status=old["status"] if old else None,
            old_published_at=old["published_at"] if old else None,
        )

    @admin.display(description=_("state"), ordering="published_at")
    def state(self, obj):
        state = obj.publication_state
        if state == PublicationState.SCHEDULED:
            when = date_format(timezone.localtime(obj.published_at), "SHORT_DATETIME_FORMAT")
            return gettext("Scheduled for %(time)s") % {"time": when}
        return state.label


def every_language(model, search_fields):
    """Search fields with each translated field expanded to its language columns.

    modeltranslation reads `title__icontains` as the column of the admin's current language
    only; staff working in English would not find a title written in Norwegian alone.
    """
    expanded = []
    for name in search_fields:
        prefix = name[0] if name[:1] in "^=@" else ""
        *relations, field_name = name[len(prefix) :].split("__")
        target = model
        try:
            for relation in relations:
                target = target._meta.get_field(relation).related_model
            translated = translator.get_options_for_model(target).fields
        except (FieldDoesNotExist, NotRegistered, AttributeError):
            translated = {}
        if field_name in translated:
            expanded += [
                prefix + "__".join([*relations, f"{field_name}_{code}"])
                for code in language_codes()
            ]
        else:
            expanded.append(name)
    return expanded


class PortalTranslationAdmin(
    PendingChangesAdminMixin,
    StampedAdminMixin,
    RoleAwareAdminMixin,
    PublishingAdminMixin,
    HistoryAdminMixin,
    TabbedTranslationAdmin,
):
    """The admin every content model uses: tabbed translations (jQuery UI from our static
    files), stamps, roles, publishing, revision history, and the languages an item is in."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if getattr(request, "_pending_change", None) is not None:
            return  # recorded when a publisher publishes the changes (barents_portal.pending)
        translations.record_edit(
            obj,
            translations.changed_languages(self.model, form.changed_data),
            by=request.user,
            created=not change,
            preferred=request.LANGUAGE_CODE,
        )

    def get_search_fields(self, request):
        return every_language(self.model, super().get_search_fields(request))

    def view_on_site(self, obj):
        """ "View on site" opens the staff preview while the item is not public."""
        if hasattr(obj, "get_preview_url") and not getattr(obj, "is_published", True):
            return obj.get_preview_url()
        return obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else None

    @admin.display(description=_("languages"))
    def languages(self, obj):
        present = set(languages_with_content(obj))
        return " ".join(code if code in present else "–" for code in language_codes())


@admin.register(TranslationRevision)
class TranslationDashboardAdmin(admin.ModelAdmin):
    """The translation dashboard: every content item × language, with filters and counts."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        rows = translations.dashboard_rows()
        totals = translations.counts(rows)
        models = translations.translated_models()
        sections = {f"{m._meta.app_label}.{m._meta.model_name}": m for m in models}
        section = request.GET.get("section")
        language = request.GET.get("language")
        state = request.GET.get("state")
        if section in sections:
            rows = [row for row in rows if row.model is sections[section]]
        codes = language_codes()
        if language in codes:
            codes = [language]
        if state in translations.STATES:
            rows = [row for row in rows if any(row.states[code] == state for code in codes)]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Translations"),
            "rows": [
                (row, [(code, row.states[code], row.field_anchor(code)) for code in codes])
                for row in rows
            ],
            "codes": codes,
            "totals": totals,
            "sections": [(key, model._meta.verbose_name_plural) for key, model in sections.items()],
            "languages": language_codes(),
            "states": translations.STATES,
            "selected": {"section": section, "language": language, "state": state},
        }
        return TemplateResponse(request, "admin/translation_dashboard.html", context)


@admin.register(PublicationRecord)
class PublicationRecordAdmin(admin.ModelAdmin):
    list_display = ("at", "action", "item_repr", "content_type", "scheduled_for", "by")
    list_filter = ("action", "content_type")
    list_select_related = ("content_type", "by")
    search_fields = ("item_repr", "by__username")
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(PendingChange, PendingChangeAdmin)

admin.site.site_header = _("Barents Portal administration")
admin.site.site_title = _("Barents Portal")
admin.site.index_title = _("Content")
