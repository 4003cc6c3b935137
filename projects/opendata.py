"""The funding section's open data: calls for applications and funded projects.

Rows are values of the published() queries (a draft programme hides its calls and
projects here as everywhere); lists are `ArraySubquery` columns, so a file is one query.
Programmes are named by their id, which never changes, and their names per language.
"""

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import CharField, F, Max, OuterRef, QuerySet, Value
from django.db.models.functions import Coalesce, Concat, NullIf
from django.utils.translation import gettext_lazy as _

from barents_portal.languages import fallback_chain, language_codes
from barents_portal.opendata import Dataset, Field, Type, page_urls, translated
from projects.models import Call, FundedProject, ProjectPartner


def _columns(*names):
    """{alias: F(path)} of a related row's per-language columns: `programme_name_nb`…"""
    return {
        f"{alias}_{code}": F(f"{path}_{code}") for alias, path in names for code in language_codes()
    }


def _texts(*names):
    return [f"{name}_{code}" for name in names for code in language_codes()]


PROGRAMME_CODE = _("The programme's code: the same in every language, and kept when it is renamed.")


def _call_rows():
    return (
        Call.objects.published()
        .with_state()
        .order_by("pk")
        .values(
            "id",
            "programme_id",
            *_texts("title", "summary"),
            "state_code",
            "opens_at",
            "deadline",
            "is_rolling",
            "budget",
            "decision_date",
            **_columns(
                ("programme_name", "programme__name"),
                ("programme_slug", "programme__slug"),
            ),
            programme_code=F("programme__code"),
            currency=F("programme__currency"),
            min_amount=F("programme__min_amount"),
            max_amount=F("programme__max_amount"),
        )
    )


def _call_modified():
    return Call.objects.published().aggregate(latest=Max("programme__updated_at"))["latest"]


CALLS = Dataset(
    key="calls",
    order=30,
    title=_("Calls for applications"),
    description=_(
        "Every published call for applications of the funding programmes: its programme, "
        "its state, when it opens and closes, and the amounts."
    ),
    keywords=(_("funding"), _("calls for applications")),
    rows=_call_rows,
    modified=_call_modified,
    fields=(
        Field("id", Type.INTEGER, _("The call's number; it never changes.")),
        Field("programme_id", Type.INTEGER, _("The number of the call's programme.")),
        Field("programme_code", Type.CODE, PROGRAMME_CODE),
        *translated("programme_name", _("Name of the programme")),
        *translated("title", _("Title of the call")),
        *translated("summary", _("Summary of the call")),
        Field(
            "status",
            Type.CODE,
            _("State at the moment of download: forthcoming, open, rolling or closed."),
            value=lambda row, export: row["state_code"],
        ),
        Field("opens_at", Type.DATETIME, _("When applications open; empty: open already.")),
        Field("deadline", Type.DATETIME, _("Deadline; empty for a rolling call.")),
        Field(
            "rolling",
            Type.BOOLEAN,
            _("Applications are taken all year, without a deadline."),
            value=lambda row, export: row["is_rolling"],
        ),
        Field("budget", Type.DECIMAL, _("Money available in this call, if announced.")),
        Field("currency", Type.CODE, _("Currency of the amounts (ISO 4217: EUR, NOK, SEK…).")),
        Field("min_amount", Type.DECIMAL, _("Smallest grant the programme gives.")),
        Field("max_amount", Type.DECIMAL, _("Largest grant the programme gives.")),
        Field("decision_date", Type.DATE, _("When the decision is expected.")),
        *page_urls(
            "projects:programme-detail",
            slug="programme_slug",
            anchor=lambda row: f"call-{row['id']}",
        ),
    ),
)


