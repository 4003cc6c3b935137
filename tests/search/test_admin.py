"""Staff search in the admin looks in every language's column, whatever the admin's language."""

import pytest

from barents_portal.admin import every_language
from news.models import Document
from tests.news.factories import ArticleFactory, DocumentFactory
from tests.projects.factories import FundedProjectFactory, ProgrammeFactory
from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = pytest.mark.django_db


def found(admin_client, url, query):
    return admin_client.get(url, {"q": query}).context["cl"].result_count


@pytest.mark.parametrize("query", ["Barentssamarbeidet", "Баренцево", "cooperation"])
def test_the_article_admin_finds_a_title_in_any_language(admin_client, query):
    ArticleFactory(title_nb="Barentssamarbeidet", title_ru="Баренцево сотрудничество", title_en="")
    ArticleFactory(title_en="Barents cooperation", title_nb="", title_ru="")
    assert found(admin_client, "/admin/news/article/", query) == 1


def test_other_admins_search_every_language_too(admin_client):
    PageFactory(title_nb="Praksisplass hos oss", title_en="", title_ru="")
    OfficeFactory(name_ru="Архангельский офис", city_ru="Архангельск")
    ProgrammeFactory(name_nb="Kulturfondet", name_en="Culture fund")
    FundedProjectFactory(title_ru="Хоры без границ")
    assert found(admin_client, "/admin/secretariat/page/", "praksisplass") == 1
    assert found(admin_client, "/admin/secretariat/office/", "Архангельск") == 1
    assert found(admin_client, "/admin/projects/programme/", "kulturfondet") == 1
    assert found(admin_client, "/admin/projects/fundedproject/", "хоры") == 1


def test_related_and_prefixed_search_fields_expand_to_each_language():
    assert every_language(Document, ("title", "=event__title", "file")) == [
        "title_nb",
        "title_ru",
        "title_en",
        "=event__title_nb",
        "=event__title_ru",
        "=event__title_en",
        "file",
    ]


def test_the_document_admin_finds_a_document_by_its_events_russian_title(admin_client):
    DocumentFactory(event__title_ru="Совет Баренцева региона", title_en="Agenda")
    assert found(admin_client, "/admin/news/document/", "Совет") == 1
