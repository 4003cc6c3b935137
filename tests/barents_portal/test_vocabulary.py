"""One vocabulary: the countries, the regions and the languages every section uses."""

import importlib
import pkgutil

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation

import news.migrations
from barents_portal.languages import fallback_chain, language_codes
from barents_portal.vocabulary import Country, Region, countries_of, regions_in
from news.models import Article
from projects.models import Programme
from projects.models import Region as FundingRegion
from tests.news.factories import ArticleFactory
from tests.projects.factories import ProgrammeFactory, RegionFactory


def news_region_migration():
    """The news migration that moved the stored tags to the shared codes, found by its name."""
    (name,) = [
        module.name
        for module in pkgutil.iter_modules(news.migrations.__path__)
        if module.name.endswith("_regions_by_iso_code")
    ]
    return importlib.import_module(f"news.migrations.{name}")


def test_every_region_lies_in_the_country_its_code_begins_with():
    assert {region.country for region in Region} == set(Country)
    for region in Region:
        assert region.value.startswith(f"{region.country.value}-")
    assert regions_in(Country.SWEDEN) == [Region.VASTERBOTTEN, Region.NORRBOTTEN]
    assert countries_of(["RU-MUR", "FI-10", "NO-56"]) == ["NO", "FI", "RU"]


def test_news_tags_and_funding_regions_take_their_codes_from_the_one_list():
    article_codes = Article._meta.get_field("regions").base_field.choices
    funding_codes = FundingRegion._meta.get_field("code").choices
    assert article_codes == funding_codes == Region.choices


@pytest.mark.django_db
def test_one_code_finds_the_news_and_the_funding_of_a_region():
    murmansk = RegionFactory(code=Region.MURMANSK)
    ProgrammeFactory(name_en="Kola culture fund", eligible_regions=[murmansk])
    ProgrammeFactory(name_en="Lapland only", eligible_regions=[RegionFactory(code="FI-10")])
    ArticleFactory(title_en="Choirs in Murmansk", regions=[Region.MURMANSK])
    ArticleFactory(title_en="Reindeer in Lapland", regions=[Region.LAPLAND])

    programmes = Programme.objects.eligible_in_region(murmansk)
    articles = Article.objects.filter(regions__contains=[murmansk.code])
    assert [programme.name_en for programme in programmes] == ["Kola culture fund"]
    assert [article.title_en for article in articles] == ["Choirs in Murmansk"]
    assert murmansk.country == Country.RUSSIA
    assert Article.objects.get(title_en="Choirs in Murmansk").countries == ["RU"]


@pytest.mark.parametrize(
    ("language", "lapland", "murmansk", "north_ostrobothnia"),
    [
        ("nb", "Lappland", "Murmansk oblast", "Nord-Österbotten"),
        ("ru", "Лапландия", "Мурманская область", "Северная Остроботния"),
        ("en", "Lapland", "Murmansk Region", "North Ostrobothnia"),
    ],
)
def test_region_names_are_translated(language, lapland, murmansk, north_ostrobothnia):
    with translation.override(language):
        assert str(Region.LAPLAND.label) == lapland
        assert str(FundingRegion(code="RU-MUR")) == murmansk
        assert FundingRegion(code="FI-14").name == north_ostrobothnia


@pytest.mark.django_db
def test_the_finder_offers_the_regions_by_their_translated_names(client):
    RegionFactory(code=Region.MURMANSK)
    with translation.override("ru"):
        page = client.get(reverse("projects:index")).content.decode()
    assert '<option value="RU-MUR">Мурманская область</option>' in page


@pytest.mark.django_db
def test_the_migration_moves_stored_news_tags_to_the_shared_codes_and_back():
    migration = news_region_migration()
    article = ArticleFactory(regions=[])
    old = ["lapland", "north-karelia", "oulu", "murmansk"]
    Article.objects.filter(pk=article.pk).update(regions=old)
    article.history.update(regions=old)

    migration.to_iso_codes(apps, schema_editor=None)
    article.refresh_from_db()
    assert article.regions == ["FI-10", "FI-13", "FI-14", "RU-MUR"]
    assert {tuple(row.regions) for row in article.history.all()} == {tuple(article.regions)}

    migration.to_old_codes(apps, schema_editor=None)
    article.refresh_from_db()
    assert article.regions == old


def test_the_migration_knows_every_old_news_code_and_names_regions_of_the_list():
    migration = news_region_migration()
    assert len(migration.ISO_CODES) == len(Region)
    assert set(migration.ISO_CODES.values()) == set(Region.values)


def test_the_content_languages_and_their_fallbacks_are_read_from_languages():
    codes = [code for code, _name in settings.LANGUAGES]
    assert language_codes() == codes
    assert list(settings.MODELTRANSLATION_LANGUAGES) == codes
    for code in codes:
        assert sorted(fallback_chain(code)) == sorted(codes)
