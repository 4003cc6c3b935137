import pytest
from django.urls import reverse

from projects.models import Call, Programme
from tests.projects.factories import (
    CallFactory,
    FundedProjectFactory,
    FunderFactory,
    PartnerFactory,
    ProgrammeFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db

MODELS = ["theme", "applicanttype", "funder", "programme", "fundedproject"]


@pytest.mark.parametrize("model", MODELS)
def test_staff_see_the_list_and_the_add_form_of_every_funding_model(admin_client, model):
    CallFactory()
    PartnerFactory()
    RegionFactory()
    assert admin_client.get(reverse(f"admin:projects_{model}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:projects_{model}_add")).status_code == 200


def test_staff_see_the_shared_regions_but_cannot_add_or_change_them(admin_client):
    region = RegionFactory(code="RU-MUR")
    listing = admin_client.get(reverse("admin:projects_region_changelist"))
    assert "Murmansk Region" in listing.content.decode()
    assert admin_client.get(reverse("admin:projects_region_add")).status_code == 403
    change = admin_client.get(reverse("admin:projects_region_change", args=[region.pk]))
    assert b'name="code"' not in change.content


def test_project_forms_look_a_region_up_by_its_translated_name(admin_client):
    RegionFactory(code="RU-MUR")
    RegionFactory(code="NO-56")
    url = reverse("admin:autocomplete")
    params = {
        "app_label": "projects",
        "model_name": "fundedproject",
        "field_name": "lead_region",
    }
    found = admin_client.get(url, {**params, "term": "murm"}).json()
    assert [result["text"] for result in found["results"]] == ["Murmansk Region"]


def test_staff_edit_a_programme_with_its_calls_inline(admin_client):
    call = CallFactory()
    project = FundedProjectFactory(programme=call.programme)
    PartnerFactory(project=project)
    url = reverse("admin:projects_programme_change", args=[call.programme.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b"calls-0-title_nb" in response.content
    url = reverse("admin:projects_fundedproject_change", args=[project.pk])
    assert b"partners-0-organisation" in admin_client.get(url).content


def _programme_form(funder, **overrides):
    data = {
        "name_en": "Arctic youth",
        "funder": funder.pk,
        "instrument": "grant",
        "currency": "NOK",
        "min_amount": "5000",
        "max_amount": "100",
        "max_cofinancing_share": "150",
        "status": "draft",
        "calls-TOTAL_FORMS": "1",
        "calls-INITIAL_FORMS": "0",
        "calls-MIN_NUM_FORMS": "0",
        "calls-MAX_NUM_FORMS": "1000",
        "calls-0-title_en": "Spring call",
        "calls-0-opens_at_0": "2026-03-01",
        "calls-0-opens_at_1": "09:00",
        "calls-0-deadline_0": "2026-02-01",
        "calls-0-deadline_1": "12:00",
    }
    data.update(overrides)
    return data


def test_the_admin_explains_what_is_wrong_with_amounts_share_and_deadline(admin_client):
    funder = FunderFactory()
    response = admin_client.post(reverse("admin:projects_programme_add"), _programme_form(funder))
    assert response.status_code == 200
    content = response.content.decode()
    assert "The maximum amount must be at least the minimum amount." in content
    assert "The share must be between 0 and 100 %." in content
    assert "The deadline must come after the opening time." in content
    assert not Programme.objects.exists()


def test_a_valid_programme_is_saved_with_its_call_and_stamped(admin_client, admin_user):
    funder = FunderFactory()
    data = _programme_form(
        funder,
        max_amount="50000",
        max_cofinancing_share="50",
        eligible_countries=["NO", "RU"],
        **{"calls-0-deadline_0": "2026-04-01"},
    )
    response = admin_client.post(reverse("admin:projects_programme_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    programme = Programme.objects.get()
    assert programme.created_by == admin_user
    assert programme.eligible_countries == ["NO", "RU"]
    assert Call.objects.get().programme == programme


def test_programme_and_project_changes_are_kept_in_the_revision_history(admin_client):
    project = FundedProjectFactory()
    programme = project.programme
    programme.name_ru = "Программа"
    programme.save()
    assert programme.history.count() == 2
    for model, obj in (("programme", programme), ("fundedproject", project)):
        url = reverse(f"admin:projects_{model}_history", args=[obj.pk])
        assert admin_client.get(url).status_code == 200


def test_staff_publish_a_draft_programme_with_the_admin_action(admin_client):
    from barents_portal.publishing import Status

    programme = ProgrammeFactory(status=Status.DRAFT, published_at=None)
    response = admin_client.post(
        reverse("admin:projects_programme_changelist"),
        {"action": "publish_now", "_selected_action": [programme.pk]},
    )
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.is_published
