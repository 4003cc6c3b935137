import io

import pytest
import time_machine
from django.core.management import call_command

from projects.models import Call, FundedProject, Programme

pytestmark = pytest.mark.django_db


def test_the_demo_loads_the_funding_landscape_in_three_languages(demo_content):
    assert "Funded projects:" in demo_content.output
    assert Programme.objects.published().count() >= 8
    projects = FundedProject.objects.published()
    assert projects.count() >= 300
    assert projects.values("year_granted").distinct().count() >= 8
    for code in ("nb", "ru", "en"):
        assert not projects.filter(**{f"title_{code}": ""}).exists()
        assert not projects.filter(**{f"slug_{code}__isnull": True}).exists()
    scholarship = Programme.objects.get(slug_en="barents-scholarship-for-cultural-cooperation")
    assert scholarship.min_amount == scholarship.max_amount == 10000
    assert scholarship.projects.filter(lead_organisation="Samovarteateret").exists()


def test_the_demo_always_has_open_forthcoming_and_closed_calls(demo_content):
    calls = Call.objects.published()
    assert calls.open_now().filter(is_rolling=False).exists()
    assert calls.forthcoming().exists()
    assert calls.closed().exists()


def test_loading_the_demo_twice_changes_nothing(demo_content):
    before = (
        Programme.objects.count(),
        Call.objects.count(),
        sorted(FundedProject.objects.values_list("reference", "slug_ru", "grant_amount")),
    )
    # On the day of the first load: the demo places calls and projects relative to today.
    with time_machine.travel(demo_content.loaded_at):
        call_command("load_demo", "--no-staff", stdout=io.StringIO())
    after = (
        Programme.objects.count(),
        Call.objects.count(),
        sorted(FundedProject.objects.values_list("reference", "slug_ru", "grant_amount")),
    )
    assert before == after
