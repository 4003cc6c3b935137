"""Public pages of the newsroom. Every query starts from `published()`; drafts are 404s.

Bad input never reaches the database as a 500: page numbers, filters, years and months
that make no sense are 404s (Django's ListView does the same for `?page=`).
"""

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from barents_portal import ical
from barents_portal.cache import fragment
from barents_portal.views import StaffPreviewMixin, TranslatedSlugMixin
from news import calendars, documents
from news.forms import ArticleFilterForm
from news.models import Article, Document, Event, Series, Topic
from news.months import FIRST_YEAR, LAST_YEAR, MonthGrid, by_month

ARTICLES_PER_PAGE = 12
EVENTS_PER_PAGE = 20
CALENDAR_FEED_MAX = 200
CALENDAR_FEED_REFRESH = datetime.timedelta(hours=6)


# The year lists read every published article or past event (the whole table) and
# are the same for every filter and page of a list: kept as fragments, per language and
# content generation, until the next scheduled change (a publication, an event's end).
def article_years():
    return fragment("article-years", Article.objects.years)


def listed_topics():
    """The topics in their order: the news list's filter choices, the same for every
    filter and page, so kept as a fragment like the year lists."""
    return fragment("news-topics", lambda: list(Topic.objects.for_listing()))


def event_past_years():
    """[(year, link to its archive)]: the links are kept with the years, so the events
    pages' navigation reverses no URL."""
    return fragment("event-past-year-links", _past_year_links)


def _past_year_links():
    return [(year, reverse("news:event-year", args=[year])) for year in Event.objects.past_years()]


class PageRangeMixin:
    """Page links for long lists: 1 2 … 7 8 9 … 20 (Django's elided page range)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        if page is not None:
            context["page_range"] = page.paginator.get_elided_page_range(
                page.number, on_each_side=2, on_ends=1
            )
        return context


class ArticleListView(PageRangeMixin, ListView):
    """The news index: all published news, filtered by topic, country and year."""

    template_name = "news/article_list.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        self.topics = listed_topics()
        self.years = article_years()
        self.form = ArticleFilterForm(self.request.GET, topics=self.topics, years=self.years)
        if not self.form.is_valid():
            raise Http404("Unknown filter value.")
        return self.form.filter(Article.objects.published().for_listing())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, topics=self.topics, years=self.years, **kwargs
        )


class ArticleYearView(PageRangeMixin, ListView):
    """The archive of one year."""

    template_name = "news/article_archive_year.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        self.years = article_years()
        if self.kwargs["year"] not in self.years:
            raise Http404("No news that year.")
        return Article.objects.published().in_year(self.kwargs["year"]).for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(year=self.kwargs["year"], years=self.years, **kwargs)


class TopicView(TranslatedSlugMixin, PageRangeMixin, ListView):
    """A topic's page: its description and its published news."""

    template_name = "news/topic_detail.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get_slug_queryset(self):
        return Topic.objects.all()

    def render_object(self, request, *args, **kwargs):
        return ListView.get(self, request, *args, **kwargs)

    def get_queryset(self):
        return Article.objects.published().filter(topics=self.object).for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.object, object=self.object, **kwargs)


class ArticleDetailView(TranslatedSlugMixin, DetailView):
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().prefetch_related("topics")

    def get_context_data(self, **kwargs):
        article = self.object
        return super().get_context_data(
            related=Article.objects.related_to(article),
            previous_article=Article.objects.previous_to(article),
            next_article=Article.objects.next_to(article),
            **kwargs,
        )


class ArticlePreviewView(StaffPreviewMixin, DetailView):
    model = Article
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.prefetch_related("topics")

    def get_context_data(self, **kwargs):
        return super().get_context_data(related=[], **kwargs)


class EventsNavMixin(PageRangeMixin):
    """The events pages' own navigation: upcoming, this month, and the past years."""

    context_object_name = "events"
    paginate_by = EVENTS_PER_PAGE

    @cached_property
    def past_years(self):
        return event_past_years()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            past_years=self.past_years, this_month=timezone.localdate(), **kwargs
        )


class EventListView(EventsNavMixin, ListView):
    """What is coming up (and under way), soonest first."""

    template_name = "news/event_list.html"

    def get_queryset(self):
        return Event.objects.upcoming().for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            series_list=Series.objects.published().for_listing(), **kwargs
        )
        context["months"] = by_month(context["events"])
        return context


class EventYearView(EventsNavMixin, ListView):
    """Past events of one year, latest first."""

    template_name = "news/event_archive_year.html"

    def get_queryset(self):
        if self.kwargs["year"] not in dict(self.past_years):
            raise Http404("No past events that year.")
        return Event.objects.past().in_year(self.kwargs["year"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(year=self.kwargs["year"], **kwargs)


class EventMonthView(TemplateView):
    """A month as a table of weeks; every day lists the events under way on it."""

    template_name = "news/event_month.html"

    def get_context_data(self, **kwargs):
        year, month = self.kwargs["year"], self.kwargs["month"]
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise Http404("Year out of range.")
        grid = MonthGrid(year, month)
        entries = Event.objects.published().overlapping(*grid.padded_range()).calendar_entries()
        context = super().get_context_data(**kwargs)
        context["month"] = grid.fill(entries)  # replaces the URL's month number
        return context


class EventPageMixin:
    template_name = "news/event_detail.html"
    context_object_name = "event"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            document_groups=self.object.document_groups(get_language()), **kwargs
        )


class EventDetailView(EventPageMixin, TranslatedSlugMixin, DetailView):
    def get_queryset(self):
        return Event.objects.published().select_related("series").with_documents()


class EventPreviewView(StaffPreviewMixin, EventPageMixin, DetailView):
    model = Event

    def get_queryset(self):
        return Event.objects.select_related("series").with_documents()


class EventCalendarFileView(TranslatedSlugMixin, DetailView):
    """One event as an .ics file to add to a calendar."""

    def get_queryset(self):
        return Event.objects.published()

    def canonical_url(self, obj):
        return obj.get_ics_url()

    def render_to_response(self, context, **response_kwargs):
        return ical.calendar_response(
            calendars.build_calendar([self.object], self.request, self.object.title),
            f"{self.object.slug}.ics",
        )


def upcoming_events_calendar(request):
    """The upcoming events in the URL's language, to subscribe to in a calendar app."""
    events = Event.objects.upcoming()[:CALENDAR_FEED_MAX]
    body = calendars.build_calendar(
        events, request, gettext("Barents Portal: events"), refresh=CALENDAR_FEED_REFRESH
    )
    return ical.calendar_response(body, "barents-events.ics", inline=True)


class SeriesDetailView(TranslatedSlugMixin, DetailView):
    """A meeting series with its meetings in order, each with its documents and languages."""

    template_name = "news/series_detail.html"
    context_object_name = "series"

    def get_queryset(self):
        return Series.objects.published().with_meetings()

    def get_context_data(self, **kwargs):
        language = get_language()
        meetings = [
            (meeting, meeting.document_entries(language)) for meeting in self.object.meetings
        ]
        return super().get_context_data(meetings=meetings, **kwargs)


class DocumentDownloadView(View):
    """A meeting document as an attachment, only while its event is public.

    The type comes from what the upload check found in the file, `nosniff` keeps browsers
    from guessing another, and a sandboxing CSP covers a file opened in a tab anyway.
    """

    def get(self, request, pk):
        document = get_object_or_404(Document.objects.published(), pk=pk)
        response = documents.attachment_response(document)
        # Revalidated on every request, so a document stops being served when its event is
        # unpublished, also from shared caches.
        response["Cache-Control"] = "no-cache"
        return response