def _partner_name():
    """A partner's name as the files give it, the same under every language: its name in the
    content's source language, else along that language's fallback chain."""
    chain = fallback_chain(settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
    names = (NullIf(f"organisation_{code}", Value("")) for code in chain)
    return Coalesce(*names, Value(""), output_field=CharField())


def _project_rows():
    # A plain QuerySet: modeltranslation's values() adds every column of a translated model,
    # and an array subquery returns one.
    partners = QuerySet(ProjectPartner).filter(project=OuterRef("pk")).order_by("order", "pk")
    regions = FundedProject.regions.through.objects.filter(fundedproject=OuterRef("pk"))
    themes = FundedProject.themes.through.objects.filter(fundedproject=OuterRef("pk"))
    return (
        FundedProject.objects.published()
        .order_by("pk")
        .values(
            "id",
            "reference",
            "programme_id",
            *_texts("title", "summary", "slug"),
            "lead_organisation",
            "lead_country",
            "grant_amount",
            "total_budget",
            "currency",
            "year_granted",
            "start_date",
            "end_date",
            "project_status",
            "website",
            **_columns(
                ("programme_name", "programme__name"),
                ("funder_name", "programme__funder__name"),
            ),
            programme_code=F("programme__code"),
            lead_region_code=F("lead_region__code"),
            partner_list=ArraySubquery(
                partners.values(
                    label=Concat(
                        _partner_name(),
                        Value(" ("),
                        Coalesce("region__code", "country"),
                        Value(")"),
                    )
                )
            ),
            region_codes=ArraySubquery(regions.order_by("region__code").values("region__code")),
            theme_codes=ArraySubquery(themes.order_by("theme__code").values("theme__code")),
        )
    )


def _project_modified():
    return FundedProject.objects.published().aggregate(latest=Max("updated_at"))["latest"]


PROJECTS = Dataset(
    key="funded-projects",
    order=40,
    title=_("Funded projects"),
    description=_(
        "Every published project that received a grant: programme, lead partner and "
        "partners, regions, themes, amounts and dates."
    ),
    keywords=(_("funding"), _("funded projects")),
    rows=_project_rows,
    modified=_project_modified,
    fields=(
        Field("id", Type.INTEGER, _("The project's number; it never changes.")),
        Field("reference", Type.TEXT, _("The funder's reference number of the grant.")),
        Field("programme_id", Type.INTEGER, _("The number of the programme that gave it.")),
        Field("programme_code", Type.CODE, PROGRAMME_CODE),
        *translated("programme_name", _("Name of the programme")),
        *translated("funder_name", _("Name of the funder")),
        *translated("title", _("Title of the project")),
        *translated("summary", _("Summary of the project")),
        Field("lead_organisation", Type.TEXT, _("The lead partner.")),
        Field("lead_country", Type.CODE, _("Lead partner's country (ISO 3166-1 alpha-2).")),
        Field(
            "lead_region",
            Type.CODE,
            _("Lead partner's region (code of the Barents regions list)."),
            value=lambda row, export: row["lead_region_code"],
        ),
        Field(
            "partners",
            Type.LIST,
            _("The other partners: organisation (region code, or country code)."),
            value=lambda row, export: row["partner_list"],
        ),
        Field(
            "regions",
            Type.LIST,
            _("Codes of the regions where the project works."),
            value=lambda row, export: row["region_codes"],
        ),
        Field(
            "themes",
            Type.LIST,
            _("Codes of the project's themes."),
            value=lambda row, export: row["theme_codes"],
        ),
        Field("grant_amount", Type.DECIMAL, _("The grant.")),
        Field("total_budget", Type.DECIMAL, _("The project's total budget, if known.")),
        Field("currency", Type.CODE, _("Currency of the amounts (ISO 4217: EUR, NOK, SEK…).")),
        Field("year_granted", Type.INTEGER, _("Year the grant was given.")),
        Field("start_date", Type.DATE, _("First day of the project.")),
        Field("end_date", Type.DATE, _("Last day of the project.")),
        Field(
            "status",
            Type.CODE,
            _("ongoing, completed or withdrawn."),
            value=lambda row, export: row["project_status"],
        ),
        Field("website", Type.URL, _("The project's own website.")),
        *page_urls("projects:project-detail"),
    ),
)

DATASETS = (CALLS, PROJECTS)
