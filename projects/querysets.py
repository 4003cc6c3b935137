"""Reads of the funding section, named once and used by every public surface.

A programme is public when it is published (`PublishableQuerySet.published()`); its calls
are public exactly when their programme is, its funded projects when they are published
themselves and their programme is public. `CallQuerySet.published()`
and `FundedProjectQuerySet.published()` go through `Programme.objects.published()`, so a
draft programme hides its calls and projects from the finder, lists, pages, calendars,
exports and statistics alike.
"""

from datetime import timedelta

from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.db.models import (
    Case,
    Count,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    Sum,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from barents_portal.languages import language_codes
from barents_portal.publishing import PublishableQuerySet
from barents_portal.slugs import TranslatedSlugQuerySet
from barents_portal.vocabulary import regions_in
from projects.money import in_eur


class CallState(models.TextChoices):
    """Computed from the time, never stored (see `Call.state` and `CallQuerySet.with_state`)."""

    FORTHCOMING = "forthcoming", pgettext_lazy("call state", "Forthcoming")
    OPEN = "open", pgettext_lazy("call state", "Open")
    ROLLING = "rolling", pgettext_lazy("call state", "Open all year")
    CLOSED = "closed", pgettext_lazy("call state", "Closed")


def reference_codes(model, name):
    """The codes of the reference rows (themes, regions, applicant types) that the
    many-to-many field `name` links to, in their order, as one array column: pages name
    them from the kept reference data (`projects.models.reference_data`), not a query."""
    field = model._meta.get_field(name)
    rows = field.related_model.objects.filter(**{field.related_query_name(): OuterRef("pk")})
    return ArraySubquery(rows.values("code"))


def _published_programmes(queryset):
    programme_model = queryset.model._meta.get_field("programme").related_model
    return programme_model.objects.published()


class ProgrammeQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    # --- What the finder asks -----------------------------------------------------------
    def eligible_in_country(self, country):
        """Open to applicants anywhere in `country` or in one of its regions."""
        through = self.model.eligible_regions.through
        return self.filter(
            Q(eligible_countries__contains=[country])
            | Q(
                pk__in=through.objects.filter(region__code__in=regions_in(country)).values(
                    "programme_id"
                )
            )
            | self._open_everywhere()
        )

    def eligible_in_region(self, region):
        """Open to applicants in `region`: its whole country is eligible, or the region is."""
        through = self.model.eligible_regions.through
        return self.filter(
            Q(eligible_countries__contains=[region.country])
            | Q(pk__in=through.objects.filter(region=region).values("programme_id"))
            | self._open_everywhere()
        )

    def _open_everywhere(self):
        """No country and no region named: anyone may apply."""
        through = self.model.eligible_regions.through
        return Q(eligible_countries__len=0) & ~Q(pk__in=through.objects.values("programme_id"))

    def for_applicant_type(self, applicant_type):
        """Programmes naming this applicant type, or naming none (open to all types)."""
        through = self.model.applicant_types.through
        return self.filter(
            Q(pk__in=through.objects.filter(applicanttype=applicant_type).values("programme_id"))
            | ~Q(pk__in=through.objects.values("programme_id"))
        )

    def for_theme(self, theme):
        return self.filter(themes=theme)  # one theme: a join, no duplicate rows

    def granting(self, amount_eur):
        """Programmes whose range (compared in euros) includes the amount."""
        return self.alias(min_eur=in_eur("min_amount"), max_eur=in_eur("max_amount")).filter(
            Q(min_eur__isnull=True) | Q(min_eur__lte=amount_eur),
            Q(max_eur__isnull=True) | Q(max_eur__gte=amount_eur),
        )

    def accepting_partner_from(self, country):
        """With a partner in `country`: programmes not requiring one, or accepting that one.

        A required partner must come from another country than the applicant's; an
        empty list of partner countries means any other country.
        """
        return self.filter(
            Q(partner_required=False)
            | Q(partner_countries__len=0)
            | Q(partner_countries__contains=[country])
        )

    def without_partner(self):
        return self.filter(partner_required=False)

    def open_now(self, now=None):
        calls = self.model.calls.rel.related_model.objects.open_now(now)
        return self.filter(Exists(calls.filter(programme=OuterRef("pk"))))

    def deadline_within(self, days, now=None):
        now = now or timezone.now()
        calls = self.model.calls.rel.related_model.objects.filter(
            deadline__gt=now, deadline__lte=now + timedelta(days=days)
        )
        return self.filter(Exists(calls.filter(programme=OuterRef("pk"))))

    # --- How lists show programmes ------------------------------------------------------
    def for_listing(self, now=None):
        """The columns a programme card shows (every language of its name, slug and
        summary), the codes of its themes and the times of its upcoming calls: not the long
        texts and search vectors of its page. In name order; the finder puts the nearest
        deadline first from the calls (`projects.finder.nearest_deadline_first`)."""
        call_model = self.model.calls.rel.related_model
        return (
            self.select_related("funder")
            .prefetch_related(
                Prefetch(
                    "calls",
                    queryset=call_model.objects.upcoming(now).only(
                        "programme", "opens_at", "deadline", "is_rolling"
                    ),
                    to_attr="upcoming_calls",
                ),
            )
            .only(
                "name",
                "slug",
                "summary",
                "funder__name",
                "instrument",
                "min_amount",
                "max_amount",
                "currency",
            )
            .annotate(theme_codes=reference_codes(self.model, "themes"))
            .order_by("name")
        )

    def for_page(self):
        """With the codes of its themes, eligible regions and applicant types, in their
        order (`theme_codes`, `region_codes`, `applicant_type_codes`): the page names them
        from the kept reference data (`projects.models.reference_data`)."""
        return self.select_related("funder", "contact_office").annotate(
            theme_codes=reference_codes(self.model, "themes"),
            region_codes=reference_codes(self.model, "eligible_regions"),
            applicant_type_codes=reference_codes(self.model, "applicant_types"),
        )


class CallQuerySet(models.QuerySet):
    def published(self):
        return self.filter(programme__in=_published_programmes(self))

    def with_state(self, now=None):
        """Annotate `state_code`, computed in SQL by the same rules as `Call.state`."""
        now = now or timezone.now()
        return self.annotate(
            state_code=Case(
                When(opens_at__gt=now, then=Value(CallState.FORTHCOMING)),
                When(is_rolling=True, then=Value(CallState.ROLLING)),
                When(deadline__lte=now, then=Value(CallState.CLOSED)),
                default=Value(CallState.OPEN),
            )
        )

    def open_now(self, now=None):
        """Taking applications now: opened (or no opening time) and not past the deadline."""
        now = now or timezone.now()
        return self.filter(
            Q(opens_at__isnull=True) | Q(opens_at__lte=now),
            Q(is_rolling=True) | Q(deadline__gt=now),
        )

    def forthcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_at__gt=now)

    def closed(self, now=None):
        now = now or timezone.now()
        return self.filter(is_rolling=False, deadline__lte=now)

    def upcoming(self, now=None):
        """Open or forthcoming, in the order an applicant meets them."""
        now = now or timezone.now()
        return self.filter(Q(is_rolling=True) | Q(deadline__gt=now)).order_by(
            models.F("deadline").asc(nulls_last=True), "opens_at", "pk"
        )

    def for_listing(self):
        return self.select_related("programme__funder")


class FundedProjectQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def published(self):
        """Published itself, and its programme public."""
        return super().published().filter(programme__in=_published_programmes(self))

    def published_of(self, programme):
        """Published itself, of `programme`: its page is public, or a staff preview."""
        return super().published().filter(programme=programme)

    def matching(self, criteria):
        """Narrow by the database's filters (`ProjectFilterForm.criteria()`)."""
        queryset = self
        if words := criteria.get("q"):
            query = Q()
            for code in language_codes():
                # unaccent on both sides: "Tromso" finds Tromsø, "туберкулез" туберкулёз.
                query |= Q(**{f"title_{code}__unaccent__icontains": words})
            queryset = queryset.filter(query | Q(reference__iexact=words))
        if programme := criteria.get("programme"):
            queryset = queryset.filter(programme=programme)
        if theme := criteria.get("theme"):
            queryset = queryset.filter(themes=theme)  # one theme: a join, no duplicate rows
        if country := criteria.get("country"):
            queryset = queryset.filter(lead_country=country)
        if region := criteria.get("region"):
            through = self.model.regions.through
            queryset = queryset.filter(
                Q(lead_region=region)
                | Q(pk__in=through.objects.filter(region=region).values("fundedproject_id"))
            )
        if year := criteria.get("year"):
            queryset = queryset.filter(year_granted=year)
        low, high = criteria.get("amount_min"), criteria.get("amount_max")
        if low is not None or high is not None:
            # The grant in euros (a CASE over the currencies) only where a limit asks for it.
            queryset = queryset.alias(grant_eur=in_eur("grant_amount"))
            if low is not None:
                queryset = queryset.filter(grant_eur__gte=low)
            if high is not None:
                queryset = queryset.filter(grant_eur__lte=high)
        return queryset

    def years(self):
        return list(
            self.order_by("-year_granted").values_list("year_granted", flat=True).distinct()
        )

    def for_listing(self):
        """The columns a project card shows (every language of its title and slug) and
        its theme codes: not the summary and search vectors of each row, nor its
        programme's wide row."""
        return (
            self.select_related("lead_region")
            .annotate(theme_codes=reference_codes(self.model, "themes"))
            .only(
                "title",
                "slug",
                "lead_organisation",
                "lead_country",
                "lead_region__code",
                "year_granted",
                "grant_amount",
                "currency",
            )
        )

    def for_page(self):
        return self.select_related("programme__funder", "lead_region").prefetch_related(
            "themes", "regions", Prefetch("partners", to_attr="partner_list")
        )

    def for_export(self):
        partner_model = self.model.partners.rel.related_model
        return (
            self.select_related("programme__funder", "lead_region")
            .prefetch_related(
                "themes",
                "regions",
                Prefetch(
                    "partners",
                    queryset=partner_model.objects.select_related("region"),
                    to_attr="partner_list",
                ),
            )
            .order_by("-year_granted", "reference")
        )

    # --- Statistics, aggregated in SQL --------------------------------------------------
    def by_year(self):
        return (
            self.order_by()
            .values("year_granted")
            .annotate(count=Count("pk"), total_eur=Sum(in_eur("grant_amount")))
            .order_by("year_granted")
        )

    def by_country(self):
        return (
            self.order_by()
            .values("lead_country")
            .annotate(count=Count("pk"), total_eur=Sum(in_eur("grant_amount")))
            .order_by("-total_eur", "lead_country")
        )

    def year_count(self, year):
        return self.filter(year_granted=year).aggregate(
            count=Count("pk"),
            total_eur=Sum(in_eur("grant_amount"), default=0),
        )
