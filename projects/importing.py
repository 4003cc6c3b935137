"""Import funded projects from the CSV files staff keep in spreadsheets: all or nothing.

`read()` checks the whole file and reports every problem by row and column without
writing anything; `save()` writes the rows inside one transaction, and only when the file
has no problem at all. Rows are matched to existing projects by reference number, so the
same sheet can be imported again after corrections (and an export can be imported back).

The columns are those of the CSV export (`projects.exports.COLUMNS`); `reference`,
`programme`, one `title_<language>`, `lead_organisation`, `lead_country`, `grant_amount`,
`currency` and `year_granted` are required. Lists (`regions`, `themes`) hold codes
separated by `;`; `partners` holds `Organisation (CODE)` items separated by `;`, where CODE
is a country (NO) or region code (RU-MUR).

The file is read as RFC 4180 CSV with Python's csv module: cells in double quotes may hold
the separator, line breaks and quotes written twice (`"Cooperation ""North"", phase 2"`),
as spreadsheets and the portal's own export write them. The separator (`,`, `;` or tab) is
the one that splits the header into known columns.

Formula cells are refused. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return is run as a formula by a spreadsheet (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`): such a
cell gets a row error naming its column, unless it is a plain number such as `-5` (which
the column's own check then judges). Text meant literally starts with an apostrophe,
`'-North-`, as the export writes it (`barents_portal.opendata.escape_formula`): the import reads
it back without that apostrophe.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext, pgettext_lazy

from barents_portal.languages import language_codes
from barents_portal.opendata import FORMULA_TRIGGERS, unescape_formula
from barents_portal.publishing import Status
from barents_portal.vocabulary import Country
from projects.exports import COLUMNS
from projects.models import (
    FIRST_YEAR,
    Currency,
    FundedProject,
    Programme,
    ProjectPartner,
    ProjectStatus,
    Region,
    Theme,
)

MAX_BYTES = 2 * 1024 * 1024
LANGUAGES = language_codes()
TITLE_COLUMNS = [f"title_{code}" for code in LANGUAGES]
REQUIRED = [
    "reference",
    "programme",
    "lead_organisation",
    "lead_country",
    "grant_amount",
    "currency",
    "year_granted",
]
IGNORED = {"programme_name", "funder", "url"}  # written by the export, not read back
PARTNER = re.compile(r"^(?P<organisation>.+?)\s*\((?P<code>[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?)\)$")
THOUSANDS_WITH_COMMAS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
PLAIN_NUMBER = re.compile(r"^[+-]?\d[\d\s\u00a0\u202f.,]*$")
DELIMITERS = (",", ";", "\t")


def parse_amount(text):
    """`10000`, `10 000`, `10 000,50`, `10,000.50` → Decimal; None when empty."""
    text = re.sub(r"[\s\u00a0\u202f]", "", text or "")
    if not text:
        return None
    if THOUSANDS_WITH_COMMAS.match(text):
        text = text.replace(",", "")
    elif "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError(_("“%(value)s” is not an amount.") % {"value": text}) from None
    if not value.is_finite():
        raise ValidationError(_("“%(value)s” is not an amount.") % {"value": text})
    return value


class AmountCell(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(required=kwargs.pop("required", False), **kwargs)

    def clean(self, value):
        value = parse_amount(super().clean(value))
        if value is None:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return None
        if value < 0:
            raise ValidationError(_("An amount cannot be negative."))
        if value >= Decimal("1e12") or value != value.quantize(Decimal("0.01")):
            raise ValidationError(_("Use at most 12 digits and 2 decimals."))
        return value


class CodeList(forms.CharField):
    """`NO-56;RU-MUR` → the rows with those codes (from a dict loaded once)."""

    def __init__(self, known, **kwargs):
        self.known = known
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        codes = [code.strip() for code in (super().clean(value) or "").split(";") if code.strip()]
        unknown = [code for code in codes if code not in self.known]
        if unknown:
            raise ValidationError(_("Unknown code(s): %(codes)s.") % {"codes": ", ".join(unknown)})
        return [self.known[code] for code in dict.fromkeys(codes)]


class RowForm(forms.Form):
    def __init__(self, data, reference_data):
        super().__init__(data)
        programmes, regions, themes = reference_data
        self.programmes, self.regions = programmes, regions
        self.fields["reference"] = forms.CharField(max_length=40)
        self.fields["programme"] = forms.CharField()
        for code in LANGUAGES:
            self.fields[f"title_{code}"] = forms.CharField(max_length=250, required=False)
            self.fields[f"summary_{code}"] = forms.CharField(required=False)
        self.fields["lead_organisation"] = forms.CharField(max_length=250)
        self.fields["lead_country"] = forms.ChoiceField(choices=Country.choices)
        self.fields["lead_region"] = forms.CharField(required=False)
        self.fields["partners"] = forms.CharField(required=False)
        self.fields["regions"] = CodeList(regions)
        self.fields["themes"] = CodeList(themes)
        self.fields["grant_amount"] = AmountCell(required=True)
        self.fields["total_budget"] = AmountCell()
        self.fields["currency"] = forms.ChoiceField(choices=Currency.choices)
        self.fields["year_granted"] = forms.IntegerField(min_value=FIRST_YEAR, max_value=2100)
        date_formats = ["%Y-%m-%d", "%d.%m.%Y"]
        self.fields["start_date"] = forms.DateField(required=False, input_formats=date_formats)
        self.fields["end_date"] = forms.DateField(required=False, input_formats=date_formats)
        self.fields["status"] = forms.ChoiceField(choices=ProjectStatus.choices, required=False)
        self.fields["website"] = forms.URLField(required=False, max_length=200)

    def clean_programme(self):
        key = self.cleaned_data["programme"].strip()
        programme = self.programmes.get(key)
        if programme is None:
            raise ValidationError(
                _("Unknown programme “%(value)s”: use its code, or its slug as in its address.")
                % {"value": key}
            )
        return programme

    def clean_lead_region(self):
        code = self.cleaned_data["lead_region"].strip()
        if not code:
            return None
        if code not in self.regions:
            raise ValidationError(_("Unknown region code “%(code)s”.") % {"code": code})
        return self.regions[code]

    def clean_partners(self):
        partners, problems = [], []
        for item in filter(
            None, (part.strip() for part in self.cleaned_data["partners"].split(";"))
        ):
            match = PARTNER.match(item)
            code = match["code"].upper() if match else None
            if code in Country.values:
                partners.append((match["organisation"], code, None))
            elif code in self.regions:
                region = self.regions[code]
                partners.append((match["organisation"], region.country, region))
            else:
                problems.append(item)
        if problems:
            raise ValidationError(
                _("Write each partner as “Organisation (NO)” or “Organisation (RU-MUR)”: %(items)s")
                % {"items": "; ".join(problems)}
            )
        return partners

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(column) for column in TITLE_COLUMNS):
            self.add_error(TITLE_COLUMNS[-1], _("Give the title in at least one language."))
        region, country = cleaned.get("lead_region"), cleaned.get("lead_country")
        if region and country and region.country != country:
            self.add_error("lead_region", _("The region is not in the lead partner's country."))
        grant, total = cleaned.get("grant_amount"), cleaned.get("total_budget")
        if grant is not None and total is not None and total < grant:
            self.add_error("total_budget", _("The total budget cannot be smaller than the grant."))
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The project cannot end before it starts."))
        return cleaned


@dataclass
class Row:
    number: int  # as in the spreadsheet: the header is row 1
    values: dict
    errors: dict = field(default_factory=dict)  # column → messages
    existing: FundedProject | None = None

    @property
    def reference(self):
        return self.values.get("reference", "")


@dataclass
class ImportFile:
    text: str = ""
    rows: list = field(default_factory=list)
    file_errors: list = field(default_factory=list)

    @property
    def is_valid(self):
        return not self.file_errors and not any(row.errors for row in self.rows) and self.rows

    @property
    def error_rows(self):
        return [row for row in self.rows if row.errors]

    @property
    def new_count(self):
        return sum(1 for row in self.rows if row.existing is None)

    @property
    def update_count(self):
        return sum(1 for row in self.rows if row.existing is not None)


def decode(upload):
    """The uploaded file as text, or a ValidationError that says why not."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The file is larger than 2 MB; split it into smaller files."))
    data = upload.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.")
        ) from None


