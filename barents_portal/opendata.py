"""Open data: the datasets the sections publish, as CSV and JSON, and their catalogue.

A section declares its datasets on its `Section` (`datasets=`, barents_portal.sections);
each `Dataset` names its fields once — name, type, meaning — and that one definition gives
the CSV header, the JSON keys, the field table of the open-data page, the schema.org
`Dataset` of that page and the DCAT-AP catalogue, so they cannot drift apart.

Rows come from the section's `published()` query as plain values (`rows()` returns a
`.values()` queryset whose lists are `ArraySubquery` columns): one query per file whatever
its size, read with a server-side cursor (`iterator(chunk_size=…)`) and written as they
come, so a file of 100 000 rows needs no more memory than a chunk.

Formats, the same for every dataset:
- CSV: UTF-8 with a byte-order mark (spreadsheets then read it as UTF-8), comma-separated,
  quoted as RFC 4180 says, CRLF line ends, one header row of the field names. A cell a
  spreadsheet would run as a formula (starting with = + - @ tab or carriage return) gets an
  apostrophe in front. Lists are joined with semicolons; empty values are empty cells.
- JSON: `{"dataset": key, "license": url, "items": [{field: value, …}, …]}` with the same
  field names; numbers of money as strings (every digit kept), lists as arrays, empty values
  as null.
Texts that exist in several languages are one field per language (`title_nb`, `title_ru`,
`title_en`): the files are the same whatever the language of the address they came from.
"""

import csv
import datetime
import decimal
import json
import re
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override, pgettext_lazy

from barents_portal.languages import fallback_chain, language_codes, language_name

CHUNK_SIZE = 500  # rows fetched from the server-side cursor at a time
UTF8_BOM = "\ufeff"

# Norsk lisens for offentlige data 2.0: the licence the Norwegian state recommends for
# public-sector data; it names CC BY 4.0 (and ODC-BY, OGL) as compatible, so the data may be
# combined with data under those. `uri` is the EU licence vocabulary's name for it (what
# DCAT-AP asks for), `url` the licence text.
LICENCE = {
    "name": "Norsk lisens for offentlige data (NLOD) 2.0",
    "uri": "http://publications.europa.eu/resource/authority/licence/NLOD_2_0",
    "url": "https://data.norge.no/nlod/en/2.0",
    "url_nb": "https://data.norge.no/nlod/no/2.0",
}
# The files are made at the moment of download from what is published then.
ACCRUAL_PERIODICITY = "http://publications.europa.eu/resource/authority/frequency/CONT"

FORMATS = {
    "csv": {
        "content_type": "text/csv; charset=utf-8",
        "media_type": "text/csv",
        "file_type": "http://publications.europa.eu/resource/authority/file-type/CSV",
    },
    "json": {
        "content_type": "application/json",
        "media_type": "application/json",
        "file_type": "http://publications.europa.eu/resource/authority/file-type/JSON",
    },
}


# --- Field types ------------------------------------------------------------------------
class Type:
    INTEGER = "integer"
    DECIMAL = "decimal"
    TEXT = "text"
    CODE = "code"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"
    URL = "url"
    LIST = "list"


TYPE_LABELS = {
    Type.INTEGER: _("Whole number."),
    Type.DECIMAL: _("Decimal number with a point; a string in JSON, so every digit is kept."),
    Type.TEXT: _("Text."),
    Type.CODE: _("Code from a fixed list (given in the meaning)."),
    Type.DATE: _("Date, YYYY-MM-DD."),
    Type.DATETIME: _("Date and time, ISO 8601 with the offset from UTC."),
    Type.BOOLEAN: _("true or false."),
    Type.URL: _("Web address."),
    Type.LIST: _("List: separated by semicolons in CSV, an array in JSON."),
}


@dataclass(frozen=True)
class Field:
    """One column of a dataset. `value(row, export)` reads it from a row of `rows()`; by
    default the row's value of the same name."""

    name: str
    type: str
    description: object
    value: object = None
    language: str = ""  # the language of a text given per language

    def read(self, row, export):
        return self.value(row, export) if self.value else row[self.name]

    @property
    def type_label(self):
        return TYPE_LABELS[self.type]


def interpolated(text, **params):
    """`text % params`, translated when shown (not at import, as `%` on a lazy text is)."""
    return lazy(lambda: str(text) % params, str)()


def translated(name, description, type=Type.TEXT, source=None):
    """One text field per language: `title_nb`, `title_ru`, `title_en`…"""
    source = source or name
    return tuple(
        Field(
            f"{name}_{code}",
            type,
            format_lazy("{} ({})", description, language_name(code)),
            value=(lambda row, export, key=f"{source}_{code}": row[key]),
            language=code,
        )
        for code in language_codes()
    )


