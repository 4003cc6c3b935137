"""The news and events year lists are kept as fragments (per language and content
generation, until the next scheduled change) and are never wrong."""

import datetime
import re
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.news.factories import ArticleFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_cache")]


def years_offered(client, lang="en"):
    with override(lang):
        content = client.get(reverse("news:index")).content.decode()
    select = re.search(r'<select name="year".*?</select>', content, re.S).group(0)
    return re.findall(r'<option value="(\d+)"', select)


def past_years(client):
    with override("en"):
        content = client.get(reverse("news:event-list")).content.decode()
        archive = reverse("news:event-year", kwargs={"year": 2000}).replace("2000", r"(\d{4})")
    return re.findall(rf'href="{archive}"', content)


def test_an_article_of_a_new_year_shows_in_the_kept_year_list_at_once(client):
    ArticleFactory(title_en="Recent")
    assert "2019" not in years_offered(client)
    article = ArticleFactory(
        title_en="Old", published_at=datetime.datetime(2019, 5, 1, tzinfo=datetime.UTC)
    )
    assert "2019" in years_offered(client)
    assert "2019" in years_offered(client, "nb")
    article.delete()
    assert "2019" not in years_offered(client)


def test_a_scheduled_article_adds_its_year_at_its_time(client, frozen_clock):
    ArticleFactory(title_en="Old", published_at=datetime.datetime(2019, 5, 1, tzinfo=datetime.UTC))
    now = timezone.now()
    due = now + datetime.timedelta(hours=1)
    ArticleFactory(title_en="Scheduled", published_at=due)
    year = str(timezone.localtime(due).year)
    assert years_offered(client) == ["2019"]
    with mock.patch("django.utils.timezone.now", return_value=due + datetime.timedelta(seconds=1)):
        assert years_offered(client) == [year, "2019"]


def test_an_ending_event_adds_its_year_to_the_kept_past_years_at_its_end(client):
    start = timezone.now() - datetime.timedelta(hours=1)
    event = EventFactory(title_en="Under way", start=start, end=start + datetime.timedelta(hours=2))
    year = str(timezone.localtime(start).year)
    assert year not in past_years(client)
    after = event.ends_at + datetime.timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=after):
        assert year in past_years(client)