def _reference_data():
    every = list(Programme.objects.all())
    programmes = {programme.code: programme for programme in every}  # what the export writes
    for programme in every:
        for code in LANGUAGES:
            slug = getattr(programme, f"slug_{code}")
            if slug:
                programmes.setdefault(slug, programme)
    regions = {region.code: region for region in Region.objects.all()}
    themes = {theme.code: theme for theme in Theme.objects.all()}
    return programmes, regions, themes


def _delimiter(text):
    """The separator that splits the header line into the most known column names."""

    def known(delimiter):
        try:
            header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
        except csv.Error:
            return 0
        return sum(1 for name in header if name.strip() in COLUMNS)

    return max(DELIMITERS, key=known)  # the first (a comma) on a tie


def is_formula(cell):
    """A cell a spreadsheet would run: it starts with = + - @ tab or CR, and is no number."""
    return cell.startswith(FORMULA_TRIGGERS) and not PLAIN_NUMBER.match(cell)


FORMULA_NAMES = {
    "\t": pgettext_lazy("the cell starts with …", "a tab"),
    "\r": pgettext_lazy("the cell starts with …", "a carriage return"),
}


def formula_error(cell):
    start = FORMULA_NAMES.get(cell[0]) or pgettext("the cell starts with …", "“%(character)s”") % {
        "character": cell[0]
    }
    return _(
        "The cell starts with %(start)s, so a spreadsheet would run it as a formula; "
        "formulas are not imported. Write the value itself, or, if the text is meant as "
        "it stands, start the cell with an apostrophe: '%(cell)s"
    ) % {"start": start, "cell": cell.strip()[:40]}


