"""Where a section plugs into the site.

A section app (news, projects, secretariat, search, …) says what it contributes in one
`Section` declaration, usually in its `section.py`, and names it on its AppConfig:

    class NewsConfig(AppConfig):
        name = "news"
        section = "news.section.SECTION"

The shared blocks and the wiring never import a section: they ask this registry, which
finds the declarations through Django's app registry (in INSTALLED_APPS order), the way the
admin finds each app's `admin.py`. Who asks what:

- the menu and the footer (barents_portal.templatetags.portal), the home page
  (barents_portal.views.HomeView);
- sitemap.xml and the sections' URLs (barents_portal.urls);
- the page cache's scheduled changes (barents_portal.cache) and the roles and cache signals
  of content models (barents_portal.roles, barents_portal.apps);
- `manage.py load_demo`, and the search app (search.sections);
- the open-data files, page and catalogue (barents_portal.opendata).

Orders are numbers so sections from different apps interleave (News 10, Events 20,
Funding 30 …); equal numbers keep INSTALLED_APPS order.
"""

import functools
from dataclasses import dataclass, field, replace

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class MenuEntry:
    """A link in the main menu (or, in `footer_links`, the footer).

    Either one page by URL name (shown once its URL exists), or `items(request)`: a list
    of (label, url) read from the database (the secretariat's about pages).
    """

    order: int
    label: object = ""
    url_name: str = ""
    items: object = None

    def links(self, request=None):
        if self.items is not None:
            return list(self.items(request))
        try:
            return [(str(self.label), reverse(self.url_name))]
        except NoReverseMatch:
            return []


@dataclass(frozen=True)
class Block:
    """A block of the home page or the footer: a template rendered with `context(request)`
    (a dict; `request` is None in the footer, which is kept per language)."""

    order: int
    template: str
    context: object = None

    def values(self, request=None):
        return dict(self.context(request)) if self.context else {}


@dataclass(frozen=True)
class FeedLink:
    """A feed the home page announces in its head, for feed readers to discover."""

    order: int
    content_type: str  # "application/rss+xml", "application/atom+xml", "text/calendar"
    title: object
    url_name: str

    def link(self):
        try:
            return {
                "type": self.content_type,
                "title": str(self.title),
                "url": reverse(self.url_name),
            }
        except NoReverseMatch:
            return None


@dataclass(frozen=True)
class SearchType:
    """What a visitor filters search results by (`?type=key`)."""

    key: str
    label: object  # plural, for the filters
    item_label: object  # singular, beside each result
    order: int = 0


# The small title-and-summary vector of barents_portal.search.head_vectors.
HEAD_VECTOR = "search_head_{lang}"


@dataclass(frozen=True)
class SearchSection:
    """One searchable model: where its results come from and how they are shown.

    Columns as in barents_portal.search: "{lang}" stands for the language searched in.
    Results come from the model's published() queryset, so a draft, a scheduled item or an
    unpublished programme's call is never found.
    """

    code: str  # unique, identifies the model in the ranked union
    type: str  # the SearchType it is shown under
    model_path: str  # "app.Model"
    title: str  # the column shown (highlighted) as the result's title
    # Columns the snippet is cut from: the summary's as plain text (those of the head
    # vector's weight B), the body's as html() (rich text). A hit in the summary is shown
    # from the summary alone, and the body is read in full only for a hit there
    # (search.engine._snippet).
    snippet: tuple = ()
    names: tuple = ()  # columns "did you mean" looks names up in (with a trigram index)
    # The fields its URL and context line read, besides the title: model field names,
    # untranslated, across relations ("slug", "funder__name"; a relation's own key as
    # "parent_id"). The search reads them with the highlights, in its one statement, into
    # an instance holding only them: reading any other field would cost a query.
    card: tuple = ()
    # The vector ranking reads: the small title-and-summary one (barents_portal.search.
    # head_vectors), or the search vector itself for a model without a body.
    rank: str = HEAD_VECTOR
    context: object = None  # obj -> a short line of context, or ""
    url: object = None  # obj -> its URL; get_absolute_url() by default

    @property
    def model(self):
        return apps.get_model(self.model_path)

    @property
    def type_info(self):
        return {type_.key: type_ for type_ in search_types()}[self.type]

    def published(self):
        return self.model._default_manager.published()

    def matching(self, code, query):
        return self.published().filter(**{f"search_{code}": query})

    def url_of(self, obj):
        return self.url(obj) if self.url else obj.get_absolute_url()

    def context_of(self, obj):
        return self.context(obj) if self.context else ""


