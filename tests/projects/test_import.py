import base64
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

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


def confirmation(response):
    """The form data of the preview's Import button."""
    return {"text": response.context["confirm_form"]["text"].value()}


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
        reverse("admin:projects_fundedproject_import"), confirmation(response)
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
    tampered = {"text": base64.b64encode(text.encode()).decode()}
    response = admin_client.post(reverse("admin:projects_fundedproject_import"), tampered)
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


def test_a_title_in_rfc_4180_quotes_with_commas_and_doubled_quotes_is_read(landscape):
    row = GOOD[1].replace("Youth camp", '"Cooperation ""North"", phase 2"')
    result = importing.read(sheet(row))
    assert result.is_valid, [r.errors for r in result.error_rows]
    assert result.rows[0].values["title_en"] == 'Cooperation "North", phase 2'


def test_a_quoted_cell_may_hold_line_breaks_and_a_tab_separated_file_is_read(landscape):
    header = HEADER + ",summary_en"
    row = GOOD[1] + ',"First line\nsecond line, with a comma"'
    result = importing.read(
        sheet(row, header=header).replace(",", "\t").replace("\t with", ", with")
    )
    assert result.is_valid, [r.errors for r in result.error_rows]
    assert result.rows[0].values["summary_en"] == "First line\nsecond line, with a comma"


def test_a_row_with_more_cells_than_the_header_is_still_refused(landscape):
    result = importing.read(sheet(GOOD[1] + ",extra"))
    assert result.error_rows[0].errors == {"—": ["This row has more cells than the header."]}


@pytest.mark.parametrize(
    ("cell", "start"),
    [
        ("=1+1", "“=”"),
        ("+cmd|' /C calc'!A0", "“+”"),
        ("-2+3+cmd|' /C calc'!A0", "“-”"),
        ("@SUM(A1:A9)", "“@”"),
        ('"\t=1+1"', "a tab"),
        ('"\r=1+1"', "a carriage return"),
    ],
)
def test_a_formula_cell_is_refused_with_a_row_error_naming_its_column(landscape, cell, start):
    row = GOOD[1].replace("Tromsø youth", cell)
    result = importing.read(sheet(row))
    assert not result.is_valid
    [error] = result.error_rows[0].errors["lead_organisation"]
    assert error.startswith(f"The cell starts with {start}, so a spreadsheet would run it")


def test_the_admin_lists_a_formula_cell_by_row_and_column_and_imports_nothing(upload, landscape):
    before = FundedProject.objects.count()
    response = upload(sheet(GOOD[1].replace("Youth camp", '=HYPERLINK("http://x.example")')))
    html = response.content.decode()
    assert "<td>2</td><td>BS-2</td><td><code>title_en</code></td>" in html
    assert "run it as a formula" in html
    assert response.context["confirm_form"] is None
    assert FundedProject.objects.count() == before


def test_text_escaped_with_an_apostrophe_is_read_as_it_stands(landscape):
    row = GOOD[1].replace("Youth camp", "'-North- camp").replace("Tromsø youth", "'=Org")
    result = importing.read(sheet(row))
    assert result.is_valid, [r.errors for r in result.error_rows]
    values = result.rows[0].values
    assert (values["title_en"], values["lead_organisation"]) == ("-North- camp", "=Org")


def test_a_negative_amount_is_refused_as_negative_not_as_a_formula(landscape):
    result = importing.read(sheet(GOOD[1].replace(",20000,", ",-20000,")))
    assert result.error_rows[0].errors == {"grant_amount": ["An amount cannot be negative."]}


@pytest.mark.parametrize(
    "text", ["=x", "'=x", "''=x", "'plain", "plain", "-", "'", "", "\t+1", "a=b", "@home"]
)
def test_the_export_escape_and_the_import_unescape_are_inverse(text):
    from barents_portal.opendata import escape_formula, unescape_formula

    escaped = escape_formula(text)
    assert unescape_formula(escaped) == text
    assert not importing.is_formula(escaped)


