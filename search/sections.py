"""What the search finds: one entry per searchable model, grouped into the types a visitor
filters by (`?type=`).

Each entry names the published() queryset its results come from (so a draft, a scheduled item
or an unpublished programme's call is never found), the columns its title and snippet are
highlighted in, the names its "did you mean" suggestions are drawn from, and a line of
context shown under each result.
"""

import functools
from dataclasses import dataclass

from django.contrib.postgres.search import SearchVectorField
from django.db.models import TextField
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from barents_portal.search import html


@dataclass(frozen=True)
class Type:
    key: str
    label: str  # plural, for the filters
    item_label: str  # singular, beside each result


TYPES = [
    Type("news", pgettext_lazy("search type", "News"), pgettext_lazy("search result", "News")),
    Type("events", pgettext_lazy("search type", "Events"), pgettext_lazy("search result", "Event")),
    Type(
        "documents",
        pgettext_lazy("search type", "Meeting documents"),
        pgettext_lazy("search result", "Meeting document"),
    ),
    Type("pages", pgettext_lazy("search type", "Pages"), pgettext_lazy("search result", "Page")),
    Type(
        "offices", pgettext_lazy("search type", "Offices"), pgettext_lazy("search result", "Office")
    ),
    Type("staff", pgettext_lazy("search type", "Staff"), pgettext_lazy("search result", "Staff")),
    Type(
        "programmes",
        pgettext_lazy("search type", "Funding programmes"),
        pgettext_lazy("search result", "Funding programme"),
    ),
    Type(
        "calls",
        pgettext_lazy("search type", "Calls for applications"),
        pgettext_lazy("search result", "Call for applications"),
    ),
    Type(
        "projects",
        pgettext_lazy("search type", "Funded projects"),
        pgettext_lazy("search result", "Funded project"),
    ),
]
TYPES_BY_KEY = {type_.key: type_ for type_ in TYPES}


@dataclass(frozen=True)
class Section:
    code: str  # unique, identifies the model in the ranked union
    type: str  # the filter it is shown under
    model_path: str  # "app.Model"
    # Columns as in barents_portal.search: "{lang}" stands for the language searched in.
    title: str  # the column shown (highlighted) as the result's title
    snippet: tuple = ()  # columns the snippet is cut from (html() for rich text)
    names: tuple = ()  # columns "did you mean" looks names up in (with a trigram index)
    related: tuple = ()  # select_related for the URL and the context line
    # The vector ranking reads: the small title-and-summary one (barents_portal.search.
    # head_vectors), or the search vector itself for a model without a body.
    rank: str = "search_head_{lang}"
    context: object = None  # obj -> a short line of context, or ""
    url: object = None  # obj -> its URL; get_absolute_url() by default

    @property
    def model(self):
        from django.apps import apps

        return apps.get_model(self.model_path)

    @property
    def type_info(self):
        return TYPES_BY_KEY[self.type]

    def published(self):
        return self.model._default_manager.published()

    def matching(self, code, query):
        return self.published().filter(**{f"search_{code}": query})

    def bulky_fields(self):
        """Long texts and search vectors of the item and its related rows: a result shows
        none of them (its snippet comes from the database), so they are not fetched."""
        return _bulky_fields(self.code)

    def _bulky_fields(self):
        names = []
        for path in ("", *self.related):
            model = self.model
            for name in path.split("__") if path else ():
                model = model._meta.get_field(name).related_model
            prefix = f"{path}__" if path else ""
            names += [
                prefix + field.name
                for field in model._meta.concrete_fields
                if isinstance(field, TextField)
                or isinstance(getattr(field, "output_field", None), SearchVectorField)
            ]
        return names

    def url_of(self, obj):
        return self.url(obj) if self.url else obj.get_absolute_url()

    def context_of(self, obj):
        return self.context(obj) if self.context else ""


def _date(value):
    return date_format(value, "DATE_FORMAT") if value else ""


def _event_context(event):
    return ", ".join(part for part in (_date(event.local_start), event.city) if part)


def _document_context(document):
    return _("Document of the meeting “%(event)s”") % {"event": document.event.title}


def _staff_context(person):
    return ", ".join(part for part in (person.job_title, person.office.name) if part)


SECTIONS = [
    Section(
        "article",
        "news",
        "news.Article",
        title="title_{lang}",
        snippet=("summary_{lang}", html("body_{lang}")),
        names=("title_{lang}",),
        context=lambda article: _date(article.published_at),
    ),
    Section(
        "event",
        "events",
        "news.Event",
        title="title_{lang}",
        snippet=("summary_{lang}", "theme_{lang}", html("body_{lang}")),
        names=("title_{lang}", "city_{lang}"),
        context=_event_context,
    ),
    Section(
        "series",
        "events",
        "news.Series",
        title="title_{lang}",
        snippet=("summary_{lang}", html("description_{lang}")),
    ),
    Section(
        "document",
        "documents",
        "news.Document",
        rank="search_{lang}",  # no body: its vector is small and inline
        title="title_{lang}",
        related=("event",),
        context=_document_context,
    ),
    Section(
        "page",
        "pages",
        "secretariat.Page",
        title="title_{lang}",
        snippet=("summary_{lang}", html("body_{lang}")),
        names=("title_{lang}",),
        related=("parent__parent",),
    ),
    Section(
        "office",
        "offices",
        "secretariat.Office",
        title="name_{lang}",
        snippet=("city_{lang}", html("description_{lang}")),
        names=("name_{lang}", "city_{lang}"),
        context=lambda office: office.city,
    ),
    Section(
        "staff",
        "staff",
        "secretariat.StaffMember",
        rank="search_{lang}",  # no body: its vector is small and inline
        title="name",  # a person's name is the same in every language
        names=("name",),
        related=("office",),
        context=_staff_context,
        url=lambda person: f"{person.office.get_absolute_url()}#staff-{person.pk}",
    ),
    Section(
        "programme",
        "programmes",
        "projects.Programme",
        title="name_{lang}",
        snippet=("summary_{lang}", html("description_{lang}"), html("eligibility_{lang}")),
        names=("name_{lang}",),
        related=("funder",),
        context=lambda programme: programme.funder.name,
    ),
    Section(
        "call",
        "calls",
        "projects.Call",
        rank="search_{lang}",  # no body: its vector is small and inline
        title="title_{lang}",
        snippet=("summary_{lang}",),
        related=("programme",),
        context=lambda call: call.programme.name,
    ),
    Section(
        "project",
        "projects",
        "projects.FundedProject",
        title="title_{lang}",
        snippet=("summary_{lang}",),
        names=("title_{lang}",),
        related=("programme",),
        context=lambda project: f"{project.lead_organisation}, {project.year_granted}",
    ),
]
SECTIONS_BY_CODE = {section.code: section for section in SECTIONS}


@functools.cache
def _bulky_fields(code):
    return tuple(SECTIONS_BY_CODE[code]._bulky_fields())


def sections_of(type_key=None):
    return [section for section in SECTIONS if type_key in (None, section.type)]
