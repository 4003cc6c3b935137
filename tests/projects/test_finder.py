from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.projects.conftest import add_many
from tests.projects.factories import CallFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def finder(client, **params):
    return client.get(reverse("projects:index"), params)


def names(response):
    return [programme.name for programme in response.context["programmes"]]


def test_the_finder_lists_published_programmes_nearest_deadline_first(client, landscape):
    response = finder(client)
    assert response.status_code == 200
    assert names(response) == ["Barents culture fund", "Arctic youth grants", "Barents scholarship"]
    assert "Secret draft programme" not in response.content.decode()
    assert "3 programmes" in response.content.decode()


def test_open_rolling_calls_follow_deadlines_and_equals_keep_their_names_order(client):
    now = timezone.now()
    for name in ("Zeta fund", "Alpha fund"):
        CallFactory(programme=ProgrammeFactory(name_en=name), deadline=now + timedelta(days=5))
    CallFactory(programme=ProgrammeFactory(name_en="Early fund"), deadline=now + timedelta(days=2))
    CallFactory(programme=ProgrammeFactory(name_en="Rolling fund"), deadline=None, is_rolling=True)
    CallFactory(
        programme=ProgrammeFactory(name_en="Announced rolling fund"),
        opens_at=now + timedelta(days=3),
        deadline=None,
        is_rolling=True,
    )
    CallFactory(
        programme=ProgrammeFactory(name_en="Closed fund"),
        opens_at=now - timedelta(days=30),
        deadline=now - timedelta(days=1),
    )
    ProgrammeFactory(name_en="Beta fund")
    assert names(finder(client)) == [
        "Early fund",
        "Alpha fund",
        "Zeta fund",
        "Rolling fund",
        "Announced rolling fund",
        "Beta fund",
        "Closed fund",
    ]


def test_an_applicant_from_murmansk_region_finds_programmes_open_to_the_region(client, landscape):
    response = finder(client, place="RU-MUR")
    # The culture fund names the region; the scholarship is open to anyone.
    assert names(response) == ["Barents culture fund", "Barents scholarship"]
    assert "2 programmes match" in response.content.decode()


def test_a_whole_country_matches_programmes_naming_one_of_its_regions(client, landscape):
    assert names(finder(client, place="RU")) == ["Barents culture fund", "Barents scholarship"]
    assert names(finder(client, place="SE")) == ["Arctic youth grants", "Barents scholarship"]


def test_applicant_type_theme_and_partner_narrow_the_list(client, landscape, ngo):
    assert names(finder(client, theme="youth")) == ["Arctic youth grants"]
    assert names(finder(client, applicant="ngo", theme="culture")) == [
        "Barents culture fund",
        "Barents scholarship",
    ]
    assert "Barents culture fund" not in names(finder(client, partner="none"))
    assert "Barents culture fund" not in names(finder(client, partner="FI"))
    assert "Barents culture fund" in names(finder(client, partner="RU"))


def test_the_amount_is_compared_in_euros_across_currencies(client, landscape):
    # 500 000 NOK is about 43 000 EUR: 20 000 EUR fits, 100 000 EUR does not.
    assert "Barents culture fund" in names(finder(client, amount="20000"))
    assert "Barents culture fund" not in names(finder(client, amount="100000"))
    assert "Barents culture fund" in names(finder(client, amount="300 000", currency="NOK"))
    assert names(finder(client, amount="10000")) == [
        "Barents culture fund",
        "Arctic youth grants",
        "Barents scholarship",
    ]


def test_open_now_and_deadline_windows(client, landscape):
    assert names(finder(client, when="open")) == ["Barents culture fund", "Arctic youth grants"]
    assert names(finder(client, when="30")) == ["Barents culture fund"]
    assert names(finder(client, when="60")) == ["Barents culture fund", "Arctic youth grants"]
    assert len(names(finder(client, when="90"))) == 3


def test_nothing_matching_says_so_and_offers_the_nearest_relaxations(client, landscape):
    response = finder(client, place="RU-MUR", theme="youth")
    content = response.content.decode()
    assert response.context["programmes"] == []
    assert "No programme matches all your answers." in content
    relaxations = response.context["relaxations"]
    assert [(r.label, r.count) for r in relaxations] == [
        ("Without the theme", 2),
        ("Without the place", 1),
    ]
    assert relaxations[0].url == "?place=RU-MUR"


@pytest.mark.parametrize(
    "params",
    [
        {"place": "XX-NOWHERE"},
        {"theme": "no-such-theme"},
        {"applicant": "robot"},
        {"amount": "abc"},
        {"amount": "-5"},
        {"amount": "NaN"},
        {"amount": "1e400"},
        {"currency": "BTC", "amount": "10"},
        {"when": "7"},
        {"partner": "DE"},
        {"amount": "\x00"},
    ],
)
def test_bad_input_gives_a_form_error_never_a_500(client, landscape, params):
    response = finder(client, **params)
    assert response.status_code == 200
    assert response.context["form"].errors


def test_a_repeated_parameter_uses_its_last_value(client, landscape):
    response = finder(client, place=["SE", "RU-MUR"])
    assert response.status_code == 200
    assert names(response) == ["Barents culture fund", "Barents scholarship"]


def test_valid_answers_still_apply_beside_a_bad_one(client, landscape):
    response = finder(client, theme="youth", amount="abc")
    assert names(response) == ["Arctic youth grants"]
    assert "amount" in response.context["form"].errors


def test_the_finder_runs_a_fixed_number_of_queries(client, landscape, django_assert_num_queries):
    params = {"place": "RU-MUR", "when": "90"}
    # reference data (3, kept as a fragment), programmes with their theme codes + calls
    # (2), navigation and footer (2)
    with django_assert_num_queries(7):
        finder(client, **params)
    add_many()
    with django_assert_num_queries(7):
        response = finder(client, **params)
    assert len(response.context["programmes"]) == 2


def test_the_finder_page_works_in_every_language(client, landscape):
    for code in ("nb", "ru", "en"):
        response = client.get(f"/{code}/funding/", {"place": "RU-MUR"})
        content = response.content.decode()
        assert f'<html lang="{code}">' in content
        assert content.count("<h1") == 1