def page_urls(viewname, slug="slug", anchor=None):
    """The item's page in each language, built from the row's per-language slugs (a slug
    missing in a language falls back the way the site's own links do)."""

    def url(code):
        def read(row, export):
            slugs = (row[f"{slug}_{c}"] for c in fallback_chain(code) if row[f"{slug}_{c}"])
            found = next(slugs, None)
            if found is None:
                return None  # no text in this language nor its fallbacks: no page
            suffix = f"#{anchor(row)}" if anchor else ""
            return export.absolute(export.slug_url(viewname, code, found)) + suffix

        return read

    return tuple(
        Field(
            f"url_{code}",
            Type.URL,
            format_lazy("{} ({})", _("Its page on this site"), language_name(code)),
            value=url(code),
            language=code,
        )
        for code in language_codes()
    )


@dataclass(frozen=True)
class Dataset:
    """One published dataset: what it is, its fields and where its rows come from."""

    key: str  # stable: in the file names and the catalogue's identifiers
    order: int
    title: object
    description: object
    fields: tuple
    rows: object  # () -> a .values() queryset over published() rows, in a stable order
    modified: object = None  # () -> when its published content last changed, or None
    keywords: tuple = ()

    @property
    def field_names(self):
        return [field.name for field in self.fields]

    def values(self, row, export):
        return {field.name: field.read(row, export) for field in self.fields}

    def url(self, format):
        return reverse("open-data-file", kwargs={"dataset": self.key, "format": format})


class Export:
    """What rows need beyond themselves: absolute addresses, page URLs without the URL
    resolver for each row (reversed once per view and language, then the slug put in)."""

    SENTINEL = "open-data-slug-sentinel"

    def __init__(self, request=None):
        self.request = request
        self._around = {}

    def absolute(self, url):
        return self.request.build_absolute_uri(url) if self.request is not None else url

    def reverse(self, viewname, code, kwargs):
        with override(code):
            return reverse(viewname, kwargs=kwargs)

    def slug_url(self, viewname, code, slug):
        key = (viewname, code)
        if key not in self._around:
            url = self.reverse(viewname, code, {"slug": self.SENTINEL})
            self._around[key] = url.split(self.SENTINEL, 1)
        before, after = self._around[key]
        return f"{before}{quote(slug)}{after}"

    def pk_url(self, viewname, code, pk):
        key = (viewname, code, "pk")
        if key not in self._around:
            url = self.reverse(viewname, code, {"pk": 999999999})
            self._around[key] = url.split("999999999", 1)
        before, after = self._around[key]
        return f"{before}{pk}{after}"


# --- Writing ----------------------------------------------------------------------------
# Text that starts with apostrophes and then a formula character: the export adds one
# apostrophe, an import removes one, so `=x`, `'=x` and `''=x` all come back as they were.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPED_FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def escape_formula(text):
    return f"'{text}" if ESCAPED_FORMULA.match(text) else text


def unescape_formula(cell):
    return cell[1:] if cell.startswith("'") and ESCAPED_FORMULA.match(cell) else cell


