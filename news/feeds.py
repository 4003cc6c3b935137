"""RSS and Atom feeds of the news, per language (the URL's prefix) and per topic.

Written by barents_portal.syndication: summaries as plain text, no control characters, and
each item marked with the language its text is really in (a Norwegian-only article in the
English feed is marked `nb`). The secretariat is the feed's author and every article's,
unless the article names its own.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext

from barents_portal.languages import shown_language
from barents_portal.syndication import PlainTextAtomFeed, PlainTextRssFeed
from news.models import Article, Topic

FEED_ITEMS = 20


class NewsFeed(Feed):
    feed_type = PlainTextRssFeed

    def title(self, obj):
        return gettext("Barents Portal: news")

    def link(self, obj):
        return reverse("news:index")

    def feed_url(self, obj):
        return reverse("news:rss")

    def description(self, obj):
        return gettext("News from the cooperation across the borders in the Barents Region.")

    def author_name(self, obj):
        return gettext("Barents Secretariat")

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return (
            self.articles(obj)
            .prefetch_related("topics")
            .order_by("-published_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or gettext("Barents Secretariat")

    def item_extra_kwargs(self, item):
        return {"language": shown_language(item)}

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class NewsAtomFeed(NewsFeed):
    feed_type = PlainTextAtomFeed

    def feed_url(self, obj):
        return reverse("news:atom")

    def subtitle(self, obj):
        return self.description(obj)


class TopicFeed(NewsFeed):
    def get_object(self, request, slug):
        # The topic's slug in any language; an unknown one is a 404.
        try:
            return Topic.objects.get_by_slug(slug)
        except Topic.DoesNotExist:
            raise Http404("No topic with that slug.") from None

    def title(self, obj):
        return gettext("Barents Portal: %(topic)s") % {"topic": obj.name}

    def link(self, obj):
        return obj.get_absolute_url()

    def feed_url(self, obj):
        return obj.get_rss_url()

    def description(self, obj):
        return obj.description or gettext("News about %(topic)s from the Barents Region.") % {
            "topic": obj.name
        }

    def articles(self, obj):
        return Article.objects.published().filter(topics=obj)


class TopicAtomFeed(TopicFeed):
    feed_type = PlainTextAtomFeed

    def feed_url(self, obj):
        return obj.get_atom_url()

    def subtitle(self, obj):
        return self.description(obj)
