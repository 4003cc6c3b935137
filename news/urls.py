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
]
