import datetime
import posixpath
import uuid
from zoneinfo import ZoneInfo

from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from barents_portal.images import ValidatedImageField
from barents_portal.publishing import Publishable, Stamped
from barents_portal.richtext import RichTextField
from barents_portal.search import (
    head_vectors,
    html,
    search_indexes,
    search_vectors,
    trigram_indexes,
)
from barents_portal.slugs import TranslatedSlugField, slug_url, slugify
from barents_portal.vocabulary import Country, Region, countries_of
from news import documents
from news.fields import ChoiceArrayField
from news.links import ExternalLink
from news.months import local_days
from news.querysets import (
    ArticleQuerySet,
    DocumentQuerySet,
    EventQuerySet,
    SeriesQuerySet,
    TopicQuerySet,
)


def choice_label(choices, value):
    """What get_FOO_display() shows for `value` of the TextChoices `choices`, without first
    translating every choice's label into a dict (a list asks once per card)."""
    try:
        return choices(value).label
    except ValueError:
        return value


class Topic(models.Model):
    """A subject news is filed under (culture, business, climate…), with its own page."""

    name = models.CharField(_("name"), max_length=100)
    slug = TranslatedSlugField(source="name")
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    translation_key_field = "name"
    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("news:topic", self.slug)

    def get_rss_url(self):
        return reverse("news:topic-rss", kwargs={"slug": self.slug})

    def get_atom_url(self):
        return reverse("news:topic-atom", kwargs={"slug": self.slug})


