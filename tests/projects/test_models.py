from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from barents_portal.publishing import Status
from projects.models import Call, CallState, FundedProject, Programme
from tests.projects.factories import (
    CallFactory,
    FundedProjectFactory,
    ProgrammeFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db
OSLO = ZoneInfo("Europe/Oslo")


def oslo(*args):
    return datetime(*args, tzinfo=OSLO)


def errors_of(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


# --- Validation with clear messages --------------------------------------------------------
def test_a_maximum_below_the_minimum_is_refused_with_a_clear_message():
    programme = ProgrammeFactory.build(min_amount=Decimal("5000"), max_amount=Decimal("100"))
    programme.funder.save()
    programme.funder_id = programme.funder.pk
    assert errors_of(programme)["max_amount"] == [
        "The maximum amount must be at least the minimum amount."
    ]


def test_negative_amounts_and_a_share_above_100_percent_are_refused():
    programme = ProgrammeFactory.build(
        min_amount=Decimal("-1"), max_amount=None, max_cofinancing_share=Decimal("120")
    )
    programme.funder.save()
    programme.funder_id = programme.funder.pk
    errors = errors_of(programme)
    assert errors["min_amount"] == ["An amount cannot be negative."]
    assert errors["max_cofinancing_share"] == ["The share must be between 0 and 100 %."]


def test_an_unknown_currency_is_refused():
    programme = ProgrammeFactory.build(currency="XYZ")
    programme.funder.save()
    programme.funder_id = programme.funder.pk
    assert "currency" in errors_of(programme)


def test_the_database_refuses_a_maximum_below_the_minimum_too():
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgrammeFactory(min_amount=Decimal("5000"), max_amount=Decimal("100"))


def test_a_deadline_before_the_opening_is_refused():
    programme = ProgrammeFactory()
    now = timezone.now()
    call = Call(programme=programme, title_en="Spring", opens_at=now, deadline=now)
    assert errors_of(call)["deadline"] == ["The deadline must come after the opening time."]


def test_a_call_has_a_deadline_or_is_rolling_but_not_both():
    programme = ProgrammeFactory()
    neither = Call(programme=programme, title_en="No deadline")
    assert errors_of(neither)["deadline"] == ["Give the deadline, or mark the call as rolling."]
    both = Call(programme=programme, title_en="Both", is_rolling=True, deadline=timezone.now())
    assert "deadline" in errors_of(both)


def test_a_total_budget_below_the_grant_is_refused():
    project = FundedProjectFactory.build(
        programme=ProgrammeFactory(), grant_amount=Decimal("100"), total_budget=Decimal("50")
    )
    assert errors_of(project)["total_budget"] == [
        "The total budget cannot be smaller than the grant."
    ]


def test_a_lead_region_must_lie_in_the_lead_country():
    murmansk = RegionFactory(code="RU-MUR")
    project = FundedProjectFactory.build(
        programme=ProgrammeFactory(), lead_country="NO", lead_region=murmansk
    )
    assert "lead_region" in errors_of(project)


# --- Call state, computed from the time ----------------------------------------------------
def test_a_call_closes_at_its_deadline_in_oslo_time_to_the_minute():
    call = CallFactory(opens_at=oslo(2026, 1, 10, 9, 0), deadline=oslo(2026, 3, 1, 23, 59))
    assert call.state_at(oslo(2026, 3, 1, 23, 58, 59)) == CallState.OPEN
    assert call.state_at(oslo(2026, 3, 1, 23, 59)) == CallState.CLOSED
    # 23:59 in Oslo (winter, UTC+1) is 22:59 UTC.
    assert call.deadline == datetime(2026, 3, 1, 22, 59, tzinfo=ZoneInfo("UTC"))


def test_the_database_computes_the_same_state_at_the_deadline_minute():
    call = CallFactory(opens_at=oslo(2026, 5, 1, 9, 0), deadline=oslo(2026, 6, 15, 12, 0))

    def state(now):
        return Call.objects.with_state(now).get(pk=call.pk).state_code

    assert state(oslo(2026, 6, 15, 11, 59, 59)) == CallState.OPEN
    assert state(oslo(2026, 6, 15, 12, 0)) == CallState.CLOSED
    assert state(oslo(2026, 5, 1, 8, 59)) == CallState.FORTHCOMING
    assert Call.objects.open_now(oslo(2026, 6, 15, 11, 59)).filter(pk=call.pk).exists()
    assert not Call.objects.open_now(oslo(2026, 6, 15, 12, 0)).filter(pk=call.pk).exists()
    assert Call.objects.closed(oslo(2026, 6, 15, 12, 0)).filter(pk=call.pk).exists()


def test_seconds_are_dropped_from_a_deadline():
    call = CallFactory(deadline=oslo(2026, 6, 15, 12, 0, 42), opens_at=None)
    call.refresh_from_db()
    assert call.deadline == oslo(2026, 6, 15, 12, 0)


def test_a_rolling_call_is_open_all_year_once_opened():
    now = timezone.now()
    call = CallFactory(deadline=None, is_rolling=True, opens_at=now - timedelta(days=1))
    assert call.state == CallState.ROLLING
    assert Call.objects.with_state(now).get(pk=call.pk).state_code == CallState.ROLLING
    assert call.is_open


def test_days_left_counts_calendar_days_in_oslo():
    call = CallFactory(opens_at=None, deadline=oslo(2026, 3, 13, 0, 30))
    assert call.days_left(today=datetime(2026, 3, 1).date()) == 12
    assert call.days_left(today=datetime(2026, 3, 13).date()) == 0


# --- published() goes through the programme ------------------------------------------------
def test_a_draft_programme_hides_its_calls_and_projects():
    draft = ProgrammeFactory(status=Status.DRAFT)
    CallFactory(programme=draft)
    FundedProjectFactory(programme=draft)
    public = ProgrammeFactory()
    CallFactory(programme=public)
    FundedProjectFactory(programme=public)
    assert list(Programme.objects.published()) == [public]
    assert {c.programme for c in Call.objects.published()} == {public}
    assert {p.programme for p in FundedProject.objects.published()} == {public}


def test_a_scheduled_programme_hides_its_calls_until_its_time():
    scheduled = ProgrammeFactory(published_at=timezone.now() + timedelta(hours=1))
    CallFactory(programme=scheduled)
    assert not Call.objects.published().exists()


def test_slugs_are_transliterated_per_language():
    programme = ProgrammeFactory(
        name_en="Barents culture", name_ru="Баренц-культура", name_nb="Barentskultur ærlig"
    )
    assert programme.slug_en == "barents-culture"
    assert programme.slug_ru == "barents-kultura"
    assert programme.slug_nb == "barentskultur-aerlig"
