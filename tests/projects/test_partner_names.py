"""A partner organisation's name in each language: a Russian partner is named in Russian
on Russian pages and in English on the others; a name given once is shown everywhere."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils.translation import override

from projects.models import ProjectPartner
from tests.projects.factories import FundedProjectFactory, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    project = FundedProjectFactory(title_nb="Grensekor", title_ru="Хор границы")
    PartnerFactory(
        project=project,
        organisation_en="Murmansk Regional Library",
        organisation_ru="Мурманская областная библиотека",
        organisation_nb="",
        country="RU",
    )
    PartnerFactory(project=project, organisation_en="Kiruna kommun", country="SE")
    return project


def page(client, project, code):
    with override(code):
        url = project.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_russian_page_names_a_russian_partner_in_russian(client, project):
    html = page(client, project, "ru")
    assert "Мурманская областная библиотека" in html
    assert "Murmansk Regional Library" not in html
    assert "Kiruna kommun" in html


@pytest.mark.parametrize("code", ["en", "nb"])
def test_other_pages_name_it_in_english(client, project, code):
    html = page(client, project, code)
    assert "Murmansk Regional Library" in html
    assert "Мурманская" not in html
    assert "Kiruna kommun" in html


def test_the_migration_copies_todays_name_into_the_source_language(project):
    name = "0004_partner_organisation_per_language"
    migration = importlib.import_module(f"projects.migrations.{name}")
    state = MigrationLoader(connection).project_state(("projects", name))
    ProjectPartner.objects.rewrite(False).update(organisation="Old name", organisation_en=None)
    migration.copy_names(state.apps, None)
    assert set(ProjectPartner.objects.values_list("organisation_en", flat=True)) == {"Old name"}


def test_the_demo_gives_russian_partners_russian_names():
    from barents_portal.demo import read

    organisations = read("projects", "funded_projects")["organisations"]
    for kind, names in organisations["RU"].items():
        assert set(names) == {"ru", "en"}, kind
    for country in ("NO", "SE", "FI"):
        assert all(isinstance(name, str) for name in organisations[country].values())
