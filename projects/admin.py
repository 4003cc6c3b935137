import base64
import binascii

from django import forms
from django.contrib import admin, messages
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, npgettext_lazy, pgettext_lazy
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from barents_portal.admin import PortalTranslationAdmin
from barents_portal.admin_i18n import AdminPhrasesMixin, ModelPhrases
from barents_portal.plaintext import PlainTextAdminMixin
from barents_portal.roles import can_publish
from barents_portal.vocabulary import Country
from barents_portal.vocabulary import Region as RegionCode
from projects import exports, importing
from projects.models import (
    ApplicantType,
    Call,
    FundedProject,
    Funder,
    Programme,
    ProjectPartner,
    Region,
    Theme,
)


class CountryCheckboxesMixin:
    """Country lists (ArrayField) as checkboxes instead of comma-separated codes."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, ArrayField):
            return forms.TypedMultipleChoiceField(
                label=db_field.verbose_name.capitalize(),
                choices=Country.choices,
                widget=forms.CheckboxSelectMultiple,
                required=False,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


# --- Reference data -----------------------------------------------------------------------
class ReferenceDataAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    list_display = ("name", "code", "languages", "order")
    list_editable = ("order",)
    search_fields = ("name", "code")


@admin.register(Region)
class RegionAdmin(AdminPhrasesMixin, admin.ModelAdmin):
    """The shared region list (barents_portal.vocabulary), to look at, not to edit.

    Registered so project and partner forms can look a region up by its name
    (`autocomplete_fields`); the names are translated in the vocabulary, not stored.
    """

    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add region"),
        change=pgettext_lazy("admin", "Change region"),
        view=pgettext_lazy("admin", "View region"),
        select_to_change=pgettext_lazy("admin", "Select region to change"),
        select_to_view=pgettext_lazy("admin", "Select region to view"),
        added=pgettext_lazy("admin", "The region “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The region “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The region “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d region was deleted.", "%(count)d regions were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected regions"),
    )

    list_display = ("region_name", "code", "country_name")
    search_fields = ("code",)

    @admin.display(description=_("name"))
    def region_name(self, region):
        return region.name

    @admin.display(description=_("country"))
    def country_name(self, region):
        return Country(region.country).label

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip().casefold()
        if not term:
            return queryset, False
        codes = [
            region.value
            for region in RegionCode
            if term in str(region.label).casefold() or term in region.value.casefold()
        ]
        return queryset.filter(code__in=codes), False


@admin.register(Theme)
class ThemeAdmin(ReferenceDataAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add theme"),
        change=pgettext_lazy("admin", "Change theme"),
        view=pgettext_lazy("admin", "View theme"),
        select_to_change=pgettext_lazy("admin", "Select theme to change"),
        select_to_view=pgettext_lazy("admin", "Select theme to view"),
        added=pgettext_lazy("admin", "The theme “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The theme “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The theme “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d theme was deleted.", "%(count)d themes were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected themes"),
    )

    fields = ("name", "code", "order")


@admin.register(ApplicantType)
class ApplicantTypeAdmin(ReferenceDataAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add applicant type"),
        change=pgettext_lazy("admin", "Change applicant type"),
        view=pgettext_lazy("admin", "View applicant type"),
        select_to_change=pgettext_lazy("admin", "Select applicant type to change"),
        select_to_view=pgettext_lazy("admin", "Select applicant type to view"),
        added=pgettext_lazy("admin", "The applicant type “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The applicant type “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The applicant type “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d applicant type was deleted.",
            "%(count)d applicant types were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected applicant types"),
    )

    fields = ("name", "code", "order")


@admin.register(Funder)
class FunderAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add funder"),
        change=pgettext_lazy("admin", "Change funder"),
        view=pgettext_lazy("admin", "View funder"),
        select_to_change=pgettext_lazy("admin", "Select funder to change"),
        select_to_view=pgettext_lazy("admin", "Select funder to view"),
        added=pgettext_lazy("admin", "The funder “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The funder “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The funder “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d funder was deleted.", "%(count)d funders were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected funders"),
    )

    list_display = ("name", "country", "website", "languages", "programme_count")
    list_filter = ("country",)
    search_fields = ("name", "website")
    fields = ("name", "country", "website")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(programme_count=Count("programmes"))

    @admin.display(description=_("programmes"), ordering="programme_count")
    def programme_count(self, obj):
        return obj.programme_count


# --- Programmes and their calls -----------------------------------------------------------
class CallInline(PlainTextAdminMixin, TranslationStackedInline):
    model = Call
    extra = 0
    fields = (
        "title",
        "summary",
        ("opens_at", "deadline", "is_rolling"),
        ("budget", "decision_date"),
    )


@admin.register(Programme)
class ProgrammeAdmin(PlainTextAdminMixin, CountryCheckboxesMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add programme"),
        change=pgettext_lazy("admin", "Change programme"),
        view=pgettext_lazy("admin", "View programme"),
        select_to_change=pgettext_lazy("admin", "Select programme to change"),
        select_to_view=pgettext_lazy("admin", "Select programme to view"),
        added=pgettext_lazy("admin", "The programme “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The programme “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The programme “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d programme was deleted.",
            "%(count)d programmes were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected programmes"),
    )

    list_display = ("name", "funder", "instrument", "amounts", "call_count", "state", "languages")
    list_filter = ("status", "instrument", "funder", "themes", "currency")
    list_select_related = ("funder",)
    search_fields = ("name", "summary", "funder__name")
    date_hierarchy = "published_at"
    autocomplete_fields = ("funder", "contact_office")
    filter_horizontal = ("themes", "eligible_regions", "applicant_types")
    inlines = [CallInline]
    fieldsets = (
        (
            None,
            {"fields": ("name", "slug", "code", "funder", "instrument", "summary", "description")},
        ),
        (
            _("Who may apply"),
            {
                "fields": (
                    "eligibility",
                    "eligible_countries",
                    "eligible_regions",
                    "applicant_types",
                    "partner_required",
                    "partner_countries",
                    "themes",
                )
            },
        ),
        (
            _("Money"),
            {"fields": (("min_amount", "max_amount", "currency"), "max_cofinancing_share")},
        ),
        (_("Applying"), {"fields": ("how_to_apply", "application_url", "contact_office")}),
        (_("Publishing"), {"fields": ("status", "published_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(call_count=Count("calls"))

    @admin.display(description=_("calls"), ordering="call_count")
    def call_count(self, obj):
        return obj.call_count

    @admin.display(description=_("amounts"))
    def amounts(self, obj):
        if not obj.has_amounts:
            return "–"
        low = f"{obj.min_amount:,.0f}" if obj.min_amount is not None else "…"
        high = f"{obj.max_amount:,.0f}" if obj.max_amount is not None else "…"
        return f"{low}–{high} {obj.currency}".replace(",", "\u00a0")


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, separated by commas or semicolons, at most 2 MB."),
    )


class ImportConfirmForm(forms.Form):
    """The checked file, sent back base64-encoded.

    Browsers rewrite every line break in a submitted value as CR LF, which would change
    the line breaks inside quoted cells (summaries) between the check and the import.
    """

    text = forms.CharField(widget=forms.HiddenInput)

    @classmethod
    def for_text(cls, text):
        return cls(initial={"text": base64.b64encode(text.encode()).decode("ascii")})

    def clean_text(self):
        try:
            return base64.b64decode(self.cleaned_data["text"], validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            raise ValidationError("Not base64-encoded UTF-8 text.", code="invalid") from None


class FundedProjectImportMixin:
    """An admin page to import projects from CSV: upload → preview with every error → import.

    The confirm step sends the checked text back and it is checked again before anything is
    written (the browser's copy is not trusted); the import runs in one transaction.
    """

    change_list_template = "admin/projects/fundedproject/change_list.html"

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="projects_fundedproject_import",
            ),
            *super().get_urls(),
        ]

    def has_import_permission(self, request):
        # An import writes live projects directly (no pending version): publishers only.
        return (
            self.has_add_permission(request)
            and self.has_change_permission(request)
            and can_publish(request.user, self.model)
        )

    def import_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import funded projects from CSV"),
            "columns": exports.COLUMNS,
            "required": importing.REQUIRED,
            "regions": Region.objects.all(),
            "themes": Theme.objects.all(),
        }
        upload_form = ImportUploadForm()
        result = None
        if request.method == "POST" and "text" in request.POST:
            confirm = ImportConfirmForm(request.POST)
            if not confirm.is_valid():
                messages.error(
                    request, _("The checked file did not come back intact. Upload it again.")
                )
            else:
                result = importing.read(confirm.cleaned_data["text"])
                if result.is_valid:
                    try:
                        saved = importing.save(result, user=request.user)
                    except (ValidationError, DatabaseError) as error:
                        messages.error(
                            request,
                            _("Nothing was imported: %(error)s") % {"error": error},
                        )
                    else:
                        messages.success(
                            request,
                            ngettext(
                                "%(count)d project was imported.",
                                "%(count)d projects were imported.",
                                len(saved),
                            )
                            % {"count": len(saved)},
                        )
                        return redirect("admin:projects_fundedproject_changelist")
        elif request.method == "POST":
            upload_form = ImportUploadForm(request.POST, request.FILES)
            if upload_form.is_valid():
                try:
                    text = importing.decode(upload_form.cleaned_data["file"])
                except ValidationError as error:
                    upload_form.add_error("file", error)
                else:
                    result = importing.read(text)
        context.update(
            upload_form=upload_form,
            result=result,
            confirm_form=(
                ImportConfirmForm.for_text(result.text)
                if result is not None and result.is_valid
                else None
            ),
        )
        return TemplateResponse(request, "admin/projects/fundedproject/import.html", context)


# --- Funded projects ----------------------------------------------------------------------
class PartnerInline(TranslationTabularInline):
    model = ProjectPartner
    extra = 0
    fields = ("organisation", "country", "region", "order")
    autocomplete_fields = ("region",)


@admin.register(FundedProject)
class FundedProjectAdmin(PlainTextAdminMixin, FundedProjectImportMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add funded project"),
        change=pgettext_lazy("admin", "Change funded project"),
        view=pgettext_lazy("admin", "View funded project"),
        select_to_change=pgettext_lazy("admin", "Select funded project to change"),
        select_to_view=pgettext_lazy("admin", "Select funded project to view"),
        added=pgettext_lazy("admin", "The funded project “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The funded project “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The funded project “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d funded project was deleted.",
            "%(count)d funded projects were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected funded projects"),
    )

    list_display = (
        "title",
        "reference",
        "programme",
        "year_granted",
        "grant",
        "lead_country",
        "project_status",
        "state",
        "languages",
    )
    list_filter = (
        "status",
        "programme",
        "year_granted",
        "lead_country",
        "project_status",
        "themes",
    )
    list_select_related = ("programme",)
    search_fields = ("title", "reference", "lead_organisation", "partners__organisation")
    autocomplete_fields = ("programme", "lead_region", "regions", "themes")
    inlines = [PartnerInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "reference", "programme", "summary")}),
        (
            _("Partners and places"),
            {"fields": ("lead_organisation", ("lead_country", "lead_region"), "regions")},
        ),
        (_("Themes"), {"fields": ("themes",)}),
        (
            _("Money and time"),
            {
                "fields": (
                    ("grant_amount", "total_budget", "currency"),
                    "year_granted",
                    ("start_date", "end_date"),
                    "project_status",
                    "website",
                )
            },
        ),
        (_("Publishing"), {"fields": ("status", "published_at")}),
    )

    @admin.display(description=_("grant"), ordering="grant_amount")
    def grant(self, obj):
        return f"{obj.grant_amount:,.0f} {obj.currency}".replace(",", "\u00a0")