@dataclass(frozen=True)
class Section:
    """Everything one app contributes to the site. Every part is optional."""

    # Main menu entries, and links in the footer's "About this site".
    menu: tuple = ()
    footer_links: tuple = ()
    # Blocks of the home page and of the footer's first column.
    home: tuple = ()
    footer: tuple = ()
    # Feeds the home page announces (`<link rel="alternate">`): FeedLink entries.
    feeds: tuple = ()
    # Blocks other sections' pages leave room for: {slot name: (Block, …)}. A page names a
    # slot (`{% section_slot "programme" %}`) without knowing who fills it; each Block's
    # `context` is given the page's template context (the alerts' subscribe forms).
    slots: dict = field(default_factory=dict)
    # sitemap.xml: name -> Sitemap class. The menu's pages are listed by the portal itself.
    sitemaps: dict = field(default_factory=dict)
    # The search: the types results are filtered by, and one entry per searchable model.
    search_types: tuple = ()
    search: tuple = ()
    # ("app.Model", "field"): moments other than publication at which a public page changes
    # by itself (an event starts, a call closes); the page cache keeps no page past them.
    time_boundaries: tuple = ()
    # Its models are content: the roles cover them, and writing one forgets cached pages.
    content: bool = True
    # Permissions beyond the standard roles' ones: {role: {model_name: [codename, …]}}.
    role_permissions: dict = field(default_factory=dict)
    # A module with `load(out)` that loads (or refreshes) the section's demo content, and
    # `demo_login(user, role)` for what a demo staff login of that role is given here.
    demo: str = ""
    demo_login: object = None
    # Dotted paths of functions `manage.py housekeeping` runs, each returning a report line.
    housekeeping: tuple = ()
    # A URLconf included under the language prefix; lower `url_order` first (a catch-all
    # goes last).
    urls: str = ""
    url_order: int = 0
    # Open data: its barents_portal.opendata.Dataset entries (files, open-data page, catalogue).
    datasets: tuple = ()
    app_label: str = ""  # set by the registry


def sections():
    """Every installed app's Section, in INSTALLED_APPS order."""
    return _sections(tuple(apps.app_configs))


@functools.cache
def _sections(labels):
    # Keyed by the installed apps, so a test that installs a section app sees it.
    found = []
    for config in apps.get_app_configs():
        declared = getattr(config, "section", None)
        if declared is None:
            continue
        section = import_string(declared) if isinstance(declared, str) else declared
        found.append(replace(section, app_label=config.label))
    return tuple(found)


def _ordered(items):
    return sorted(items, key=lambda item: item.order)


def menu_entries():
    return _ordered(entry for section in sections() for entry in section.menu)


def menu_links(request=None):
    """[(label, url)] of the main menu, in order."""
    return [link for entry in menu_entries() for link in entry.links(request)]


def section_url_names():
    """The URL names of the menu's pages (the sections' front pages), in menu order."""
    return [entry.url_name for entry in menu_entries() if entry.url_name]


def footer_links():
    entries = _ordered(entry for section in sections() for entry in section.footer_links)
    return [link for entry in entries for link in entry.links()]


def home_blocks(request):
    """[(template, values)] of the home page's blocks, in order."""
    blocks = _ordered(block for section in sections() for block in section.home)
    return [(block.template, block.values(request)) for block in blocks]


def feed_links():
    """[{type, title, url}] of the feeds the home page announces, in order."""
    entries = _ordered(entry for section in sections() for entry in section.feeds)
    return [link for link in (entry.link() for entry in entries) if link]


def housekeeping_tasks():
    """The sections' housekeeping functions, in INSTALLED_APPS order."""
    return [import_string(path) for section in sections() for path in section.housekeeping]


def footer_blocks():
    blocks = _ordered(block for section in sections() for block in section.footer)
    return [(block.template, block.values()) for block in blocks]


def slot_blocks(name, context):
    """[(template, values)] of the blocks every section puts into the slot `name`."""
    blocks = _ordered(block for section in sections() for block in section.slots.get(name, ()))
    return [(block.template, block.values(context)) for block in blocks]


def sitemaps():
    """{name: Sitemap class} of every section, in INSTALLED_APPS order."""
    return {name: sitemap for section in sections() for name, sitemap in section.sitemaps.items()}


def search_types():
    return _ordered(type_ for section in sections() for type_ in section.search_types)


def search_sections():
    """Every searchable model, in the order of the types they are shown under."""
    order = {type_.key: index for index, type_ in enumerate(search_types())}
    entries = [entry for section in sections() for entry in section.search]
    return sorted(entries, key=lambda entry: order[entry.type])


def time_boundaries():
    return [boundary for section in sections() for boundary in section.time_boundaries]


def content_app_labels():
    return [section.app_label for section in sections() if section.content]


def role_permissions():
    """[(role, model label lowered, [codename, …])] every section adds to the roles."""
    return [
        (role, f"{section.app_label}.{model_name}", list(codenames))
        for section in sections()
        for role, models in section.role_permissions.items()
        for model_name, codenames in models.items()
    ]


def demo_modules():
    return [section.demo for section in sections() if section.demo]


def demo_login(user, role):
    for section in sections():
        if section.demo_login is not None:
            section.demo_login(user, role)


def datasets():
    """Every section's open datasets (barents_portal.opendata), in order."""
    return _ordered(dataset for section in sections() for dataset in section.datasets)


def url_modules():
    """The sections' URLconfs, in the order they are included."""
    ordered = sorted((section for section in sections() if section.urls), key=lambda s: s.url_order)
    return [section.urls for section in ordered]
