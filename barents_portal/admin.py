"""Admin building blocks shared by every app: stamping, roles, publishing, translations."""

from axes.admin import AccessAttemptAdmin
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import UsernameField
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext, ngettext, npgettext_lazy, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import NotRegistered, translator

from barents_portal import accounts, services, translations
from barents_portal.admin_i18n import AdminPhrasesMixin, ModelPhrases
from barents_portal.history import HistoryAdminMixin
from barents_portal.languages import language_codes, languages_with_content
from barents_portal.models import PendingChange, PublicationRecord, TranslationRevision
from barents_portal.pending import PendingChangeAdmin, PendingChangesAdminMixin
from barents_portal.publishing import PublicationState
from barents_portal.roles import can_publish, can_translate, is_publishable, is_translated
from barents_portal.storage import StorageErrorAdminMixin


class StampedAdminMixin:
    """Stamp created_by / updated_by with the staff member who saved the form."""

    def save_model(self, request, obj, form, change):
        if hasattr(obj, "updated_by_id"):  # reference data (regions, themes) has no stamps
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


class UnchangedTranslationsForm:
    """A form mixin: a language field the user did not change keeps its stored value.

    A ModelForm writes every field it holds, so an untouched empty text field of a
    translation went from NULL to "" on every save (and any normalisation of an untouched
    value was stored as an edit). Only what the user changed is written.
    """

    def _post_clean(self):
        names = translation_field_names(self._meta.model)
        for name in names & set(self.fields) - set(self.changed_data):
            if name in self.cleaned_data:
                self.cleaned_data[name] = self.get_initial_for_field(self.fields[name], name)
        super()._post_clean()


def keeping_unchanged_translations(form_class):
    if issubclass(form_class, UnchangedTranslationsForm):
        return form_class
    return type(form_class.__name__, (UnchangedTranslationsForm, form_class), {})


