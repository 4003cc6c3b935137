from barents_portal.sitemaps import TranslatedSitemap
from news.models import Article, Event, Series, Topic


class ArticleSitemap(TranslatedSitemap):
    def items(self):
        return Article.objects.published().order_by("-published_at", "pk")


class EventSitemap(TranslatedSitemap):
    def items(self):
        return Event.objects.published().order_by("-start", "pk")


class SeriesSitemap(TranslatedSitemap):
    def items(self):
        return Series.objects.published().order_by("pk")


class TopicSitemap(TranslatedSitemap):
    """Topic pages (a topic has no publication state of its own)."""

    def items(self):
        return Topic.objects.for_listing()

    def lastmod(self, item):
        return None
