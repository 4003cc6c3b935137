"""The funded-projects database as CSV and JSON, streamed row by row.

Rows are read with `iterator(chunk_size=…)` (prefetches run per chunk) and written as
they come, so 100 000 projects need no more memory than a chunk. The CSV columns are the
ones the staff import reads (`projects.importing`), so an export can be edited and
imported again. Every CSV cell that a spreadsheet would run as a formula (starting with
= + - @ tab or carriage return) is prefixed with an apostrophe, and the import takes that
apostrophe off again (`barents_portal.opendata.escape_formula` and `unescape_formula` are
each other's inverse).
"""

import csv
import json

from django.utils.translation import override

from barents_portal.languages import language_codes
from barents_portal.opendata import escape_formula

CHUNK_SIZE = 1000
UTF8_BOM = "\ufeff"  # so spreadsheet programs read the file as UTF-8

LANGUAGES = language_codes()
COLUMNS = [
    "reference",
    "programme",
    "programme_name",
    "funder",
    *(f"title_{code}" for code in LANGUAGES),
    *(f"summary_{code}" for code in LANGUAGES),
    "lead_organisation",
    "lead_country",
    "lead_region",
    "partners",
    "regions",
    "themes",
    "grant_amount",
    "total_budget",
    "currency",
    "year_granted",
    "start_date",
    "end_date",
    "status",
    "website",
    "url",
]


def safe_cell(value):
    if value is None:
        return ""
    return escape_formula(str(value))


def partner_cell(partner):
    place = partner.region.code if partner.region_id else partner.country
    return f"{partner.organisation} ({place})"


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def row(project, request=None):
    programme = project.programme
    return {
        "reference": project.reference,
        "programme": programme.code,  # the same in every language, unlike the slug
        "programme_name": programme.name,
        "funder": programme.funder.name,
        **{f"title_{code}": getattr(project, f"title_{code}") for code in LANGUAGES},
        **{f"summary_{code}": getattr(project, f"summary_{code}") for code in LANGUAGES},
        "lead_organisation": project.lead_organisation,
        "lead_country": project.lead_country,
        "lead_region": project.lead_region.code if project.lead_region_id else "",
        "partners": "; ".join(partner_cell(partner) for partner in project.partner_list),
        "regions": ";".join(region.code for region in project.regions.all()),
        "themes": ";".join(theme.code for theme in project.themes.all()),
        "grant_amount": project.grant_amount,
        "total_budget": project.total_budget,
        "currency": project.currency,
        "year_granted": project.year_granted,
        "start_date": project.start_date.isoformat() if project.start_date else "",
        "end_date": project.end_date.isoformat() if project.end_date else "",
        "status": project.project_status,
        "website": project.website,
        "url": _absolute(request, project.get_absolute_url()),
    }


class _Echo:
    """A file-like object whose write() hands the line back to the csv writer's caller."""

    def write(self, value):
        return value


def csv_lines(queryset, request=None, language=None):
    writer = csv.writer(_Echo())
    with override(language):
        yield UTF8_BOM + writer.writerow(COLUMNS)
        for project in queryset.iterator(chunk_size=CHUNK_SIZE):
            values = row(project, request)
            yield writer.writerow([safe_cell(values[column]) for column in COLUMNS])


def _json_item(project, request):
    values = row(project, request)
    return {
        "reference": values["reference"],
        "url": values["url"],
        "title": {code: values[f"title_{code}"] for code in LANGUAGES},
        "summary": {code: values[f"summary_{code}"] for code in LANGUAGES},
        "programme": {
            "id": project.programme_id,
            "code": values["programme"],
            "name": values["programme_name"],
            "funder": values["funder"],
        },
        "lead_partner": {
            "organisation": project.lead_organisation,
            "country": project.lead_country,
            "region": values["lead_region"] or None,
        },
        "partners": [
            {
                "organisation": partner.organisation,
                "country": partner.country,
                "region": partner.region.code if partner.region_id else None,
            }
            for partner in project.partner_list
        ],
        "regions": [region.code for region in project.regions.all()],
        "themes": [theme.code for theme in project.themes.all()],
        "grant": {"amount": str(project.grant_amount), "currency": project.currency},
        "total_budget": (
            {"amount": str(project.total_budget), "currency": project.currency}
            if project.total_budget is not None
            else None
        ),
        "year_granted": project.year_granted,
        "start_date": values["start_date"] or None,
        "end_date": values["end_date"] or None,
        "status": project.project_status,
        "website": project.website or None,
    }


def json_chunks(queryset, request=None, language=None):
    """A JSON array written item by item: `[`, the items separated by commas, `]`."""
    with override(language):
        yield '{"projects": ['
        separator = ""
        for project in queryset.iterator(chunk_size=CHUNK_SIZE):
            yield separator + json.dumps(_json_item(project, request), ensure_ascii=False)
            separator = ",\n"
        yield "]}\n"
