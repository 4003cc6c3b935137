from datetime import timedelta

import pytest
from django.utils import timezone

from barents_portal.publishing import Status
from tests.projects.factories import (
    ApplicantTypeFactory,
    CallFactory,
    FundedProjectFactory,
    PartnerFactory,
    ProgrammeFactory,
    RegionFactory,
    ThemeFactory,
)


@pytest.fixture
def regions(db):
    return {
        "murmansk": RegionFactory(code="RU-MUR"),
        "finnmark": RegionFactory(code="NO-56"),
        "lapland": RegionFactory(code="FI-10"),
    }


@pytest.fixture
def themes(db):
    return {
        "culture": ThemeFactory(code="culture", name_en="Culture", name_ru="Культура"),
        "youth": ThemeFactory(code="youth", name_en="Youth"),
    }


@pytest.fixture
def ngo(db):
    return ApplicantTypeFactory(code="ngo", name_en="NGO")


@pytest.fixture
def landscape(regions, themes, ngo, frozen_clock):
    """Three public programmes (one per kind of eligibility) and a draft one.

    The clock runs from noon (`frozen_clock`): the pages count the days to these deadlines.
    """
    now = timezone.now()
    culture = ProgrammeFactory(
        name_en="Barents culture fund",
        name_ru="Фонд культуры Баренцева региона",
        name_nb="Barents kulturfond",
        eligible_countries=["NO"],
        eligible_regions=[regions["murmansk"]],
        themes=[themes["culture"]],
        applicant_types=[ngo],
        partner_required=True,
        partner_countries=["NO", "RU"],
        currency="NOK",
        min_amount=50_000,
        max_amount=500_000,
    )
    CallFactory(
        programme=culture,
        title_en="Autumn call",
        opens_at=now - timedelta(days=5),
        deadline=now + timedelta(days=12, hours=1),
    )
    CallFactory(
        programme=culture,
        title_en="Spring call",
        opens_at=now - timedelta(days=200),
        deadline=now - timedelta(days=100),
    )
    youth = ProgrammeFactory(
        name_en="Arctic youth grants",
        eligible_countries=["FI", "SE"],
        themes=[themes["youth"]],
        min_amount=1000,
        max_amount=10_000,
    )
    CallFactory(
        programme=youth, title_en="Youth call", opens_at=None, deadline=now + timedelta(days=45)
    )
    scholarship = ProgrammeFactory(
        name_en="Barents scholarship",
        instrument="scholarship",
        themes=[themes["culture"]],
        min_amount=10_000,
        max_amount=10_000,
    )
    CallFactory(
        programme=scholarship,
        title_en="Nominations",
        opens_at=now + timedelta(days=30),
        deadline=now + timedelta(days=90),
    )
    draft = ProgrammeFactory(
        name_en="Secret draft programme",
        status=Status.DRAFT,
        eligible_regions=[regions["murmansk"]],
        themes=[themes["culture"]],
    )
    CallFactory(programme=draft, title_en="Draft call", deadline=now + timedelta(days=3))
    project = FundedProjectFactory(
        programme=culture,
        title_en="Choirs across the border",
        title_ru="Хоры без границ",
        lead_region=None,
        themes=[themes["culture"]],
        regions=[regions["finnmark"], regions["murmansk"]],
        grant_amount=200_000,
        currency="NOK",
        year_granted=2023,
    )
    PartnerFactory(project=project, organisation="Murmansk Philharmonic", country="RU")
    FundedProjectFactory(
        programme=scholarship, title_en="Photographs of the North", year_granted=2024
    )
    FundedProjectFactory(programme=draft, title_en="Secret draft project", year_granted=2024)
    return {"culture": culture, "youth": youth, "scholarship": scholarship, "draft": draft}


def add_many(count=15):
    """More programmes, calls, projects and partners, to show query counts do not grow."""
    themes = [ThemeFactory(), ThemeFactory()]
    region = RegionFactory()
    now = timezone.now()
    for index in range(count):
        programme = ProgrammeFactory(themes=themes, eligible_regions=[region])
        CallFactory(programme=programme, deadline=now + timedelta(days=index + 1))
        CallFactory(programme=programme, opens_at=None, deadline=now - timedelta(days=index + 1))
        for _ in range(3):
            project = FundedProjectFactory(programme=programme, themes=themes, regions=[region])
            PartnerFactory(project=project)
