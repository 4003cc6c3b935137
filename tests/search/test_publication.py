"""Only what visitors may see is found: published() of every section, never a draft."""

from datetime import timedelta

import pytest
from django.utils import timezone

from barents_portal.publishing import Status
from tests.news.factories import ArticleFactory, DocumentFactory, EventFactory, SeriesFactory
from tests.projects.factories import CallFactory, FundedProjectFactory, ProgrammeFactory
from tests.search.conftest import titles
from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db

KEYWORD = "Svalbard"
DRAFT = {"status": Status.DRAFT, "published_at": None}
SCHEDULED = {"status": Status.PUBLISHED, "published_at": timezone.now() + timedelta(days=2)}
UNPUBLISHED = {"status": Status.UNPUBLISHED}


@pytest.mark.parametrize("state", [DRAFT, SCHEDULED, UNPUBLISHED], ids=lambda s: s["status"])
def test_drafts_scheduled_and_unpublished_items_are_never_found(search, state):
    ArticleFactory(title_en=f"{KEYWORD} article", **state)
    EventFactory(title_en=f"{KEYWORD} event", **state)
    SeriesFactory(title_en=f"{KEYWORD} series", **state)
    PageFactory(title_en=f"{KEYWORD} page", **state)
    OfficeFactory(name_en=f"{KEYWORD} office", **state)
    programme = ProgrammeFactory(name_en=f"{KEYWORD} programme", **state)
    CallFactory(programme=programme, title_en=f"{KEYWORD} call")
    FundedProjectFactory(programme=programme, title_en=f"{KEYWORD} project")
    ArticleFactory(title_en=f"{KEYWORD} published article")
    response = search(KEYWORD)
    assert titles(response) == [f"{KEYWORD} published article"]
    assert response.context["search"].overall == 1


def test_an_unpublished_programmes_calls_and_projects_are_never_found(search):
    draft = ProgrammeFactory(name_en="Hidden programme", **DRAFT)
    CallFactory(programme=draft, title_en=f"{KEYWORD} call")
    FundedProjectFactory(programme=draft, title_en=f"{KEYWORD} project")
    public = ProgrammeFactory(name_en="Open programme")
    CallFactory(programme=public, title_en=f"{KEYWORD} open call")
    assert titles(search(KEYWORD)) == [f"{KEYWORD} open call"]


def test_documents_of_an_event_that_is_not_public_are_never_found(search):
    DocumentFactory(event=EventFactory(**DRAFT), title_en=f"{KEYWORD} draft minutes")
    DocumentFactory(event=EventFactory(), title_en=f"{KEYWORD} minutes")
    assert titles(search(KEYWORD)) == [f"{KEYWORD} minutes"]


def test_staff_are_found_only_while_active_at_a_published_office(search):
    StaffMemberFactory(name=f"Ola {KEYWORD}", office=OfficeFactory(**DRAFT))
    StaffMemberFactory(name=f"Per {KEYWORD}", active=False)
    StaffMemberFactory(name=f"Kari {KEYWORD}")
    assert titles(search(KEYWORD)) == [f"Kari {KEYWORD}"]


def test_an_item_published_later_is_found_once_its_time_has_come(search):
    article = ArticleFactory(title_en=f"{KEYWORD} later", **SCHEDULED)
    assert titles(search(KEYWORD)) == []
    article.published_at = timezone.now() - timedelta(minutes=1)
    article.save()
    assert titles(search(KEYWORD)) == [f"{KEYWORD} later"]


def test_drafts_do_not_count_in_the_other_language_hint_or_suggestions(search):
    ArticleFactory(title_en="", title_ru="", title_nb=f"{KEYWORD} utkast", **DRAFT)
    OfficeFactory(name_en="Kirkenes draft office", city_en="Kirkenes", **DRAFT)
    response = search(KEYWORD)
    assert response.context["other_languages"] == []
    assert search("Kirknes").context["search"].suggestion is None
