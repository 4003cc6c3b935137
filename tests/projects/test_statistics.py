import pytest
from django.urls import reverse
from django.utils import translation

from projects import figures
from tests.projects.conftest import add_many

pytestmark = pytest.mark.django_db


def test_statistics_count_only_projects_of_published_programmes(landscape):
    overview = figures.overview()
    assert overview["totals"]["count"] == 2
    years = {bar.label: (bar.count, bar.total_eur) for bar in overview["by_year"].bars}
    # The draft programme's 2024 project is left out; 200 000 NOK is 17 200 EUR.
    assert years == {"2023": (1, 17200), "2024": (1, 10000)}
    themes = {bar.label: bar.count for bar in overview["by_theme"].bars}
    assert themes == {"Culture": 1}
    countries = [bar.label for bar in overview["by_country"].bars]
    assert countries == ["Norway"]


def test_the_longest_bar_belongs_to_the_largest_sum(landscape):
    bars = figures.overview()["by_year"].bars
    assert max(bars, key=lambda bar: bar.width).label == "2023"
    assert max(bar.width for bar in bars) == figures.BAR_AREA


def test_the_statistics_page_draws_svg_bars_with_data_tables_behind_a_disclosure(client, landscape):
    response = client.get(reverse("projects:statistics"))
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count('<ul class="chart__bars" aria-hidden="true">') == 3
    assert content.count('<svg class="chart__track"') == 4  # 2 years, 1 theme, 1 country
    assert content.count('<details class="chart__data">') == 3
    assert content.count("<table") == 3
    assert 'class="visually-hidden"' not in content.split('<section class="chart"')[1]
    assert "style=" not in content
    assert "17,200\xa0EUR" in content


def test_numbers_follow_the_visitors_language(client, landscape):
    with translation.override("nb"):
        content = client.get(reverse("projects:statistics")).content.decode()
    assert "17\xa0200\xa0EUR" in content


def test_statistics_run_a_fixed_number_of_queries(client, landscape, django_assert_num_queries):
    # totals, years, themes (+ their names), countries, navigation and footer
    with django_assert_num_queries(7):
        client.get(reverse("projects:statistics"))
    add_many()
    with django_assert_num_queries(7):
        client.get(reverse("projects:statistics"))
