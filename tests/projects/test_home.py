import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.projects.conftest import add_many
from tests.projects.factories import FundedProjectFactory

pytestmark = pytest.mark.django_db


def test_the_front_page_shows_the_next_deadlines_and_this_years_counters(client, landscape):
    FundedProjectFactory(
        programme=landscape["youth"], year_granted=timezone.localdate().year, grant_amount=5000
    )
    content = client.get("/en/").content.decode()
    assert "Barents culture fund: Autumn call" in content
    assert "Draft call" not in content
    assert "Calls open now</dt><dd>2</dd>" in content
    assert "Programmes listed</dt><dd>3</dd>" in content
    assert "about 5,000\xa0EUR" in content
    assert content.count("<h1") == 1


def test_the_front_page_funding_block_runs_a_fixed_number_of_queries(
    client, landscape, django_assert_num_queries
):
    with CaptureQueriesContext(connection) as few:
        client.get("/en/")
    add_many()
    FundedProjectFactory.create_batch(5, year_granted=timezone.localdate().year)
    with django_assert_num_queries(len(few)):
        response = client.get("/en/")
    assert len(response.context["next_deadlines"]) == 5
