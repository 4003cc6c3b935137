"""Reads of the newsroom. Every public surface starts from `published()`."""

import datetime

from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import get_language

from barents_portal.languages import field_language_expression, field_text_expression
from barents_portal.publishing import PublishableQuerySet
from barents_portal.slugs import TranslatedSlugQuerySet, slug_url
from news.months import local_days

HOME_FEATURED, HOME_LATEST = 5, 6

# What a card shows (templates/news/includes/_article_cards.html, _event_cards.html), each
# translated field in every language for the fallback and its `lang` marking: the rows
# leave out the bodies and search vectors in three languages.
ARTICLE_CARD_FIELDS = (
    *("published_at", "title", "slug", "summary", "kind"),
    *("image", "image_width", "image_height", "image_alt"),
)
EVENT_CARD_FIELDS = (
    *("title", "slug", "summary", "kind", "start", "end", "all_day", "time_zone"),
    *("cancelled", "city", "country", "online_url"),
)


class TopicQuerySet(TranslatedSlugQuerySet):
    def for_listing(self):
        return self.order_by("order", "pk")


class ArticleQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def cards(self):
        """The columns of an article card; a card shows only the article's own fields, so
        nothing to join."""
        return self.only(*ARTICLE_CARD_FIELDS)

    def for_listing(self):
        """Cards, newest first."""
        return self.cards().order_by("-published_at", "-pk")

    def featured(self):
        """The stories the staff chose for the front page, in their order."""
        return (
            self.published()
            .filter(featured=True)
            .order_by("featured_order", "-published_at", "-pk")
        )

    def front_page(self):
        """The front page's news as two lists: the stories the staff featured (at most
        HOME_FEATURED, in their order) and the latest news without them (HOME_LATEST).
        Two plain queries: whichever stories are featured, the latest news are among the
        newest HOME_FEATURED + HOME_LATEST."""
        stories = list(self.featured().cards()[:HOME_FEATURED])
        featured = {story.pk for story in stories}
        newest = self.published().for_listing()[: HOME_FEATURED + HOME_LATEST]
        return stories, [article for article in newest if article.pk not in featured][:HOME_LATEST]

    def in_year(self, year):
        tz = timezone.get_current_timezone()
        start = datetime.datetime(year, 1, 1, tzinfo=tz)
        end = datetime.datetime(year + 1, 1, 1, tzinfo=tz)
        return self.filter(published_at__gte=start, published_at__lt=end)

    def in_country(self, country):
        return self.filter(countries__contains=[country])

    def years(self):
        """The years with published news, newest first (one query)."""
        return [
            moment.year
            for moment in self.published().datetimes("published_at", "year", order="DESC")
        ]

    def related_to(self, article, limit=3):
        """Published articles sharing the most topics with `article`, newest first."""
        topic_ids = [topic.pk for topic in article.topics.all()]
        if not topic_ids:
            return self.none()
        return (
            self.published()
            .exclude(pk=article.pk)
            .filter(topics__in=topic_ids)
            .cards()
            .annotate(shared=Count("topics", filter=Q(topics__in=topic_ids)))
            .order_by("-shared", "-published_at", "-pk")[:limit]
        )

    # The links to the older and newer article name them: their titles and slugs only.
    def previous_to(self, article):
        return (
            self.published()
            .only("title", "slug")
            .filter(
                Q(published_at__lt=article.published_at)
                | Q(published_at=article.published_at, pk__lt=article.pk)
            )
            .order_by("-published_at", "-pk")
            .first()
        )

    def next_to(self, article):
        return (
            self.published()
            .only("title", "slug")
            .filter(
                Q(published_at__gt=article.published_at)
                | Q(published_at=article.published_at, pk__gt=article.pk)
            )
            .order_by("published_at", "pk")
            .first()
        )


class SeriesQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def for_listing(self):
        """Links to the series: their titles and slugs, in every language."""
        return self.only("title", "slug").order_by("pk")

    def with_meetings(self):
        """The published meetings in order, each with its documents: three queries in all."""
        from news.models import Event

        return self.prefetch_related(
            Prefetch(
                "events",
                queryset=Event.objects.published().order_by("start", "pk").with_documents(),
                to_attr="meetings",
            )
        )


class DocumentQuerySet(models.QuerySet):
    def published(self):
        """A meeting document is public exactly while its event is."""
        from news.models import Event

        return self.filter(event__in=Event.objects.published())


class EventQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def for_listing(self):
        """Cards, soonest first."""
        return self.only(*EVENT_CARD_FIELDS).order_by("start", "pk")

    def calendar_entries(self):
        """What the month calendar shows of each event, soonest first, as rows rather than
        events (a month holds ~170 in the benchmark, and an instance of Event's 60 columns
        cost three times its row): the title along the fallback chain and the language it
        is in when that is not the page's (`lang`; None in the page's own language, so the
        template skips its language tags), the link, whether it is cancelled, and its first
        and last day."""
        rows = self.order_by("start", "pk").values(
            *("cancelled", "start", "end", "time_zone"),
            shown_title=field_text_expression("title"),
            shown_slug=field_text_expression("slug"),
            lang=field_language_expression("title"),
        )
        page = get_language()
        entries = []
        for row in rows:
            first_day, last_day = local_days(row["start"], row["end"], row["time_zone"])
            entries.append(
                {
                    "title": row["shown_title"],
                    "lang": row["lang"] if row["lang"] != page else None,
                    "url": slug_url("news:event-detail", row["shown_slug"]),
                    "cancelled": row["cancelled"],
                    "first_day": first_day,
                    "last_day": last_day,
                }
            )
        return entries

    def upcoming(self, now=None):
        """Events that have not ended yet (an event under way is still upcoming), soonest
        first; whole rows, for the calendar feed: lists add for_listing()."""
        return self.published().filter(ends_at__gt=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return (
            self.published()
            .filter(ends_at__lte=now or timezone.now())
            .for_listing()
            .order_by("-start", "-pk")
        )

    def overlapping(self, start, end):
        """Events under way at some moment in [start, end)."""
        return self.filter(start__lt=end, ends_at__gt=start)

    def in_year(self, year):
        tz = timezone.get_current_timezone()
        return self.overlapping(
            datetime.datetime(year, 1, 1, tzinfo=tz), datetime.datetime(year + 1, 1, 1, tzinfo=tz)
        )

    def past_years(self, now=None):
        return [
            moment.year
            for moment in self.published()
            .filter(ends_at__lte=now or timezone.now())
            .datetimes("start", "year", order="DESC")
        ]

    def with_documents(self):
        from news.models import Document

        return self.prefetch_related(
            Prefetch("documents", queryset=Document.objects.order_by("order", "pk"))
        )
