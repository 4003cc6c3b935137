"""What the news section contributes to the site (barents_portal.sections)."""

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from barents_portal.search import html
from barents_portal.sections import (
    Block,
    FeedLink,
    MenuEntry,
    SearchSection,
    SearchType,
    Section,
)
from news import opendata
from news.sitemaps import ArticleSitemap, EventSitemap, SeriesSitemap, TopicSitemap


def _date(value):
    return date_format(value, "DATE_FORMAT") if value else ""


def _event_context(event):
    return ", ".join(part for part in (_date(event.local_start), event.city) if part)


def _document_context(document):
    return _("Document of the meeting “%(event)s”") % {"event": document.event.title}


def _news(request):
    from news.templatetags.news_tags import front_page_news

    return front_page_news()


def _upcoming(request):
    from news.templatetags.news_tags import upcoming_events

    return upcoming_events()


SECTION = Section(
    menu=(
        MenuEntry(10, pgettext_lazy("navigation", "News"), "news:index"),
        MenuEntry(20, pgettext_lazy("navigation", "Events"), "news:event-list"),
    ),
    home=(
        # The featured stories and the latest news without them: one block, as one reads
        # the other's stories.
        Block(10, "news/includes/_home_news.html", _news),
        Block(12, "news/includes/_home_events.html", _upcoming),
    ),
    # The same titles as the news pages' own <link rel="alternate"> (templates/news/base.html).
    feeds=(
        FeedLink(10, "application/rss+xml", _("News (RSS)"), "news:rss"),
        FeedLink(11, "application/atom+xml", _("News (Atom)"), "news:atom"),
    ),
    sitemaps={
        "news": ArticleSitemap,
        "topics": TopicSitemap,
        "events": EventSitemap,
        "series": SeriesSitemap,
    },
    search_types=(
        SearchType(
            "news",
            pgettext_lazy("search type", "News"),
            pgettext_lazy("search result", "News"),
            order=10,
        ),
        SearchType(
            "events",
            pgettext_lazy("search type", "Events"),
            pgettext_lazy("search result", "Event"),
            order=20,
        ),
        SearchType(
            "documents",
            pgettext_lazy("search type", "Meeting documents"),
            pgettext_lazy("search result", "Meeting document"),
            order=30,
        ),
    ),
    search=(
        SearchSection(
            "article",
            "news",
            "news.Article",
            title="title_{lang}",
            snippet=("summary_{lang}", html("body_{lang}")),
            names=("title_{lang}",),
            card=("slug", "published_at"),
            context=lambda article: _date(article.published_at),
        ),
        SearchSection(
            "event",
            "events",
            "news.Event",
            title="title_{lang}",
            snippet=("summary_{lang}", "theme_{lang}", html("body_{lang}")),
            names=("title_{lang}", "city_{lang}"),
            card=("slug", "start", "time_zone", "city"),
            context=_event_context,
        ),
        SearchSection(
            "series",
            "events",
            "news.Series",
            title="title_{lang}",
            snippet=("summary_{lang}", html("description_{lang}")),
            card=("slug",),
        ),
        SearchSection(
            "document",
            "documents",
            "news.Document",
            rank="search_{lang}",  # no body: its vector is small and inline
            title="title_{lang}",
            card=("event__title",),
            context=_document_context,
        ),
    ),
    # An event starts and ends (the upcoming list, the calendar's "now").
    time_boundaries=(("news.Event", "start"), ("news.Event", "ends_at")),
    datasets=opendata.DATASETS,
    demo="news.demo",
    urls="news.urls",
)