def read(text):
    """Check every row of a CSV text; nothing is written."""
    result = ImportFile(text=text)
    if not text.strip():
        result.file_errors.append(_("The file is empty."))
        return result
    text = text.removeprefix("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = [name.strip() for name in reader.fieldnames or []]
    except csv.Error as error:
        result.file_errors.append(
            _("The file cannot be read as CSV: %(error)s.") % {"error": error}
        )
        return result
    reader.fieldnames = header
    missing = [column for column in REQUIRED if column not in header]
    if not any(column in header for column in TITLE_COLUMNS):
        missing.append(" / ".join(TITLE_COLUMNS))
    unknown = [column for column in header if column not in COLUMNS]
    if missing:
        result.file_errors.append(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    if unknown:
        result.file_errors.append(
            _("Unknown columns: %(columns)s. The known columns are: %(known)s.")
            % {"columns": ", ".join(unknown), "known": ", ".join(COLUMNS)}
        )
    if result.file_errors:
        return result

    try:
        raw_rows = list(reader)
    except csv.Error as error:
        result.file_errors.append(
            _("The file cannot be read as CSV: %(error)s.") % {"error": error}
        )
        return result
    reference_data = _reference_data()
    seen = {}
    for number, raw in enumerate(raw_rows, start=2):
        if None in raw:
            result.rows.append(
                Row(number, {}, {"—": [_("This row has more cells than the header.")]})
            )
            continue
        values, formulas = {}, {}
        for key, value in raw.items():
            if key in IGNORED:
                continue
            value = value or ""
            if is_formula(value):
                formulas[key] = formula_error(value)
            values[key] = unescape_formula(value).strip()
        if not any(values.values()):
            continue  # spreadsheets like to end with empty lines
        for column in TITLE_COLUMNS + [f"summary_{code}" for code in LANGUAGES]:
            values.setdefault(column, "")
        row = Row(number, values)
        form = RowForm(values, reference_data)
        if not form.is_valid() or formulas:
            row.errors = {column: list(messages) for column, messages in form.errors.items()}
            row.errors.update((column, [message]) for column, message in formulas.items())
        else:
            row.values = form.cleaned_data
        reference = values.get("reference", "")
        if reference in seen:
            row.errors.setdefault("reference", []).append(
                _("The same reference is on row %(row)s.") % {"row": seen[reference]}
            )
        elif reference:
            seen[reference] = number
        result.rows.append(row)

    if not result.rows:
        result.file_errors.append(_("The file has a header but no rows."))
    existing = FundedProject.objects.in_bulk(list(seen), field_name="reference")
    for row in result.rows:
        row.existing = existing.get(row.reference)
    return result


PROJECT_FIELDS = [
    "programme",
    *TITLE_COLUMNS,
    *(f"summary_{code}" for code in LANGUAGES),
    "lead_organisation",
    "lead_country",
    "lead_region",
    "grant_amount",
    "total_budget",
    "currency",
    "year_granted",
    "start_date",
    "end_date",
    "website",
]


@transaction.atomic
def save(result, user=None):
    """Write every row of a checked file, or none: any error rolls the whole file back."""
    if not result.is_valid:
        raise ValueError("Only a file without errors can be imported.")
    saved = []
    for row in result.rows:
        values = row.values
        # Only publishers import (FundedProjectImportMixin): a new project is public at once.
        project = row.existing or FundedProject(
            reference=values["reference"], created_by=user, status=Status.PUBLISHED
        )
        for name in PROJECT_FIELDS:
            setattr(project, name, values[name])
        for code in LANGUAGES:
            if not values[f"title_{code}"]:
                setattr(project, f"slug_{code}", None)  # the title is gone in that language
        project.project_status = values["status"] or ProjectStatus.ONGOING
        project.updated_by = user
        project.full_clean(exclude=[f"slug_{code}" for code in LANGUAGES] + ["slug"])
        project.save()
        project.regions.set(values["regions"])
        project.themes.set(values["themes"])
        project.partners.all().delete()
        ProjectPartner.objects.bulk_create(
            ProjectPartner(
                project=project,
                # The file holds one name: the source language's, which the others fall
                # back to until someone translates it in the admin.
                **{f"organisation_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}": name},
                country=country,
                region=region,
                order=index,
            )
            for index, (name, country, region) in enumerate(values["partners"])
        )
        saved.append(project)
    return saved