class RoleAwareAdminMixin:
    """The roles of barents_portal.roles, enforced where the admin decides what may change.

    - A translator (translate_<model> without change_<model>) may open existing items and
      edit only their target languages' fields: not the source language's
      (barents_portal.translations.source_language), not any slug, nothing else. Those
      are read-only, so a POST that carries them changes nothing, and left out of the
      form: the source text shows beside each field instead.
    - Everyone's change form shows the source text beside each target-language field.
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
            source = translations.source_language(obj) if obj is not None else None
            readonly += [
                name
                for name in translations.translator_readonly_fields(self.model, source)
                if name not in readonly
            ]
        elif is_publishable(self.model) and not can_publish(request.user, self.model):
            readonly += [name for name in ("status", "published_at") if name not in readonly]
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not (self.translation_only(request) and obj is not None):
            return fieldsets
        return for_translator(fieldsets, self.model, translations.source_language(obj))

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is None or not is_translated(self.model):
            return form
        return translations.with_sources(form, translations.source_language(obj))

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if self.translation_only(request):
            changelist.list_editable = ()  # e.g. a topic's order: not a translation
        return changelist

    def get_inline_instances(self, request, obj=None):
        inlines = super().get_inline_instances(request, obj)
        if not self.translation_only(request):
            return inlines
        # Translators translate in place the rows of an inline whose items have no admin
        # page of their own (a programme's calls); they add and remove none. Items with
        # their own page (an event's documents) are translated there.
        source = translations.source_language(obj) if obj is not None else None
        translating = [
            translating_inline(type(inline), source)(self.model, self.admin_site)
            for inline in inlines
            if is_translated(inline.model)
            and not self.admin_site.is_registered(inline.model)
            and can_translate(request.user, inline.model)
        ]
        for inline in translating:
            inline.max_num = 0  # as the admin does for an inline one may not add to
        return translating

    @property
    def media(self):
        # Listed after modeltranslation's tabs script, which it needs to have run.
        return super().media + forms.Media(
            js=[
                "admin/js/jquery.init.js",
                "modeltranslation/js/tabbed_translation_fields.js",
                "portal-admin/translate.js",
            ],
            css={"all": ["portal-admin/translate.css"]},
        )


def for_translator(fieldsets, model, source):
    """`fieldsets` without the columns a translator may not change: the source language's
    (its text shows beside each field instead) and the slugs (made on save)."""
    hidden = set(translations.translator_readonly_fields(model, source))

    def keep(fields):
        kept = []
        for entry in fields:
            if isinstance(entry, (list, tuple)):
                entry = [name for name in entry if name not in hidden]
                if entry:
                    kept.append(entry)
            elif entry not in hidden:
                kept.append(entry)
        return kept

    return [
        (name, {**options, "fields": keep(options.get("fields", ()))})
        for name, options in fieldsets
    ]


def translating_inline(inline_class, source):
    """`inline_class` as a translator gets it: target-language fields only, no rows added
    or removed, the source text beside each field."""

    class TranslatingInline(inline_class):
        def has_add_permission(self, request, obj=None):
            return False

        def has_delete_permission(self, request, obj=None):
            return False

        def has_change_permission(self, request, obj=None):
            return can_translate(request.user, self.model)

        def get_readonly_fields(self, request, obj=None):
            readonly = list(super().get_readonly_fields(request, obj))
            editable = translation_field_names(self.model) - set(
                translations.translator_readonly_fields(self.model, source)
            )
            # The original (untranslated) names are never form fields: modeltranslation
            # puts the per-language columns in their place.
            editable |= set(translator.get_options_for_model(self.model).all_fields)
            return readonly + [
                field.name
                for field in [*self.model._meta.fields, *self.model._meta.many_to_many]
                if field.editable
                and field.name not in editable
                and field.name not in readonly
                and not field.primary_key
            ]

        def get_fieldsets(self, request, obj=None):
            fieldsets = super().get_fieldsets(request, obj)
            return for_translator(fieldsets, self.model, source) if source else fieldsets

        def get_formset(self, request, obj=None, **kwargs):
            formset = super().get_formset(request, obj, **kwargs)
            formset.form = translations.with_sources(formset.form, source)
            return formset

    TranslatingInline.__name__ = f"Translating{inline_class.__name__}"
    return TranslatingInline


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
    StorageErrorAdminMixin,
    AdminPhrasesMixin,
    PendingChangesAdminMixin,
    StampedAdminMixin,
    RoleAwareAdminMixin,
    PublishingAdminMixin,
    HistoryAdminMixin,
    TabbedTranslationAdmin,
):
    """The admin every content model uses: tabbed translations (jQuery UI from our static
    files), stamps, roles, publishing, revision history, the languages an item is in, and a
    form error instead of a server error when an upload cannot be written."""

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

    def get_form(self, request, obj=None, **kwargs):
        return keeping_unchanged_translations(super().get_form(request, obj, **kwargs))

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            formset.form = keeping_unchanged_translations(formset.form)
            yield formset, inline

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
class TranslationDashboardAdmin(AdminPhrasesMixin, admin.ModelAdmin):
    """The translation dashboard: every content item × language, with filters and counts.

    Each missing or outdated cell links to the item opened for translation in that
    language, for whoever may edit (or translate) it; a call opens in its programme.
    """

    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add translation"),
        change=pgettext_lazy("admin", "Change translation"),
        view=pgettext_lazy("admin", "View translation"),
        select_to_change=pgettext_lazy("admin", "Select translation to change"),
        select_to_view=pgettext_lazy("admin", "Select translation to view"),
        added=pgettext_lazy("admin", "The translation “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The translation “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The translation “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d translation was deleted.",
            "%(count)d translations were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected translations"),
    )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
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
        elif state != "all":  # by default, what needs a translator
            rows = [
                row for row in rows if any(row.states[code] in translations.TO_DO for code in codes)
            ]
        editors = {model: translations.Editor.of(model) for model in models}
        may_open = {
            model: editor is not None and editor.model_admin.has_change_permission(request)
            for model, editor in editors.items()
        }
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Translations"),
            "rows": [
                (
                    row,
                    row.change_url if may_open[row.model] else None,
                    [
                        (
                            code,
                            row.states[code],
                            row.translate_url(code) if may_open[row.model] else None,
                            code == row.source,
                        )
                        for code in codes
                    ],
                )
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
class PublicationRecordAdmin(AdminPhrasesMixin, admin.ModelAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add publication record"),
        change=pgettext_lazy("admin", "Change publication record"),
        view=pgettext_lazy("admin", "View publication record"),
        select_to_change=pgettext_lazy("admin", "Select publication record to change"),
        select_to_view=pgettext_lazy("admin", "Select publication record to view"),
        added=pgettext_lazy("admin", "The publication record “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The publication record “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The publication record “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d publication record was deleted.",
            "%(count)d publication records were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected publication records"),
    )

    list_display = ("at", "action", "item_repr", "content_type", "scheduled_for", "by")
    # Only the types that have entries: the full list would show every model, with
    # simple-history's untranslatable "historical …" ones among them.
    list_filter = ("action", ("content_type", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("content_type", "by")
    search_fields = ("item_repr", "by__username")
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


if admin.site.is_registered(AccessAttempt):

    class PortalAccessAttemptAdmin(AccessAttemptAdmin):
        @admin.action(description=AccessAttemptAdmin.cleanup_expired_attempts.short_description)
        def cleanup_expired_attempts(self, request, queryset):
            # django-axes reads the request's attempt time, which it sets only on login
            # requests: without it the action answered 500.
            AxesProxyHandler.update_request(request)
            return super().cleanup_expired_attempts(request, queryset)

    admin.site.unregister(AccessAttempt)
    admin.site.register(AccessAttempt, PortalAccessAttemptAdmin)

admin.site.register(PendingChange, PendingChangeAdmin)

admin.site.site_header = _("Barents Portal administration")
admin.site.site_title = _("Barents Portal")
admin.site.index_title = _("Content")


# --- Staff accounts (barents_portal.accounts) -------------------------------------------
class StaffUserCreationForm(forms.ModelForm):
    """A new staff member: no password typed by the administrator.

    The account starts with an unusable password; the set-password mail lets the new
    colleague choose one (or an administrator sets one later on the change page).
    """

    send_set_password_mail = forms.BooleanField(
        label=_("Send a set-password e-mail"),
        required=False,
        initial=True,
        help_text=_(
            "The new staff member gets a link to choose their own password. "
            "Without it, nobody can log in with this account until a password is set."
        ),
    )
    mail_language = forms.ChoiceField(label=_("Language of the e-mail"), choices=[])

    class Meta:
        model = get_user_model()
        fields = ("username", "email", "first_name", "last_name")
        field_classes = {"username": UsernameField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mail_language"].choices = [(code, name) for code, name in settings.LANGUAGES]
        self.fields["mail_language"].initial = get_language()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("send_set_password_mail") and not cleaned.get("email"):
            self.add_error("email", _("An e-mail address is needed to send the e-mail."))
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        user.is_staff = True
        user.set_unusable_password()
        if commit:
            user.save()
        return user


class StaffUserAdmin(UserAdmin):
    add_form = StaffUserCreationForm
    add_form_template = "admin/auth/user/staff_add_form.html"
    add_fieldsets = (
        (None, {"fields": ("username", "email", "first_name", "last_name")}),
        (_("Set-password e-mail"), {"fields": ("send_set_password_mail", "mail_language")}),
    )
    actions = ["send_set_password_mail"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change or not form.cleaned_data.get("send_set_password_mail"):
            return
        language = form.cleaned_data["mail_language"]
        transaction.on_commit(lambda: self.send_set_password_mails(request, [obj], language))

    @admin.action(description=_("Send a set-password e-mail"), permissions=["change"])
    def send_set_password_mail(self, request, queryset):
        self.send_set_password_mails(request, queryset, get_language())

    def send_set_password_mails(self, request, users, language):
        email_field = get_user_model().get_email_field_name()
        sent = skipped = failed = 0
        for user in users:
            if not (accounts.staff_may_reset(user) and getattr(user, email_field)):
                skipped += 1
            elif accounts.send_account_mail(
                user, kind="welcome", language=language, request=request
            ):
                sent += 1
            else:
                failed += 1
        if sent:
            self.message_user(
                request,
                ngettext(
                    "A set-password e-mail was sent to %(count)d staff member.",
                    "A set-password e-mail was sent to %(count)d staff members.",
                    sent,
                )
                % {"count": sent},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d user got no e-mail: only active staff members with an "
                    "e-mail address get one.",
                    "%(count)d users got no e-mail: only active staff members with an "
                    "e-mail address get one.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
        if failed:
            self.message_user(
                request,
                ngettext(
                    "The e-mail to %(count)d staff member could not be sent; try again later.",
                    "The e-mails to %(count)d staff members could not be sent; try again later.",
                    failed,
                )
                % {"count": failed},
                messages.ERROR,
            )


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), StaffUserAdmin)
