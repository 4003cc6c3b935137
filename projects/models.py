"""Funding: who gives money (funders, programmes), when to apply (calls), what was funded.

Reference data (regions, themes, applicant types) carry a stable `code` that the finder and
the database use in their URLs, so a shared link means the same in every language. Regions
are the shared list of barents_portal.vocabulary; their table only gives the relations a
target.
"""

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from barents_portal.cache import fragment
from barents_portal.languages import fallback_chain
from barents_portal.publishing import PublicationState, Publishable, Stamped, Status
from barents_portal.richtext import RichTextField
from barents_portal.search import (
    head_vectors,
    html,
    search_indexes,
    search_vectors,
    trigram_indexes,
)
from barents_portal.slugs import TranslatedSlugField, slug_url, slugify
from barents_portal.vocabulary import Country, region_name
from barents_portal.vocabulary import Region as RegionCode
from projects.money import Currency
from projects.querysets import (
    CallQuerySet,
    CallState,
    FundedProjectQuerySet,
    ProgrammeQuerySet,
)

__all__ = [
    "ApplicantType",
    "Call",
    "CallState",
    "Currency",
    "FundedProject",
    "Funder",
    "Programme",
    "ProjectPartner",
    "Region",
    "Theme",
]

MONEY = {"max_digits": 14, "decimal_places": 2}
FIRST_YEAR = 1993  # the Kirkenes Declaration founded the Barents cooperation


def _country_field(verbose_name, **kwargs):
    return models.CharField(verbose_name, max_length=2, choices=Country, **kwargs)


def _countries_field(verbose_name, help_text):
    return ArrayField(
        models.CharField(max_length=2, choices=Country),
        verbose_name=verbose_name,
        default=list,
        blank=True,
        help_text=help_text,
    )


def _currency_check(name, field="currency"):
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": Currency.values}), name=f"{name}_known_currency"
    )


