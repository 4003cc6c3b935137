"""The news section's open data: events (with their documents) and meeting documents.

Rows are values of the published() queries: a draft or scheduled event and its documents
never appear. Lists are `ArraySubquery` columns, so a file is one query.
"""

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Max, OuterRef
from django.utils.translation import gettext_lazy as _

from barents_portal.languages import language_codes
from barents_portal.opendata import Dataset, Field, Type, interpolated, page_urls, translated
from news.models import Document, Event

_LANGUAGES = ", ".join(Document.Language.values)
_KINDS = ", ".join(Event.Kind.values)
_DOCUMENT_KINDS = ", ".join(Document.Kind.values)


def _texts(*names):
    return [f"{name}_{code}" for name in names for code in language_codes()]


def _event_rows():
    documents = Document.objects.filter(event=OuterRef("pk"))
    return (
        Event.objects.published()
        .order_by("start", "pk")
        .values(
            "id",
            "series_id",
            "ordinal",
            "kind",
            *_texts("title", "summary", "theme", "location", "city", "slug"),
            "country",
            "start",
            "end",
            "all_day",
            "time_zone",
            "online_url",
            document_ids=ArraySubquery(documents.order_by("order", "pk").values("pk")),
            document_languages=ArraySubquery(
                documents.order_by("language").distinct("language").values("language")
            ),
        )
    )


def _event_modified():
    return Event.objects.published().aggregate(latest=Max("updated_at"))["latest"]


EVENTS = Dataset(
    key="events",
    order=10,
    title=_("Events"),
    description=_(
        "Every published event and meeting: when and where it takes place, its series, and "
        "the documents of the meeting with their languages."
    ),
    keywords=(_("events"), _("meetings")),
    rows=_event_rows,
    modified=_event_modified,
    fields=(
        Field("id", Type.INTEGER, _("The event's number; it never changes.")),
        Field("series_id", Type.INTEGER, _("Number of the meeting series it belongs to.")),
        Field("ordinal", Type.INTEGER, _("Its number in the series (1 for the first).")),
        Field("kind", Type.CODE, interpolated(_("Kind of event: %(codes)s."), codes=_KINDS)),
        *translated("title", _("Title of the event")),
        *translated("summary", _("Summary of the event")),
        *translated("theme", _("Theme of the meeting")),
        *translated("location", _("Venue")),
        *translated("city", _("City")),
        Field("country", Type.CODE, _("Country (ISO 3166-1 alpha-2).")),
        Field("start", Type.DATETIME, _("Start.")),
        Field("end", Type.DATETIME, _("End; empty if not given.")),
        Field("all_day", Type.BOOLEAN, _("Only the dates count, not the times.")),
        Field("time_zone", Type.CODE, _("Time zone of the place (IANA name).")),
        Field("online_url", Type.URL, _("Link to follow the event online.")),
        Field(
            "languages",
            Type.LIST,
            _("Languages the event is described in on this site (nb, ru, en)."),
            value=lambda row, export: [code for code in language_codes() if row[f"title_{code}"]],
        ),
        Field(
            "document_ids",
            Type.LIST,
            _("Numbers of the meeting's documents (see the dataset of meeting documents)."),
        ),
        Field(
            "document_languages",
            Type.LIST,
            interpolated(
                _("Languages the meeting's documents are written in: %(codes)s."),
                codes=_LANGUAGES,
            ),
        ),
        *page_urls("news:event-detail"),
    ),
)


def _document_rows():
    return (
        Document.objects.published()
        .order_by("event_id", "order", "pk")
        .values(
            "id",
            "event_id",
            "kind",
            "language",
            "translation_of_id",
            *_texts("title"),
            "file_format",
            "file_size",
            "updated_at",
        )
    )


def _document_modified():
    return Document.objects.published().aggregate(latest=Max("updated_at"))["latest"]


def _download_url(row, export):
    return export.absolute(export.pk_url("news:document", settings.LANGUAGE_CODE, row["id"]))


DOCUMENTS = Dataset(
    key="meeting-documents",
    order=20,
    title=_("Meeting documents"),
    description=_(
        "The documents of the published meetings — invitations, programmes, presentations, "
        "conclusions — with their type, language and download address."
    ),
    keywords=(_("meetings"), _("documents")),
    rows=_document_rows,
    modified=_document_modified,
    fields=(
        Field("id", Type.INTEGER, _("The document's number; it never changes.")),
        Field("event_id", Type.INTEGER, _("Number of its event (see the dataset of events).")),
        Field(
            "kind",
            Type.CODE,
            interpolated(_("Type of document: %(codes)s."), codes=_DOCUMENT_KINDS),
        ),
        Field(
            "language",
            Type.CODE,
            interpolated(_("Language the file is written in: %(codes)s."), codes=_LANGUAGES),
        ),
        Field(
            "original_id",
            Type.INTEGER,
            _("For a language version: the number of the original document."),
            value=lambda row, export: row["translation_of_id"],
        ),
        *translated("title", _("Title of the document")),
        Field("file_format", Type.CODE, _("File format: its usual extension (pdf, docx…).")),
        Field("file_size", Type.INTEGER, _("Size of the file in bytes.")),
        Field("updated_at", Type.DATETIME, _("When the document was last changed.")),
        Field("download_url", Type.URL, _("Where to download the file."), value=_download_url),
    ),
)

DATASETS = (EVENTS, DOCUMENTS)
