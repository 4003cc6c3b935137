"""The search columns: filled by the database, one per language, stemmed by its language."""

import pytest
from django.contrib.postgres.search import SearchQuery

from news.models import Article, Document
from projects.models import Call, FundedProject, Programme
from secretariat.models import Office, Page, StaffMember
from tests.news.factories import ArticleFactory, DocumentFactory
from tests.projects.factories import CallFactory, FundedProjectFactory, ProgrammeFactory
from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db

CONFIGS = {"nb": "norwegian_folded", "ru": "russian_folded", "en": "english_folded"}


def found(model, code, words):
    query = SearchQuery(words, config=CONFIGS[code], search_type="websearch")
    return set(model.objects.filter(**{f"search_{code}": query}).values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("code", "text", "query"),
    [
        ("nb", "Prosjektene i Finnmark", "prosjekt"),
        ("ru", "Итоги проектов в Мурманске", "проект"),
        ("en", "Funding for culture", "fund"),
    ],
)
def test_each_language_is_stemmed_by_its_own_configuration(code, text, query):
    article = ArticleFactory(**{f"title_{code}": text})
    assert found(Article, code, query) == {article.pk}


def test_a_word_is_found_only_in_the_language_it_is_written_in():
    article = ArticleFactory(title_nb="Prosjektene i Finnmark", title_en="Projects in Finnmark")
    assert found(Article, "nb", "prosjekt") == {article.pk}
    assert found(Article, "en", "prosjekt") == set()


def test_the_database_keeps_the_columns_current_on_update_and_bulk_update():
    article = ArticleFactory(title_en="Reindeer herding")
    Article.objects.filter(pk=article.pk).update(title_en="Salmon fishing")
    assert found(Article, "en", "salmon") == {article.pk}
    assert found(Article, "en", "reindeer") == set()


def test_markup_of_rich_text_is_not_indexed_but_its_words_are():
    article = ArticleFactory(
        body_en='<p class="lead">Fishermen <a href="/x">meet</a> &amp; talk</p>'
    )
    assert found(Article, "en", "meeting talks") == {article.pk}
    assert found(Article, "en", "lead") == set()
    assert found(Article, "en", "href") == set()
    assert found(Article, "en", "amp") == set()


def test_every_searchable_model_has_a_vector_per_language():
    office = OfficeFactory(name_ru="Приграничное бюро", description_en="<p>Border crossing</p>")
    staff = StaffMemberFactory(name="Ingrid Solberg", job_title_nb="Rådgiver for kultur")
    page = PageFactory(body_nb="<p>Praksisplasser for studenter</p>")
    programme = ProgrammeFactory(eligibility_en="<p>Universities may apply</p>")
    call = CallFactory(programme=programme, summary_ru="Приём заявок на стипендии")
    project = FundedProjectFactory(lead_organisation="Pasvik Folk High School")
    document = DocumentFactory(title_nb="Konklusjoner fra møtet")
    assert found(Office, "ru", "бюро") == {office.pk}
    assert found(Office, "en", "border") == {office.pk}
    # A person's name is the same in every language.
    assert found(StaffMember, "ru", "Solberg") == found(StaffMember, "en", "Solberg") == {staff.pk}
    assert found(StaffMember, "nb", "kultur") == {staff.pk}
    assert found(Page, "nb", "praksisplass") == {page.pk}
    assert found(Programme, "en", "university") == {programme.pk}
    assert found(Call, "ru", "стипендия") == {call.pk}
    assert found(FundedProject, "en", "pasvik") == {project.pk}
    assert found(Document, "nb", "konklusjon") == {document.pk}