# --- Reference data ---------------------------------------------------------------------
class ReferenceData(models.Model):
    code = models.SlugField(
        _("code"),
        max_length=20,
        unique=True,
        help_text=_("A short, stable identifier used in links and imports. Do not change it."),
    )
    name = models.CharField(_("name"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    translation_key_field = "name"

    class Meta:
        abstract = True
        ordering = ["order", "code"]

    def __str__(self):
        return self.name


class Region(models.Model):
    """One region of the shared list (barents_portal.vocabulary.Region), as a row.

    Programmes, projects and partners point at it; its name and country come from the list.
    """

    code = models.CharField(_("code"), max_length=10, unique=True, choices=RegionCode)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return str(self.name)

    @property
    def name(self):
        return region_name(self.code)

    @property
    def country(self):
        """The code of the region's country (its ISO 3166-2 code begins with it)."""
        return self.code[:2]


class Theme(ReferenceData):
    class Meta(ReferenceData.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class ApplicantType(ReferenceData):
    class Meta(ReferenceData.Meta):
        verbose_name = _("applicant type")
        verbose_name_plural = _("applicant types")


def reference_data():
    """Regions, themes and applicant types, each as {code: row} in their order.

    The same for every page and filter, so they are kept as one fragment
    (`barents_portal.cache.fragment`): the finder's choices and a programme's facts name
    them from here instead of reading them again.
    """
    return fragment(
        "funding-reference-data",
        lambda: tuple(
            {row.code: row for row in model.objects.all()}
            for model in (Region, Theme, ApplicantType)
        ),
    )


def rows_of(codes, rows):
    """The reference rows ({code: row}, from `reference_data`) of these codes, in the
    codes' order (a list's `theme_codes`, a programme's `region_codes`…)."""
    return [rows[code] for code in codes if code in rows]


# --- Funders and programmes ---------------------------------------------------------------
class Funder(Stamped):
    name = models.CharField(_("name"), max_length=200)
    country = _country_field(
        _("country"), blank=True, help_text=_("Leave empty for an international funder.")
    )
    website = models.URLField(_("website"), blank=True)

    translation_key_field = "name"

    class Meta:
        ordering = ["name"]
        verbose_name = _("funder")
        verbose_name_plural = _("funders")

    def __str__(self):
        return self.name


class Instrument(models.TextChoices):
    GRANT = "grant", _("Grant")
    SCHOLARSHIP = "scholarship", _("Scholarship")
    PRIZE = "prize", _("Prize")


class Programme(Publishable):
    funder = models.ForeignKey(
        Funder, verbose_name=_("funder"), on_delete=models.PROTECT, related_name="programmes"
    )
    name = models.CharField(_("name"), max_length=200)
    slug = TranslatedSlugField(source="name")
    # The programme's name in open data and other systems: the same in every language and
    # kept when the name changes (a slug is neither).
    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        blank=True,
        help_text=_(
            "A short name that is the same in every language, used in open data. Left empty, "
            "it is made from the name. Changing it breaks the links of those who reuse the data."
        ),
    )
    summary = models.TextField(_("summary"), blank=True)
    description = RichTextField(_("description"), blank=True)
    eligibility = RichTextField(_("who may apply"), blank=True)
    how_to_apply = RichTextField(_("how to apply"), blank=True)
    instrument = models.CharField(
        _("instrument"), max_length=12, choices=Instrument, default=Instrument.GRANT
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="programmes"
    )
    eligible_countries = _countries_field(
        _("eligible countries"),
        _(
            "Applicants from anywhere in these countries may apply. Leave empty (and name no "
            "regions) if applicants from anywhere may apply."
        ),
    )
    eligible_regions = models.ManyToManyField(
        Region,
        verbose_name=_("eligible regions"),
        blank=True,
        related_name="programmes",
        help_text=_("Applicants from these regions may apply (in addition to the countries)."),
    )
    applicant_types = models.ManyToManyField(
        ApplicantType,
        verbose_name=_("applicant types"),
        blank=True,
        related_name="programmes",
        help_text=_("Leave empty if every kind of applicant may apply."),
    )
    partner_required = models.BooleanField(
        _("a partner from another country is required"), default=False
    )
    partner_countries = _countries_field(
        _("partner countries"),
        _("Where the required partner must come from. Empty: any other country."),
    )
    min_amount = models.DecimalField(_("minimum amount"), null=True, blank=True, **MONEY)
    max_amount = models.DecimalField(_("maximum amount"), null=True, blank=True, **MONEY)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.EUR)
    max_cofinancing_share = models.DecimalField(
        _("maximum share of the budget (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The largest part of a project's total budget the programme pays, in %."),
    )
    application_url = models.URLField(_("application link"), blank=True)
    contact_office = models.ForeignKey(
        "secretariat.Office",
        verbose_name=_("office to contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programmes",
    )
    search_nb, search_ru, search_en = search_vectors(
        A=["name_{lang}"],
        B=["summary_{lang}"],
        C=[html("description_{lang}"), html("eligibility_{lang}"), html("how_to_apply_{lang}")],
    )
    search_head_nb, search_head_ru, search_head_en = head_vectors(
        A=["name_{lang}"], B=["summary_{lang}"]
    )

    translation_key_field = "name"
    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            _currency_check("programme"),
            models.CheckConstraint(
                condition=Q(min_amount__isnull=True) | Q(min_amount__gte=0),
                name="programme_min_amount_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(max_amount__isnull=True) | Q(max_amount__gte=0),
                name="programme_max_amount_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(min_amount__isnull=True)
                | Q(max_amount__isnull=True)
                | Q(max_amount__gte=F("min_amount")),
                name="programme_max_amount_at_least_min",
            ),
            models.CheckConstraint(
                condition=Q(max_cofinancing_share__isnull=True)
                | Q(max_cofinancing_share__gte=0, max_cofinancing_share__lte=100),
                name="programme_cofinancing_share_0_100",
            ),
        ]
        indexes = [*search_indexes("programme"), *trigram_indexes("programme", "name")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        for field in ("min_amount", "max_amount"):
            value = getattr(self, field)
            if value is not None and value < 0:
                errors[field] = _("An amount cannot be negative.")
        if (
            self.min_amount is not None
            and self.max_amount is not None
            and self.max_amount < self.min_amount
        ):
            errors["max_amount"] = _("The maximum amount must be at least the minimum amount.")
        share = self.max_cofinancing_share
        if share is not None and not 0 <= share <= 100:
            errors["max_cofinancing_share"] = _("The share must be between 0 and 100 %.")
        if self.currency not in Currency.values:
            errors["currency"] = _("Choose one of the known currencies.")
        if self.partner_countries and not self.partner_required:
            errors["partner_countries"] = _(
                "Partner countries only apply when a partner is required."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = self.new_code()
        super().save(*args, **kwargs)

    def new_code(self):
        """A code made from the name (English first), unique among the programmes."""
        name = next(
            (
                getattr(self, f"name_{code}")
                for code in fallback_chain("en")
                if getattr(self, f"name_{code}", None)
            ),
            "",
        )
        base = slugify(name)[:50] or "programme"
        others = Programme.objects.exclude(pk=self.pk) if self.pk else Programme.objects.all()
        candidate, counter = base, 2
        while others.filter(code=candidate).exists():
            candidate, counter = f"{base}-{counter}", counter + 1
        return candidate

    def get_absolute_url(self):
        return slug_url("projects:programme-detail", self.slug)

    def get_preview_url(self):
        return reverse("projects:programme-preview", kwargs={"pk": self.pk})

    def get_calendar_url(self):
        return reverse("projects:programme-calendar", kwargs={"slug": self.slug})

    @property
    def has_amounts(self):
        return self.min_amount is not None or self.max_amount is not None

    @property
    def eligible_country_names(self):
        return [Country(code).label for code in self.eligible_countries]

    @property
    def partner_country_names(self):
        return [Country(code).label for code in self.partner_countries]


class Call(models.Model):
    """One round of applications. Its state follows from the time (see `state`)."""

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="calls"
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    opens_at = models.DateTimeField(
        _("opens"), null=True, blank=True, help_text=_("Empty: open from publication.")
    )
    deadline = models.DateTimeField(
        _("deadline"),
        null=True,
        blank=True,
        help_text=_("Oslo time. The call closes at this minute."),
    )
    is_rolling = models.BooleanField(
        _("rolling"), default=False, help_text=_("Applications are taken all year, no deadline.")
    )
    budget = models.DecimalField(
        _("budget"),
        null=True,
        blank=True,
        help_text=_("In the programme's currency."),
        **MONEY,
    )
    decision_date = models.DateField(_("decision expected"), null=True, blank=True)
    search_nb, search_ru, search_en = search_vectors(A=["title_{lang}"], B=["summary_{lang}"])

    objects = CallQuerySet.as_manager()

    class Meta:
        ordering = [F("deadline").asc(nulls_last=True), "opens_at", "pk"]
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        indexes = [
            models.Index(fields=["deadline"], name="call_deadline_idx"),
            *search_indexes("call"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_rolling=True, deadline__isnull=True)
                | Q(is_rolling=False, deadline__isnull=False),
                name="call_deadline_or_rolling",
            ),
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True)
                | Q(deadline__isnull=True)
                | Q(deadline__gt=F("opens_at")),
                name="call_deadline_after_opening",
            ),
            models.CheckConstraint(
                condition=Q(budget__isnull=True) | Q(budget__gte=0),
                name="call_budget_not_negative",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # A call closes at its deadline to the minute: seconds would only surprise.
        for field in ("opens_at", "deadline"):
            value = getattr(self, field)
            if value is not None:
                setattr(self, field, value.replace(second=0, microsecond=0))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.programme.get_absolute_url()}#call-{self.pk}"

    def clean(self):
        super().clean()
        errors = {}
        if self.is_rolling and self.deadline is not None:
            errors["deadline"] = _("A rolling call has no deadline; clear one of the two.")
        if not self.is_rolling and self.deadline is None:
            errors["deadline"] = _("Give the deadline, or mark the call as rolling.")
        if self.opens_at and self.deadline and self.deadline <= self.opens_at:
            errors["deadline"] = _("The deadline must come after the opening time.")
        if self.budget is not None and self.budget < 0:
            errors["budget"] = _("An amount cannot be negative.")
        if errors:
            raise ValidationError(errors)

    def state_at(self, now):
        """The same rules as `CallQuerySet.with_state()`, for one call in Python."""
        if self.opens_at is not None and self.opens_at > now:
            return CallState.FORTHCOMING
        if self.is_rolling:
            return CallState.ROLLING
        if self.deadline <= now:
            return CallState.CLOSED
        return CallState.OPEN

    @property
    def state(self):
        return self.state_at(timezone.now())

    @property
    def is_open(self):
        return self.state in (CallState.OPEN, CallState.ROLLING)

    def days_left(self, today=None):
        """Whole calendar days (Oslo time) until the deadline: 0 on the deadline's day."""
        if self.deadline is None:
            return None
        today = today or timezone.localdate()
        return (timezone.localtime(self.deadline).date() - today).days


class ProjectStatus(models.TextChoices):
    ONGOING = "ongoing", pgettext_lazy("project status", "Ongoing")
    COMPLETED = "completed", pgettext_lazy("project status", "Completed")
    WITHDRAWN = "withdrawn", pgettext_lazy("project status", "Withdrawn")


class FundedProject(Publishable):
    """A grant given. Scholarship awardees are the funded projects of a scholarship.

    Public when it is published itself (an editor's new project starts as a draft) and its
    programme is public (`FundedProjectQuerySet.published()`).
    """

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="projects"
    )
    reference = models.CharField(
        _("reference number"),
        max_length=40,
        unique=True,
        help_text=_("The funder's case number; the key that imports update by."),
    )
    title = models.CharField(_("title"), max_length=250)
    slug = TranslatedSlugField(source="title")
    summary = models.TextField(_("summary"), blank=True)
    lead_organisation = models.CharField(_("lead partner"), max_length=250)
    lead_country = _country_field(_("lead partner's country"))
    lead_region = models.ForeignKey(
        Region,
        verbose_name=_("lead partner's region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    regions = models.ManyToManyField(
        Region, verbose_name=_("regions"), blank=True, related_name="projects"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="projects"
    )
    grant_amount = models.DecimalField(_("grant"), **MONEY)
    total_budget = models.DecimalField(_("total budget"), null=True, blank=True, **MONEY)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.EUR)
    year_granted = models.PositiveSmallIntegerField(
        _("year granted"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)],
        db_index=True,
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    # `status` is the publication status (Publishable); this is the project's own.
    project_status = models.CharField(
        _("project status"), max_length=10, choices=ProjectStatus, default=ProjectStatus.ONGOING
    )
    website = models.URLField(_("website"), blank=True)
    search_nb, search_ru, search_en = search_vectors(
        A=["title_{lang}"], B=["summary_{lang}"], C=["lead_organisation", "reference"]
    )
    search_head_nb, search_head_ru, search_head_en = head_vectors(
        A=["title_{lang}"], B=["summary_{lang}"]
    )

    objects = FundedProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-year_granted", "reference"]
        verbose_name = _("funded project")
        verbose_name_plural = _("funded projects")
        indexes = [
            *search_indexes("fundedproject"),
            *trigram_indexes("fundedproject", "title"),
            # The statistics and the database's counts and year list read only these
            # columns of every public project: an index-only scan, not the wide rows
            # (their search vectors make a full scan of every project slow).
            models.Index(
                fields=["programme", "year_granted"],
                include=["id", "currency", "grant_amount", "lead_country"],
                name="fundedproject_stats_idx",
            ),
            # The database's default order (newest first): its first page reads 24 rows
            # in order instead of sorting every project of the newest year.
            models.Index(fields=["-year_granted", "reference"], name="fundedproject_newest_idx"),
            # Which projects are public (`published()`): the database's paginator counts
            # them from this narrow index instead of scanning every wide row (11 → 3 ms
            # for 20 000 projects); a programme's page counts its own the same way.
            models.Index(
                fields=["programme", "published_at"],
                condition=Q(status=Status.PUBLISHED),
                name="fundedproject_public_idx",
            ),
        ]
        constraints = [
            _currency_check("fundedproject"),
            models.CheckConstraint(
                condition=Q(grant_amount__gte=0), name="fundedproject_grant_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(total_budget__isnull=True) | Q(total_budget__gte=F("grant_amount")),
                name="fundedproject_budget_at_least_grant",
            ),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="fundedproject_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(year_granted__gte=FIRST_YEAR, year_granted__lte=2100),
                name="fundedproject_year_range",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.grant_amount is not None and self.grant_amount < 0:
            errors["grant_amount"] = _("An amount cannot be negative.")
        if (
            self.total_budget is not None
            and self.grant_amount is not None
            and self.total_budget < self.grant_amount
        ):
            errors["total_budget"] = _("The total budget cannot be smaller than the grant.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The project cannot end before it starts.")
        if self.currency not in Currency.values:
            errors["currency"] = _("Choose one of the known currencies.")
        if self.lead_region_id and self.lead_region.country != self.lead_country:
            errors["lead_region"] = _("The region is not in the lead partner's country.")
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self):
        return slug_url("projects:project-detail", self.slug)

    def get_preview_url(self):
        return reverse("projects:project-preview", kwargs={"pk": self.pk})

    # Public when published itself and its programme is public.
    @property
    def publication_state(self):
        own = super().publication_state
        if own != PublicationState.PUBLISHED:
            return own
        return self.programme.publication_state

    @property
    def is_scholarship(self):
        return self.programme.instrument == Instrument.SCHOLARSHIP


class ProjectPartner(models.Model):
    project = models.ForeignKey(
        FundedProject, verbose_name=_("project"), on_delete=models.CASCADE, related_name="partners"
    )
    organisation = models.CharField(_("organisation"), max_length=250)
    country = _country_field(_("country"))
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.organisation

    def clean(self):
        super().clean()
        if self.region_id and self.region.country != self.country:
            raise ValidationError({"region": _("The region is not in the partner's country.")})