def _plain(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return escape_formula(";".join(str(_plain(item)) for item in value))
    return escape_formula(str(_plain(value)))


def json_value(value):
    if value == "":
        return None
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return _plain(value)


class _Echo:
    """A file-like object whose write() hands the line back to the csv writer's caller."""

    def write(self, value):
        return value


def csv_lines(dataset, request=None):
    export = Export(request)
    writer = csv.writer(_Echo())  # QUOTE_MINIMAL, CRLF: RFC 4180
    yield UTF8_BOM + writer.writerow(dataset.field_names)
    for row in dataset.rows().iterator(chunk_size=CHUNK_SIZE):
        values = dataset.values(row, export)
        yield writer.writerow([csv_cell(value) for value in values.values()])


def json_chunks(dataset, request=None):
    """A JSON document written item by item (json.dumps escapes every control character)."""
    export = Export(request)
    head = {"dataset": dataset.key, "license": LICENCE["url"]}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "items": ['
    separator = "\n"
    for row in dataset.rows().iterator(chunk_size=CHUNK_SIZE):
        values = dataset.values(row, export)
        item = {name: json_value(value) for name, value in values.items()}
        yield separator + json.dumps(item, ensure_ascii=False)
        separator = ",\n"
    yield "\n]}\n"


# --- Describing -------------------------------------------------------------------------
PUBLISHER = pgettext_lazy("open data publisher", "Barents Secretariat")


def _in_languages(text):
    """A translatable text in every language, as JSON-LD language-tagged values."""
    values = []
    for code in language_codes():
        with override(code):
            values.append({"@value": str(text), "@language": code})
    return values


def _page_url(export, code):
    return export.absolute(export.reverse("open-data", code, {}))


def _modified(dataset):
    return dataset.modified() if dataset.modified else None


def catalogue(datasets, request):
    """The DCAT-AP catalogue of `datasets` as JSON-LD, in every language at once."""
    export = Export(request)
    publisher = {
        "@id": _page_url(export, settings.LANGUAGE_CODE) + "#publisher",
        "@type": "foaf:Agent",
        "foaf:name": _in_languages(PUBLISHER),
    }
    contact = {
        "@type": "vcard:Organization",
        "vcard:fn": str(PUBLISHER),
        "vcard:hasEmail": {"@id": f"mailto:{settings.OPEN_DATA_CONTACT_EMAIL}"},
        "vcard:hasURL": {"@id": _page_url(export, settings.LANGUAGE_CODE)},
    }
    licence = {"@id": LICENCE["uri"]}
    entries = []
    latest = None
    for dataset in datasets:
        modified = _modified(dataset) or datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
        latest = max(latest or modified, modified)
        landing = _page_url(export, settings.LANGUAGE_CODE) + f"#dataset-{dataset.key}"
        entries.append(
            {
                "@id": landing,
                "@type": "dcat:Dataset",
                "dct:identifier": dataset.key,
                "dct:title": _in_languages(dataset.title),
                "dct:description": _in_languages(dataset.description),
                "dcat:keyword": [
                    value for keyword in dataset.keywords for value in _in_languages(keyword)
                ],
                "dct:publisher": {"@id": publisher["@id"]},
                "dcat:contactPoint": contact,
                "dct:license": licence,
                "dct:accrualPeriodicity": {"@id": ACCRUAL_PERIODICITY},
                "dct:modified": {"@value": modified.isoformat(), "@type": "xsd:dateTime"},
                "dcat:landingPage": {"@id": landing},
                "dct:language": [
                    {"@id": f"http://id.loc.gov/vocabulary/iso639-1/{code}"}
                    for code in language_codes()
                ],
                "dcat:distribution": [
                    {
                        "@id": export.absolute(dataset.url(format)),
                        "@type": "dcat:Distribution",
                        "dct:title": f"{dataset.key}.{format}",
                        "dcat:accessURL": {"@id": landing},
                        "dcat:downloadURL": {"@id": export.absolute(dataset.url(format))},
                        "dct:format": {"@id": info["file_type"]},
                        "dcat:mediaType": {
                            "@id": f"https://www.iana.org/assignments/media-types/{info['media_type']}"
                        },
                        "dct:license": licence,
                        "dct:modified": {"@value": modified.isoformat(), "@type": "xsd:dateTime"},
                    }
                    for format, info in FORMATS.items()
                ],
            }
        )
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": export.absolute(reverse("open-data-catalog")),
        "@type": "dcat:Catalog",
        "dct:title": _in_languages(_("Open data of the Barents Portal")),
        "dct:description": _in_languages(CATALOGUE_DESCRIPTION),
        "dct:publisher": publisher,
        "dct:license": licence,
        "dct:modified": {
            "@value": (latest or datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)).isoformat(),
            "@type": "xsd:dateTime",
        },
        "foaf:homepage": {"@id": _page_url(export, settings.LANGUAGE_CODE)},
        "dcat:dataset": entries,
    }


CATALOGUE_DESCRIPTION = _(
    "Calls for applications, funded projects, events and meeting documents published on "
    "the Barents Portal, as CSV and JSON under the Norwegian Licence for Open Government "
    "Data (NLOD) 2.0."
)


def schema_org(datasets, request):
    """The schema.org DataCatalog of the open-data page (in the page's language)."""
    export = Export(request)
    page = request.build_absolute_uri(request.path)
    return {
        "@context": "https://schema.org",
        "@type": "DataCatalog",
        "name": str(_("Open data of the Barents Portal")),
        "description": str(CATALOGUE_DESCRIPTION),
        "url": page,
        "license": LICENCE["url"],
        "publisher": {"@type": "Organization", "name": str(PUBLISHER)},
        "dataset": [
            {
                "@type": "Dataset",
                "@id": f"{page}#dataset-{dataset.key}",
                "identifier": dataset.key,
                "name": str(dataset.title),
                "description": str(dataset.description),
                "url": f"{page}#dataset-{dataset.key}",
                "license": LICENCE["url"],
                "isAccessibleForFree": True,
                "inLanguage": language_codes(),
                "keywords": [str(keyword) for keyword in dataset.keywords],
                "creator": {"@type": "Organization", "name": str(PUBLISHER)},
                "variableMeasured": [
                    {
                        "@type": "PropertyValue",
                        "name": field.name,
                        "description": str(field.description),
                    }
                    for field in dataset.fields
                ],
                "distribution": [
                    {
                        "@type": "DataDownload",
                        "encodingFormat": info["media_type"],
                        "contentUrl": export.absolute(dataset.url(format)),
                    }
                    for format, info in FORMATS.items()
                ],
            }
            for dataset in datasets
        ],
    }
