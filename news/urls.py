from django.urls import include, path, register_converter
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy

from news import feeds, views


class YearConverter:
    """Four digits: `/2025/` is a year, `/20x/` and `/99999/` never reach a view."""

    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class MonthConverter:
    regex = "0[1-9]|1[0-2]"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")

app_name = "news"

urlpatterns = [
    path(
        pgettext_lazy("URL path", "news/"),
        include(
            [
                path("", views.ArticleListView.as_view(), name="index"),
                path("rss.xml", feeds.NewsFeed(), name="rss"),
                path("atom.xml", feeds.NewsAtomFeed(), name="atom"),
                path(
                    format_lazy("{}<yyyy:year>/", pgettext_lazy("URL path", "archive/")),
                    views.ArticleYearView.as_view(),
                    name="year",
                ),
                path(
                    format_lazy("{}<slug:slug>/", pgettext_lazy("URL path", "topics/")),
                    views.TopicView.as_view(),
                    name="topic",
                ),
                path(
                    format_lazy("{}<slug:slug>/rss.xml", pgettext_lazy("URL path", "topics/")),
                    feeds.TopicFeed(),
                    name="topic-rss",
                ),
                path(
                    format_lazy("{}<slug:slug>/atom.xml", pgettext_lazy("URL path", "topics/")),
                    feeds.TopicAtomFeed(),
                    name="topic-atom",
                ),
                path("preview/<int:pk>/", views.ArticlePreviewView.as_view(), name="preview"),
                path("<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
            ]
        ),
    ),
    path(
        pgettext_lazy("URL path", "events/"),
        include(
            [
                path("", views.EventListView.as_view(), name="event-list"),
                path("upcoming.ics", views.upcoming_events_calendar, name="event-feed"),
                path(
                    format_lazy("{}<yyyy:year>/", pgettext_lazy("URL path", "archive/")),
                    views.EventYearView.as_view(),
                    name="event-year",
                ),
                path(
                    format_lazy(
                        "{}<yyyy:year>/<mm:month>/", pgettext_lazy("URL path", "calendar/")
                    ),
                    views.EventMonthView.as_view(),
                    name="event-month",
                ),
                path(
                    format_lazy("{}<slug:slug>/", pgettext_lazy("URL path", "series/")),
                    views.SeriesDetailView.as_view(),
                    name="series",
                ),
                path(
                    format_lazy("{}<int:pk>/", pgettext_lazy("URL path", "documents/")),
                    views.DocumentDownloadView.as_view(),
                    name="document",
                ),
                path("preview/<int:pk>/", views.EventPreviewView.as_view(), name="event-preview"),
                path("<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
                path(
                    "<slug:slug>/calendar.ics",
                    views.EventCalendarFileView.as_view(),
                    name="event-ics",
                ),
            ]
        ),
    ),
]