TEXT_COLUMNS = {*importing.TITLE_COLUMNS, *(f"summary_{code}" for code in importing.LANGUAGES)}
TRICKY = {
    "title_nb": "Samarbeid «Nord», fase 2: Æ, Ø og Å",
    "title_ru": "Сотрудничество «Север», этап 2",
    "title_en": 'Cooperation "North", phase 2',
    "summary_nb": "Første linje;\nandre linje, med «sitat» og blåbærsyltetøy.",
    "summary_ru": "Первая строка\r\nвторая строка, с «кавычками» и запятой.",
    "summary_en": '=HYPERLINK("http://evil.example") is text here, "quoted", too',
    "lead_organisation": '-Nord- Kirkenes, "Grenseland" AS',
    "website": "https://example.org/a,b?c=d",
}


def snapshot(project):
    """Every imported value. A CSV cannot tell NULL from empty text: both read as ""."""
    project.refresh_from_db()
    values = {name: getattr(project, name) for name in importing.PROJECT_FIELDS}
    for name in TEXT_COLUMNS:
        values[name] = values[name] or ""
    return {
        **values,
        "reference": project.reference,
        "status": project.status,
        "project_status": project.project_status,
        "regions": sorted(region.code for region in project.regions.all()),
        "themes": sorted(theme.code for theme in project.themes.all()),
        "partners": [
            (p.organisation, p.country, p.region_id, p.order) for p in project.partners.all()
        ],
    }


def test_what_the_export_writes_the_import_reads_back_identically(client, admin_client, landscape):
    from projects.models import Region, Theme
    from tests.projects.factories import FundedProjectFactory, PartnerFactory

    project = FundedProjectFactory(
        programme=landscape["culture"],
        reference='BS-42, "Nord"',
        lead_region=Region.objects.get(code="NO-56"),
        grant_amount=Decimal("150000.50"),
        total_budget=Decimal("300000"),
        currency="NOK",
        start_date="2024-03-01",
        end_date="2025-12-31",
        project_status="completed",
        themes=list(Theme.objects.all()),
        regions=list(Region.objects.filter(code__in=["NO-56", "RU-MUR"])),
        **TRICKY,
    )
    PartnerFactory(project=project, organisation='Мурманский "хор", Ltd', country="RU", order=0)
    PartnerFactory(
        project=project,
        organisation="Œrsted (Nord) æøå",
        country="RU",
        region=Region.objects.get(code="RU-MUR"),
        order=1,
    )
    public = FundedProject.objects.exclude(programme=landscape["draft"])  # what is exported
    before = {p.reference: snapshot(p) for p in public}

    response = client.get(reverse("projects:project-export-csv"))
    exported = b"".join(response.streaming_content)
    assert b'"\'=HYPERLINK(""http://evil.example"") is text here' in exported
    assert b'"\'-Nord- Kirkenes, ""Grenseland"" AS"' in exported

    FundedProject.objects.all().delete()
    preview = admin_client.post(
        reverse("admin:projects_fundedproject_import"),
        {"file": SimpleUploadedFile("export.csv", exported, "text/csv")},
    )
    assert preview.context["result"].is_valid, preview.context["result"].error_rows
    response = admin_client.post(
        reverse("admin:projects_fundedproject_import"), confirmation(preview)
    )
    assert response.status_code == 302
    after = {p.reference: snapshot(p) for p in FundedProject.objects.all()}
    assert after == before


@pytest.mark.parametrize("active", ["nb", "ru", "en"])
def test_a_norwegian_only_row_fills_no_other_language_whatever_language_is_active(
    landscape, active
):
    text = sheet(
        "BS-6;barents-culture-fund;Leir;;;Org;NO;;;;;10 000;;NOK;2024;;;",
        header=HEADER.replace(",", ";"),
    )
    with translation.override(active):
        [project] = importing.save(importing.read(text))
    row = FundedProject.objects.values(
        "title_ru", "title_en", "slug_ru", "slug_en", "summary_ru", "summary_en"
    ).get(pk=project.pk)
    assert not any(row.values()), row
