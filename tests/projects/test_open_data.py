"""A programme's code: its name in open data, the same in every language and kept on rename."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from projects import importing
from tests.projects.factories import (
    CallFactory,
    FundedProjectFactory,
    PartnerFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db


def test_a_programme_gets_a_code_from_its_english_name():
    programme = ProgrammeFactory(name_en="Barents culture fund", name_nb="Barents kulturfond")
    assert programme.code == "barents-culture-fund"


def test_a_programme_named_only_in_russian_gets_a_transliterated_code():
    programme = ProgrammeFactory(name_en="", name_ru="Фонд культуры")
    assert programme.code == "fond-kultury"


def test_codes_are_unique():
    first = ProgrammeFactory(name_en="Youth exchange")
    second = ProgrammeFactory(name_en="Youth exchange")
    assert (first.code, second.code) == ("youth-exchange", "youth-exchange-2")


def test_the_code_stays_when_the_programme_is_renamed():
    programme = ProgrammeFactory(name_en="Old name")
    programme.name_en = "New name"
    programme.save()
    programme.refresh_from_db()
    assert programme.code == "old-name"


def test_the_open_data_files_name_the_programme_by_id_and_code_in_every_language(client):
    programme = ProgrammeFactory(name_en="Culture fund", name_nb="Kulturfond", name_ru="Фонд")
    CallFactory(programme=programme)
    FundedProjectFactory(programme=programme)
    for key in ("calls", "funded-projects"):
        body = b"".join(
            client.get(
                reverse("open-data-file", kwargs={"dataset": key, "format": "csv"})
            ).streaming_content
        ).decode("utf-8-sig")
        (row,) = csv.DictReader(io.StringIO(body, newline=""))
        assert (row["programme_id"], row["programme_code"]) == (str(programme.pk), "culture-fund")
        assert row["programme_name_nb"] == "Kulturfond"


def test_the_open_data_names_a_partner_in_english_else_in_the_language_it_has(client):
    project = FundedProjectFactory()
    russian = {"organisation_ru": "Музей Мурманска", "organisation_en": "Murmansk Museum"}
    PartnerFactory(project=project, country="RU", organisation_nb="", **russian)
    PartnerFactory(project=project, organisation_en="", organisation_nb="Vardø museum")
    url = reverse("open-data-file", kwargs={"dataset": "funded-projects", "format": "json"})
    for code in ("nb", "ru", "en"):
        with translation.override(code):
            body = b"".join(client.get(url).streaming_content)
        assert "Murmansk Museum (RU)" in body.decode()
        assert "Vardø museum (FI)" in body.decode()
        assert "Музей" not in body.decode()


def test_the_staff_export_names_the_programme_by_its_code_whatever_the_language(client):
    programme = ProgrammeFactory(name_en="Culture fund", name_nb="Kulturfond")
    FundedProjectFactory(programme=programme)
    for code in ("nb", "ru", "en"):
        with translation.override(code):
            response = client.get(reverse("projects:project-export-csv"))
        body = b"".join(response.streaming_content).decode("utf-8-sig")
        (row,) = csv.DictReader(io.StringIO(body, newline=""))
        assert row["programme"] == "culture-fund"


def test_the_import_finds_a_programme_by_its_code(landscape):
    culture = landscape["culture"]
    text = (
        "reference,programme,title_en,lead_organisation,lead_country,grant_amount,currency,"
        f"year_granted\nBS-9,{culture.code},Choir,Kirkenes choir,NO,1000,EUR,2024\n"
    )
    result = importing.read(text)
    assert result.is_valid, [row.errors for row in result.error_rows]
    assert [row.values["programme"] for row in result.rows] == [culture]
