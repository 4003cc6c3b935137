"""Factories for the funding section (kept beside its tests while sections grow in parallel)."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from barents_portal.vocabulary import Country
from barents_portal.vocabulary import Region as RegionCode
from projects.models import (
    ApplicantType,
    Call,
    Currency,
    FundedProject,
    Funder,
    Programme,
    ProjectPartner,
    Region,
    Theme,
)
from tests.factories import PublishableFactory


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Iterator(RegionCode.values)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"theme-{n}")
    name_en = factory.Sequence(lambda n: f"Theme {n}")


class ApplicantTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApplicantType
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"type-{n}")
    name_en = factory.Sequence(lambda n: f"Applicant type {n}")


class FunderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Funder

    name_en = factory.Sequence(lambda n: f"Funder {n}")
    country = Country.NORWAY


class ProgrammeFactory(PublishableFactory):
    class Meta:
        model = Programme
        skip_postgeneration_save = True

    funder = factory.SubFactory(FunderFactory)
    name_en = factory.Sequence(lambda n: f"Programme {n}")
    summary_en = "Money for cooperation across borders."
    currency = Currency.EUR
    min_amount = Decimal("1000")
    max_amount = Decimal("50000")

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def eligible_regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.eligible_regions.set(extracted)

    @factory.post_generation
    def applicant_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.applicant_types.set(extracted)


class CallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Call

    programme = factory.SubFactory(ProgrammeFactory)
    title_en = factory.Sequence(lambda n: f"Call {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=10))
    deadline = factory.LazyFunction(lambda: timezone.now() + timedelta(days=20))


class FundedProjectFactory(PublishableFactory):
    class Meta:
        model = FundedProject
        skip_postgeneration_save = True

    programme = factory.SubFactory(ProgrammeFactory)
    reference = factory.Sequence(lambda n: f"REF-{n:05d}")
    title_en = factory.Sequence(lambda n: f"Funded project {n}")
    summary_en = "Two towns on both sides of the border work together."
    lead_organisation = "Kirkenes Culture House"
    lead_country = Country.NORWAY
    grant_amount = Decimal("10000")
    currency = Currency.EUR
    year_granted = 2024

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectPartner

    project = factory.SubFactory(FundedProjectFactory)
    organisation = factory.Sequence(lambda n: f"Partner organisation {n}")
    country = Country.FINLAND
