import csv
import io
import json

import pytest
from django.urls import reverse

from tests.projects.conftest import add_many
from tests.projects.factories import FundedProjectFactory, PartnerFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [project.title for project in response.context["projects"]]


def project_list(client, **params):
    return client.get(reverse("projects:project-list"), params)


def read_csv(response):
    assert response.streaming
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


def read_json(response):
    assert response.streaming
    return json.loads(b"".join(response.streaming_content))["projects"]


# --- The list ------------------------------------------------------------------------------
def test_the_database_lists_only_projects_of_published_programmes(client, landscape):
    response = project_list(client)
    assert titles(response) == ["Photographs of the North", "Choirs across the border"]
    assert "Secret draft project" not in response.content.decode()


def test_filters_by_programme_theme_country_region_year_and_amount(client, landscape, regions):
    culture = landscape["culture"]
    assert titles(project_list(client, programme=culture.pk)) == ["Choirs across the border"]
    assert titles(project_list(client, theme="culture")) == ["Choirs across the border"]
    assert titles(project_list(client, region="RU-MUR")) == ["Choirs across the border"]
    assert titles(project_list(client, year="2024")) == ["Photographs of the North"]
    # 200 000 NOK is about 17 000 EUR; the scholarship is 10 000 EUR.
    assert titles(project_list(client, amount_min="15000")) == ["Choirs across the border"]
    assert titles(project_list(client, amount_max="12 000")) == ["Photographs of the North"]
    assert titles(project_list(client, q="хоры")) == ["Choirs across the border"]


@pytest.mark.parametrize(
    ("title", "queries"),
    [
        ("Борьба с туберкулёзом", ["туберкулез", "туберкулёз", "ТУБЕРКУЛЕЗ"]),
        ("Борьба с туберкулезом", ["туберкулёз"]),
        ("Tromsø harbour museum", ["Tromso", "tromsø", "TROMSO"]),
        ("Festival in Umeå and Vardø", ["Umea", "vardo"]),
        ("Ærøs choirs", ["aeros"]),
    ],
)
def test_the_title_filter_folds_letters_on_both_sides(client, landscape, title, queries):
    programme = landscape["culture"]
    FundedProjectFactory(programme=programme, title_en=title, title_ru="", title_nb="")
    for query in queries:
        assert titles(project_list(client, q=query)) == [title], query


def test_a_draft_programme_is_not_offered_as_a_filter(client, landscape):
    response = project_list(client, programme=landscape["draft"].pk)
    assert "programme" in response.context["form"].errors
    assert len(titles(response)) == 2


def test_sorting_is_whitelisted(client, landscape):
    assert titles(project_list(client, sort="largest")) == [
        "Choirs across the border",
        "Photographs of the North",
    ]
    assert titles(project_list(client, sort="smallest"))[0] == "Photographs of the North"
    response = project_list(client, sort="programme__status")
    assert response.status_code == 200
    assert "sort" in response.context["form"].errors


@pytest.mark.parametrize(
    "params",
    [
        {"page": "x"},
        {"page": "9999"},
        {"page": "-1"},
        {"year": "1800"},
        {"year": "abc"},
        {"amount_min": "abc", "amount_max": "-5"},
        {"amount_min": "500", "amount_max": "100"},
        {"region": "XX"},
        {"programme": "abc"},
        {"q": "x" * 500},
        {"sort": "-grant_eur; DROP TABLE"},
        {"q": "\x00", "programme": "\x00", "year": "\x00", "amount_min": "\x00"},
        {"q": "%_\\'; SELECT unaccent('x') --"},
        {"q": "ё\x07\x1bø\u202e"},
        {"q": "!?…«»"},
    ],
)
def test_odd_parameters_never_give_a_500(client, landscape, params):
    assert project_list(client, **params).status_code == 200
    response = client.get(reverse("projects:project-export-csv"), params)
    assert response.status_code == 200
    read_csv(response)
    assert client.get(reverse("projects:project-export-json"), params).status_code == 200


def test_a_page_past_the_end_shows_the_last_page(client, db):
    programme = ProgrammeFactory()
    FundedProjectFactory.create_batch(30, programme=programme)
    response = project_list(client, page="7")
    assert response.context["page_obj"].number == 2
    assert len(titles(response)) == 6


def test_the_database_runs_a_fixed_number_of_queries(client, landscape, django_assert_num_queries):
    # programmes and years (2) and reference data (3), kept as fragments; count, page
    # with the theme codes, navigation and footer
    with django_assert_num_queries(9):
        project_list(client, theme="culture")
    add_many()
    with django_assert_num_queries(9):
        response = project_list(client)
    assert len(titles(response)) == 24


# --- Project pages ---------------------------------------------------------------------------
def test_a_project_page_shows_partners_and_money(client, landscape):
    project = landscape["culture"].projects.get(title_en="Choirs across the border")
    content = client.get(project.get_absolute_url()).content.decode()
    assert "Murmansk Philharmonic" in content
    assert "200,000\xa0NOK" in content


def test_a_project_of_a_draft_programme_is_404(client, landscape):
    project = landscape["draft"].projects.get()
    assert client.get(project.get_absolute_url()).status_code == 404


# --- Exports -------------------------------------------------------------------------------
def test_the_csv_export_follows_the_filters_and_hides_drafts(client, landscape):
    rows = read_csv(client.get(reverse("projects:project-export-csv")))
    assert {row["title_en"] for row in rows} == {
        "Choirs across the border",
        "Photographs of the North",
    }
    rows = read_csv(client.get(reverse("projects:project-export-csv"), {"theme": "culture"}))
    [row] = rows
    assert row["title_ru"] == "Хоры без границ"
    assert row["partners"] == "Murmansk Philharmonic (RU)"
    assert row["regions"] == "NO-56;RU-MUR"
    assert row["grant_amount"] == "200000.00"


@pytest.mark.parametrize("dangerous", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, db, dangerous):
    project = FundedProjectFactory(title_en=dangerous, lead_organisation=f"{dangerous} Ltd")
    PartnerFactory(project=project, organisation=dangerous)
    [row] = read_csv(client.get(reverse("projects:project-export-csv")))
    assert row["title_en"] == f"'{dangerous}"
    assert row["lead_organisation"] == f"'{dangerous} Ltd"
    assert row["partners"].startswith("'")


def test_the_csv_export_reads_the_rows_in_chunks(client, db):
    from projects import exports

    programme = ProgrammeFactory()
    FundedProjectFactory.create_batch(7, programme=programme)
    original = exports.CHUNK_SIZE
    exports.CHUNK_SIZE = 3
    try:
        response = client.get(reverse("projects:project-export-csv"))
        assert len(read_csv(response)) == 7
    finally:
        exports.CHUNK_SIZE = original


def test_the_json_export_holds_every_language_and_hides_drafts(client, landscape):
    items = read_json(client.get(reverse("projects:project-export-json")))
    assert len(items) == 2
    choir = next(item for item in items if item["title"]["en"] == "Choirs across the border")
    assert choir["title"]["ru"] == "Хоры без границ"
    assert choir["grant"] == {"amount": "200000.00", "currency": "NOK"}
    assert choir["partners"] == [
        {"organisation": "Murmansk Philharmonic", "country": "RU", "region": None}
    ]
    assert choir["url"].startswith("http://testserver/en/")