class Article(Publishable):
    # Translated titles are blank=True: an article may exist in one language only (say,
    # a Norwegian draft); Publishable.clean() asks for a title in at least one.
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        INTERVIEW = "interview", _("Interview")
        PRESS_RELEASE = "press-release", _("Press release")
        FEATURE = "feature", _("Feature")

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = TranslatedSlugField(source="title")
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists, feeds and search.")
    )
    # The help text describing the toolbar comes with the editor (richtext.TOOLBAR_HELP).
    body = RichTextField(_("body"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.NEWS)
    image = ValidatedImageField(
        _("image"),
        upload_to="news/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    image_caption = models.CharField(_("image caption"), max_length=300, blank=True)
    image_credit = models.CharField(_("photo credit"), max_length=200, blank=True)
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="articles"
    )
    countries = ChoiceArrayField(
        models.CharField(max_length=2, choices=Country),
        verbose_name=_("countries"),
        default=list,
        blank=True,
        help_text=_("Filled in from the regions; add a country the story is about as a whole."),
    )
    regions = ChoiceArrayField(
        models.CharField(max_length=20, choices=Region),
        verbose_name=_("regions"),
        default=list,
        blank=True,
    )
    byline = models.CharField(_("byline"), max_length=200, blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown among the front page's stories.")
    )
    featured_order = models.PositiveSmallIntegerField(_("order among featured stories"), default=0)
    search_nb, search_ru, search_en = search_vectors(
        A=["title_{lang}"], B=["summary_{lang}"], C=[html("body_{lang}"), "image_caption_{lang}"]
    )
    search_head_nb, search_head_ru, search_head_en = head_vectors(
        A=["title_{lang}"], B=["summary_{lang}"]
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["featured", "featured_order"], name="article_featured_idx"),
            # Counts the published news (the news list's pages) from the index alone.
            models.Index(fields=["status", "published_at"], name="article_published_idx"),
            GinIndex(fields=["countries"], name="article_countries_idx"),
            *search_indexes("article"),
            *trigram_indexes("article", "title"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.countries = sorted(set(self.countries) | set(countries_of(self.regions)))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("news:detail", self.slug)

    def get_preview_url(self):
        return reverse("news:preview", kwargs={"pk": self.pk})

    @property
    def kind_label(self):
        return choice_label(self.Kind, self.kind)

    @property
    def was_updated(self):
        """Changed on a later day than it went out ("Last updated" is worth showing).

        A backdated article (published_at before it was written) counts from its creation,
        so entering an old article is not an update.
        """
        if not self.published_at or not self.updated_at:
            return False
        went_out = max(self.published_at, self.created_at or self.published_at)
        return timezone.localdate(self.updated_at) > timezone.localdate(went_out)

    def get_countries_display(self):
        labels = dict(Country.choices)
        return [labels[code] for code in self.countries if code in labels]

    def get_regions_display(self):
        return [Region(code).label for code in self.regions if code in Region.values]


class Series(ExternalLink, Publishable):
    """A recurring meeting (e.g. the Barents Industrial Partnership Meetings)."""

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = TranslatedSlugField(source="title")
    summary = models.TextField(_("summary"), blank=True)
    description = RichTextField(_("description"), blank=True)
    search_nb, search_ru, search_en = search_vectors(
        A=["title_{lang}"], B=["summary_{lang}"], C=[html("description_{lang}")]
    )
    search_head_nb, search_head_ru, search_head_en = head_vectors(
        A=["title_{lang}"], B=["summary_{lang}"]
    )

    objects = SeriesQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("series")
        verbose_name_plural = _("series")
        indexes = search_indexes("series")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return slug_url("news:series", self.slug)


class Event(ExternalLink, Publishable):
    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        COUNCIL_MEETING = "council-meeting", _("Council meeting")
        PARTNERSHIP_MEETING = "partnership-meeting", _("Partnership meeting")
        SEMINAR = "seminar", _("Seminar")
        WORKSHOP = "workshop", _("Workshop")
        FESTIVAL = "festival", _("Festival")
        OTHER = "other", _("Other event")

    class TimeZone(models.TextChoices):
        OSLO = "Europe/Oslo", _("Norwegian time")
        STOCKHOLM = "Europe/Stockholm", _("Swedish time")
        HELSINKI = "Europe/Helsinki", _("Finnish time")
        MOSCOW = "Europe/Moscow", _("Moscow time")

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = TranslatedSlugField(source="title")
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.CONFERENCE)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Only the dates count; the times are ignored.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TimeZone,
        default=TimeZone.OSLO,
        help_text=_("The start and end are local times where the event takes place."),
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "The event will not take place. It stays on the site marked as cancelled, and "
            "calendars that subscribed to it show it as cancelled."
        ),
    )
    # When the event is over: the end, or the midnight after the last day of an all-day
    # event. Kept up to date by save(), so "upcoming" is one indexed comparison.
    ends_at = models.DateTimeField(editable=False, db_index=True)
    location = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("The building or the address.")
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    series = models.ForeignKey(
        Series,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    ordinal = models.PositiveSmallIntegerField(
        _("number in the series"), null=True, blank=True, help_text=_("1 for the first meeting.")
    )
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    search_nb, search_ru, search_en = search_vectors(
        A=["title_{lang}"],
        B=["summary_{lang}", "theme_{lang}"],
        C=[html("body_{lang}"), "location_{lang}", "city_{lang}"],
    )
    search_head_nb, search_head_ru, search_head_en = head_vectors(
        A=["title_{lang}"], B=["summary_{lang}", "theme_{lang}"]
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")),
                name="event_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(ordinal__isnull=True) | Q(series__isnull=False),
                name="event_ordinal_needs_series",
            ),
            models.UniqueConstraint(
                fields=["series", "ordinal"], name="event_unique_ordinal_in_series"
            ),
        ]
        indexes = [
            # The upcoming events: counted from the index alone (the event list's pages) and
            # read soonest first without sorting all of them.
            models.Index(fields=["status", "ends_at", "published_at"], name="event_upcoming_idx"),
            models.Index(fields=["start", "id"], name="event_start_idx"),
            *search_indexes("event"),
            *trigram_indexes("event", "title", "city"),
        ]

    def __str__(self):
        return self.title

    @property
    def tz(self):
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.tz)

    @property
    def local_end(self):
        return self.end.astimezone(self.tz) if self.end else None

    @property
    def first_day(self):
        return local_days(self.start, self.end, self.time_zone)[0]

    @property
    def last_day(self):
        return local_days(self.start, self.end, self.time_zone)[1]

    @property
    def is_multi_day(self):
        return self.last_day > self.first_day

    @property
    def has_ended(self):
        return self.ends_at is not None and self.ends_at <= timezone.now()

    @property
    def shows_time_zone(self):
        """Times abroad get their zone named; Oslo time is the site's own."""
        return not self.all_day and self.time_zone != self.TimeZone.OSLO

    @property
    def kind_label(self):
        return choice_label(self.Kind, self.kind)

    @property
    def time_zone_label(self):
        return choice_label(self.TimeZone, self.time_zone)

    def days(self):
        day, last = self.first_day, self.last_day
        while day <= last:
            yield day
            day += datetime.timedelta(days=1)

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})
        if self.ordinal and not self.series_id:
            raise ValidationError({"ordinal": _("A number only makes sense within a series.")})

    def save(self, *args, **kwargs):
        if self.all_day:
            tz = self.tz
            first, last = self.first_day, self.last_day
            self.start = datetime.datetime.combine(first, datetime.time(), tzinfo=tz)
            self.end = (
                datetime.datetime.combine(last, datetime.time(), tzinfo=tz)
                if last > first
                else None
            )
            self.ends_at = datetime.datetime.combine(
                last + datetime.timedelta(days=1), datetime.time(), tzinfo=tz
            )
        else:
            self.ends_at = self.end or self.start
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("news:event-detail", self.slug)

    def get_ics_url(self):
        return reverse("news:event-ics", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("news:event-preview", kwargs={"pk": self.pk})

    def document_groups(self, language):
        """The documents by type, in the order of Document.Kind, from prefetched rows.

        Each entry is one document in the reader's language if it exists (else English,
        else the original) with its other language versions beside it.
        """
        versions_by_group = {}
        for document in self.documents.all():
            versions_by_group.setdefault(document.group_key, []).append(document)
        by_kind = {}
        for versions in versions_by_group.values():
            shown = _preferred_version(versions, language)
            others = sorted((v for v in versions if v is not shown), key=lambda v: v.language)
            by_kind.setdefault(shown.kind, []).append({"document": shown, "versions": others})
        kinds = list(Document.Kind)
        return [
            (Document.Kind(kind).label, sorted(entries, key=lambda e: e["document"].order))
            for kind, entries in sorted(by_kind.items(), key=lambda item: kinds.index(item[0]))
        ]

    def document_entries(self, language):
        """Each document once, in the order of Document.Kind, with all its language versions.

        From prefetched rows: the entry's title is the version in the reader's language (else
        English, else the original); `versions` are all of them in the order of
        Document.Language (EN · RU …), each a link to its own file.
        """
        versions_by_group = {}
        for document in self.documents.all():
            versions_by_group.setdefault(document.group_key, []).append(document)
        kinds, languages = list(Document.Kind), list(Document.Language)
        entries = []
        for versions in versions_by_group.values():
            shown = _preferred_version(versions, language)
            entries.append(
                {
                    "document": shown,
                    "versions": sorted(
                        versions,
                        key=lambda v: (
                            languages.index(v.language)
                            if v.language in languages
                            else len(languages)
                        ),
                    ),
                }
            )
        return sorted(
            entries,
            key=lambda e: (
                kinds.index(e["document"].kind) if e["document"].kind in kinds else len(kinds),
                e["document"].order,
                e["document"].pk,
            ),
        )

    @property
    def place(self):
        parts = [self.city, str(choice_label(Country, self.country)) if self.country else ""]
        return ", ".join(part for part in parts if part)


def _preferred_version(versions, language):
    for wanted in (language, "en"):
        for version in versions:
            if version.language == wanted:
                return version
    return next((v for v in versions if v.translation_of_id is None), versions[0])


def document_upload_to(instance, filename):
    stem, extension = posixpath.splitext(filename)
    return f"events/{uuid.uuid4().hex[:12]}/{slugify(stem) or 'document'}{extension.lower()}"


class Document(ExternalLink, Stamped):
    """A paper of a meeting: its invitation, programme, presentations, conclusions…"""

    class Kind(models.TextChoices):
        # In the order a meeting's papers are listed.
        INVITATION = "invitation", _("Invitation")
        PROGRAMME = "programme", _("Programme")
        PARTICIPANTS = "participants", _("List of participants")
        SPEECH = "speech", _("Speech")
        PRESENTATION = "presentation", _("Presentation")
        CONCLUSIONS = "conclusions", _("Conclusions")
        RECOMMENDATIONS = "recommendations", _("Recommendations")
        REPORT = "report", _("Report")
        OTHER = "other", _("Other document")

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        RUSSIAN = "ru", _("Russian")
        NORWEGIAN = "nb", _("Norwegian")
        SWEDISH = "sv", _("Swedish")
        FINNISH = "fi", _("Finnish")

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind, default=Kind.OTHER)
    language = models.CharField(
        _("language of the file"), max_length=2, choices=Language, default=Language.ENGLISH
    )
    file = documents.DocumentFileField(
        _("file"),
        upload_to=document_upload_to,
        storage=documents.document_storage,
        validators=[documents.validate_document],
        max_length=255,
        help_text=_("PDF, Word, Excel, PowerPoint or OpenDocument, at most 25 MB."),
    )
    file_size = models.PositiveIntegerField(_("size in bytes"), default=0, editable=False)
    file_format = models.CharField(_("format"), max_length=10, blank=True, editable=False)
    translation_of = models.ForeignKey(
        "self",
        verbose_name=_("language version of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="language_versions",
        help_text=_("The same document in another language, attached to the same event."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    search_nb, search_ru, search_en = search_vectors(A=["title_{lang}"])

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.CheckConstraint(
                condition=~Q(translation_of=F("pk")), name="document_not_own_version"
            ),
        ]
        indexes = search_indexes("document")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        other = self.translation_of
        if other is not None:
            if other.pk == self.pk:
                raise ValidationError(
                    {"translation_of": _("A document cannot be a version of itself.")}
                )
            if other.translation_of_id is not None:
                raise ValidationError(
                    {"translation_of": _("Choose the original document, not another version.")}
                )
            if other.event_id != self.event_id:
                raise ValidationError(
                    {"translation_of": _("Language versions belong to the same event.")}
                )

    def save(self, *args, **kwargs):
        if self.file and (not self.file._committed or not self.file_format):
            # A fresh upload, or a file stored by code (file.save) before the row.
            self.file.open("rb")
            try:
                self.file_format = documents.sniff(self.file.file).extension
                self.file_size = self.file.size
            finally:
                if self.file._committed:
                    self.file.close()
        super().save(*args, **kwargs)

    @property
    def group_key(self):
        """Documents with the same key are language versions of one another."""
        return self.translation_of_id or self.pk

    @property
    def format_label(self):
        fmt = documents.FORMATS_BY_EXTENSION.get(self.file_format)
        return fmt.label if fmt else self.file_format.upper()

    @property
    def content_type(self):
        fmt = documents.FORMATS_BY_EXTENSION.get(self.file_format)
        return fmt.content_type if fmt else "application/octet-stream"

    def download_name(self):
        return f"{self.title} ({self.language.upper()}).{self.file_format}"

    def get_absolute_url(self):
        return reverse("news:document", kwargs={"pk": self.pk})
