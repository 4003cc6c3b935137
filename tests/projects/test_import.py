from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from projects import importing
from projects.models import FundedProject, ProjectPartner

pytestmark = pytest.mark.django_db

HEADER = (
    "reference,programme,title_nb,title_ru,title_en,lead_organisation,lead_country,"
    "lead_region,partners,regions,themes,grant_amount,total_budget,currency,year_granted,"
    "start_date,end_date,status"
)


def sheet(*rows, header=HEADER):
    return "\n".join([header, *rows]) + "\n"


GOOD = [
    'BS-1,barents-culture-fund,Kor,Хор,Choir,Kirkenes kor,NO,NO-56,"Murmansk choir (RU-MUR); '
    'Oulu band (FI)",NO-56;RU-MUR,culture,"150 000","300 000,50",NOK,2024,2024-03-01,'
    "31.12.2025,ongoing",
    "BS-2,barents-culture-fund,,,Youth camp,Tromsø youth,NO,,,,youth,20000,,EUR,2023,,,completed",
]


@pytest.fixture
def upload(admin_client):
    def post(text, filename="projects.csv", encoding="utf-8"):
        return admin_client.post(
            reverse("admin:projects_fundedproject_import"),
            {"file": SimpleUploadedFile(filename, text.encode(encoding), "text/csv")},
        )

    return post


def test_a_clean_file_is_previewed_and_then_imported(admin_client, upload, landscape, admin_user):
    before = FundedProject.objects.count()
    response = upload(sheet(*GOOD))
    assert response.status_code == 200
    result = response.context["result"]
    assert result.is_valid and result.new_count == 2
    assert FundedProject.objects.count() == before  # the preview writes nothing

    response = admin_client.post(
        reverse("admin:projects_fundedproject_import"), {"text": result.text}
    )
    assert response.status_code == 302
    choir = FundedProject.objects.get(reference="BS-1")
    assert choir.title_ru == "Хор" and choir.slug_ru == "khor"
    assert choir.grant_amount == Decimal("150000")
    assert choir.total_budget == Decimal("300000.50")
    assert choir.end_date.isoformat() == "2025-12-31"
    assert sorted(r.code for r in choir.regions.all()) == ["NO-56", "RU-MUR"]
    assert [(p.organisation, p.country) for p in choir.partners.all()] == [
        ("Murmansk choir", "RU"),
        ("Oulu band", "FI"),
    ]
    assert choir.created_by == admin_user
    assert FundedProject.objects.get(reference="BS-2").project_status == "completed"


def test_every_problem_is_listed_by_row_and_column_and_nothing_changes(upload, landscape):
    before = FundedProject.objects.count()
    bad = [
        GOOD[0],
        "BS-3,no-such-programme,,,Title,Org,XX,RU-MUR,Someone,RU-XXX,,abc,,BTC,1800,2024-13-01,,",
        "BS-4,barents-culture-fund,,,,Org,NO,RU-MUR,,,,-5,1,EUR,2024,2025-01-01,2024-01-01,",
        GOOD[0],
    ]
    response = upload(sheet(*bad))
    result = response.context["result"]
    assert not result.is_valid
    errors = {row.number: row.errors for row in result.error_rows}
    assert set(errors[3]) == {
        "programme",
        "lead_country",
        "partners",
        "regions",
        "grant_amount",
        "currency",
        "year_granted",
        "start_date",
    }
    assert set(errors[4]) == {"title_en", "lead_region", "grant_amount", "end_date"}
    assert errors[5] == {"reference": ["The same reference is on row 2."]}
    content = response.content.decode()
    assert "Nothing was changed" in content
    assert 'id="import-errors"' in content
    assert response.context["confirm_form"] is None
    assert FundedProject.objects.count() == before


def test_a_tampered_confirmation_is_checked_again_and_imports_nothing(admin_client, landscape):
    before = FundedProject.objects.count()
    text = sheet(GOOD[0], "BS-9,barents-culture-fund,,,T,Org,NO,,,,,-1,,EUR,2024,,,")
    response = admin_client.post(reverse("admin:projects_fundedproject_import"), {"text": text})
    assert response.status_code == 200
    assert FundedProject.objects.count() == before


def test_the_import_is_all_or_nothing_when_the_database_refuses_a_row(landscape, monkeypatch):
    result = importing.read(sheet(*GOOD))
    assert result.is_valid
    original = ProjectPartner.objects.bulk_create
    calls = []

    def fail_on_second(objs, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise importing.ValidationError("disk full")
        return original(list(objs), *args, **kwargs)

    monkeypatch.setattr(ProjectPartner.objects, "bulk_create", fail_on_second)
    before = FundedProject.objects.count()
    with pytest.raises(importing.ValidationError):
        importing.save(result)
    assert FundedProject.objects.count() == before


def test_a_known_reference_updates_its_project(landscape):
    importing.save(importing.read(sheet(*GOOD)))
    changed = GOOD[1].replace("Youth camp", "Youth camp 2").replace("20000", "25000")
    result = importing.read(sheet(changed))
    assert result.update_count == 1
    importing.save(result)
    project = FundedProject.objects.get(reference="BS-2")
    assert project.title_en == "Youth camp 2" and project.grant_amount == 25000


def test_an_export_can_be_imported_back(client, landscape):
    response = client.get(reverse("projects:project-export-csv"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    result = importing.read(text)
    assert result.is_valid, [row.errors for row in result.error_rows]
    assert result.update_count == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The file is empty."),
        ("reference,title_en\n", "Missing columns"),
        (HEADER + ",colour\n" + GOOD[1] + ",red\n", "Unknown columns: colour"),
        (HEADER + "\n", "The file has a header but no rows."),
        ('reference,programme,title_en\n"a\x00b', "Missing columns"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(landscape, text, message):
    result = importing.read(text)
    assert not result.is_valid
    assert any(message in error for error in result.file_errors)


def test_semicolon_separated_files_from_norwegian_spreadsheets_are_read(landscape):
    text = sheet(
        "BS-5;barents-culture-fund;Leir;;;Org;NO;;;;;10 000,50;;NOK;2024;;;",
        header=HEADER.replace(",", ";"),
    )
    result = importing.read(text)
    assert result.is_valid
    assert result.rows[0].values["grant_amount"] == Decimal("10000.50")
    [project] = importing.save(result)
    assert project.title_nb == "Leir" and project.slug_nb == "leir" and project.slug_en is None


def test_a_file_that_is_not_utf8_is_refused(upload, landscape):
    response = upload(sheet(GOOD[1].replace("Tromsø", "Tromsø")), encoding="latin-1")
    assert "not UTF-8" in response.content.decode()


def test_staff_without_permission_to_add_projects_cannot_import(client, django_user_model):
    user = django_user_model.objects.create_user("viewer", password="x" * 12, is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:projects_fundedproject_import")).status_code == 403


def test_the_import_page_is_linked_from_the_project_list(admin_client):
    response = admin_client.get(reverse("admin:projects_fundedproject_changelist"))
    assert reverse("admin:projects_fundedproject_import") in response.content.decode()
