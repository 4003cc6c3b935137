from django import forms
from django.contrib import admin
from django.contrib.postgres.fields import ArrayField
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from barents_portal.admin import PortalTranslationAdmin
from projects.models import (
    ApplicantType,
    Call,
    Country,
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
class ReferenceDataAdmin(PortalTranslationAdmin):
    list_display = ("name", "code", "languages", "order")
    list_editable = ("order",)
    search_fields = ("name", "code")


@admin.register(Region)
class RegionAdmin(ReferenceDataAdmin):
    list_display = ("name", "code", "country", "languages", "order")
    list_filter = ("country",)
    fields = ("name", "code", "country", "order")


@admin.register(Theme)
class ThemeAdmin(ReferenceDataAdmin):
    fields = ("name", "code", "order")


@admin.register(ApplicantType)
class ApplicantTypeAdmin(ReferenceDataAdmin):
    fields = ("name", "code", "order")


@admin.register(Funder)
class FunderAdmin(PortalTranslationAdmin):
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
class CallInline(TranslationStackedInline):
    model = Call
    extra = 0
    fields = (
        "title",
        "summary",
        ("opens_at", "deadline", "is_rolling"),
        ("budget", "decision_date"),
    )


@admin.register(Programme)
class ProgrammeAdmin(CountryCheckboxesMixin, PortalTranslationAdmin):
    list_display = ("name", "funder", "instrument", "amounts", "call_count", "state", "languages")
    list_filter = ("status", "instrument", "funder", "themes", "currency")
    list_select_related = ("funder",)
    search_fields = ("name", "summary", "funder__name")
    date_hierarchy = "published_at"
    autocomplete_fields = ("funder", "contact_office")
    filter_horizontal = ("themes", "eligible_regions", "applicant_types")
    inlines = [CallInline]
    fieldsets = (
        (None, {"fields": ("name", "slug", "funder", "instrument", "summary", "description")}),
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


# --- Funded projects ----------------------------------------------------------------------
class PartnerInline(admin.TabularInline):
    model = ProjectPartner
    extra = 0
    fields = ("organisation", "country", "region", "order")
    autocomplete_fields = ("region",)


@admin.register(FundedProject)
class FundedProjectAdmin(PortalTranslationAdmin):
    list_display = (
        "title",
        "reference",
        "programme",
        "year_granted",
        "grant",
        "lead_country",
        "status",
        "languages",
    )
    list_filter = ("programme", "year_granted", "lead_country", "status", "themes")
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
                    "status",
                    "website",
                )
            },
        ),
    )

    @admin.display(description=_("grant"), ordering="grant_amount")
    def grant(self, obj):
        return f"{obj.grant_amount:,.0f} {obj.currency}".replace(",", "\u00a0")
