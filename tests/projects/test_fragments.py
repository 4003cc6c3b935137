"""The funding figures and the filter forms' choices are kept as fragments (per language
and content generation, until the next scheduled change) and are never wrong: a change
shows at once, a scheduled programme appears at its time, a language never leaks."""

import datetime
import re
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from barents_portal.publishing import Status
from tests.projects.factories import (
    CallFactory,
    FundedProjectFactory,
    ProgrammeFactory,
    ThemeFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_cache")]


def page(client, name, lang="en", query=""):
    with override(lang):
        return client.get(reverse(name) + query).content.decode()


def lead(content):
    return re.search(r'<p class="lead">(.*?)</p>', content, re.S).group(1)


def options(content, field):
    select = re.search(rf'<select name="{field}".*?</select>', content, re.S).group(0)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select)


def test_a_new_project_shows_in_the_kept_statistics_and_home_counters_at_once(client, landscape):
    year = timezone.localdate().year
    assert "2 projects" in lead(page(client, "projects:statistics"))
    page(client, "home")  # keeps the figures for the front page too
    FundedProjectFactory(programme=landscape["youth"], year_granted=year, grant_amount=5000)
    assert "3 projects" in lead(page(client, "projects:statistics"))
    home = page(client, "home")
    assert re.search(rf"Projects funded in {year}</dt><dd>1</dd>", home)


def test_an_unpublished_programme_leaves_the_kept_statistics_at_once(client, landscape):
    assert "2 projects" in lead(page(client, "projects:statistics"))
    landscape["scholarship"].status = Status.DRAFT
    landscape["scholarship"].save()
    assert "1 project " in lead(page(client, "projects:statistics"))


def test_kept_statistics_are_never_served_in_another_language(client, landscape):
    assert "17,200\xa0EUR" in page(client, "projects:statistics", "en")
    norwegian = page(client, "projects:statistics", "nb")
    assert "17\xa0200\xa0EUR" in norwegian
    assert "17,200\xa0EUR" not in norwegian


def test_a_scheduled_programme_enters_the_kept_statistics_at_its_time(client, landscape):
    due = timezone.now() + datetime.timedelta(hours=1)
    later = ProgrammeFactory(name_en="Later fund", status=Status.PUBLISHED, published_at=due)
    FundedProjectFactory(programme=later, year_granted=2024)
    assert "2 projects" in lead(page(client, "projects:statistics"))
    with mock.patch("django.utils.timezone.now", return_value=due + datetime.timedelta(seconds=1)):
        assert "3 projects" in lead(page(client, "projects:statistics"))


def test_a_new_programme_and_year_show_in_the_kept_filter_choices_at_once(client, landscape):
    content = page(client, "projects:project-list")
    assert "Later fund" not in options(content, "programme")
    assert "2019" not in options(content, "year")
    later = ProgrammeFactory(name_en="Later fund")
    FundedProjectFactory(programme=later, year_granted=2019, title_en="Old reindeer project")
    content = page(client, "projects:project-list")
    assert "Later fund" in options(content, "programme")
    assert "2019" in options(content, "year")
    # The kept choice filters: the criterion is the programme's key.
    narrowed = page(client, "projects:project-list", query=f"?programme={later.pk}")
    assert "Old reindeer project" in narrowed
    assert "Choirs across the border" not in narrowed


def test_a_scheduled_programme_appears_in_the_kept_filter_choices_at_its_time(client, landscape):
    due = timezone.now() + datetime.timedelta(hours=1)
    ProgrammeFactory(name_en="Later fund", status=Status.PUBLISHED, published_at=due)
    assert "Later fund" not in options(page(client, "projects:project-list"), "programme")
    with mock.patch("django.utils.timezone.now", return_value=due + datetime.timedelta(seconds=1)):
        assert "Later fund" in options(page(client, "projects:project-list"), "programme")


def test_kept_filter_choices_follow_the_language_and_edits(client, landscape):
    assert "Культура" in options(page(client, "projects:project-list", "ru"), "theme")
    assert "Культура" not in options(page(client, "projects:project-list", "en"), "theme")
    assert "Культура" in options(page(client, "projects:index", "ru"), "theme")
    assert "Culture" in options(page(client, "projects:index", "en"), "theme")
    ThemeFactory(code="fish", name_en="Fisheries")
    assert "Fisheries" in options(page(client, "projects:index", "en"), "theme")
    assert "Fisheries" in options(page(client, "projects:project-list", "en"), "theme")


def test_the_finder_still_narrows_with_kept_choices(client, landscape):
    content = page(client, "projects:index", query="?place=RU-MUR&theme=culture")
    assert "Barents culture fund" in content
    assert "Arctic youth grants" not in content
    assert '<option value="RU-MUR" selected>' in content


def funding_block(client, lang="en"):
    content = page(client, "home", lang)
    return content[content.index('id="home-funding"') :]


def test_a_new_call_shows_in_the_kept_home_deadlines_and_counters_at_once(client, landscape):
    assert "Calls open now</dt><dd>2</dd>" in funding_block(client)
    CallFactory(programme=landscape["youth"], title_en="Extra call")
    block = funding_block(client)
    assert "Extra call" in block
    assert "Calls open now</dt><dd>3</dd>" in block


def test_a_passed_deadline_leaves_the_kept_home_block_at_its_time(client, landscape):
    deadline = timezone.now() + datetime.timedelta(hours=1)
    CallFactory(programme=landscape["youth"], title_en="Closing soon", deadline=deadline)
    assert "Closing soon" in funding_block(client)
    after = deadline + datetime.timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=after):
        assert "Closing soon" not in funding_block(client)


def test_the_kept_home_block_is_never_served_in_another_language(client, landscape):
    assert "Фонд культуры Баренцева региона" in funding_block(client, "ru")
    assert "Фонд культуры Баренцева региона" not in funding_block(client, "en")
    assert "Barents culture fund" in funding_block(client, "en")
