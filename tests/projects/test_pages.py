from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation

from tests.projects.conftest import add_many
from tests.projects.factories import CallFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


# --- Programme page ------------------------------------------------------------------------
def test_the_programme_page_tells_who_may_apply_how_much_and_when(client, landscape):
    response = client.get(landscape["culture"].get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert "50,000–500,000 NOK" in content
    assert "Murmansk Region" in content and "Norway" in content
    assert "Required, from: Norway, Russia" in content
    assert "closes in 12 days" in content
    assert "Earlier calls" in content and "Spring call" in content
    assert "Choirs across the border" in content


def test_amounts_and_plural_forms_follow_the_visitors_language(client, landscape):
    url = landscape["culture"].get_absolute_url
    with translation.override("ru"):
        content = client.get(url()).content.decode()
    assert "50\xa0000–500\xa0000 NOK" in content
    with translation.override("nb"):
        content = client.get(url()).content.decode()
    assert "50\xa0000–500\xa0000 NOK" in content


def test_a_draft_programme_page_is_404_for_visitors(client, landscape):
    response = client.get(landscape["draft"].get_absolute_url())
    assert response.status_code == 404


def test_staff_who_may_change_programmes_preview_a_draft_uncached(
    client, landscape, django_user_model
):
    draft = landscape["draft"]
    assert client.get(draft.get_preview_url()).status_code == 404
    user = django_user_model.objects.create_user("editor", password="x" * 12, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_programme"))
    client.force_login(user)
    assert client.get(draft.get_absolute_url()).status_code == 404  # public URLs stay public
    response = client.get(draft.get_preview_url())
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    content = response.content.decode()
    assert "Preview for staff" in content
    assert "Secret draft project" in content


def test_staff_preview_a_project_of_a_draft_programme(client, landscape, django_user_model):
    project = landscape["draft"].projects.get()
    user = django_user_model.objects.create_user("editor", password="x" * 12, is_staff=True)
    client.force_login(user)
    assert client.get(project.get_preview_url()).status_code == 404
    user.user_permissions.add(Permission.objects.get(codename="change_fundedproject"))
    response = client.get(project.get_preview_url())
    assert response.status_code == 200
    assert "Preview for staff" in response.content.decode()


def test_view_on_site_in_the_admin_opens_the_preview_of_a_draft(admin_client, landscape):
    draft = landscape["draft"]
    response = admin_client.get(reverse("admin:projects_programme_change", args=[draft.pk]))
    assert draft.get_preview_url() in response.content.decode()


def test_a_programme_found_by_another_languages_slug_redirects_to_its_own(client, landscape):
    programme = landscape["culture"]
    with translation.override("ru"):
        # The Russian address with the English slug in it.
        url = reverse("projects:programme-detail", kwargs={"slug": programme.slug_en})
    response = client.get(url)
    with translation.override("ru"):
        assert response.status_code == 301
        assert response["Location"] == programme.get_absolute_url()


def test_the_programme_page_runs_a_fixed_number_of_queries(
    client, landscape, django_assert_num_queries
):
    url = landscape["culture"].get_absolute_url()
    # programme (with its theme, region and applicant type codes), the reference data
    # naming them (3, kept as a fragment), calls, example projects (with their theme
    # codes), project count, navigation and footer
    with django_assert_num_queries(9):
        client.get(url)
    add_many()
    programme = landscape["culture"]
    for days in range(1, 10):
        CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=days + 100))
    with django_assert_num_queries(9):
        client.get(url)


# --- Calls ---------------------------------------------------------------------------------
def test_the_calls_list_groups_open_forthcoming_and_closed_calls(client, landscape):
    response = client.get(reverse("projects:call-list"))
    context = response.context
    assert [c.title for c in context["open_calls"]] == ["Autumn call", "Youth call"]
    assert [c.title for c in context["forthcoming_calls"]] == ["Nominations"]
    assert [c.title for c in context["closed_calls"]] == ["Spring call"]
    content = response.content.decode()
    assert "Draft call" not in content
    assert "closes in 12 days" in content


@pytest.mark.parametrize(
    ("code", "days", "text"),
    [
        ("en", 1, "closes in 1 day"),
        ("en", 2, "closes in 2 days"),
        ("ru", 1, "закрывается через 1 день"),
        ("ru", 3, "закрывается через 3 дня"),
        ("ru", 12, "закрывается через 12 дней"),
        ("nb", 1, "stenger om 1 dag"),
        ("nb", 12, "stenger om 12 dager"),
    ],
)
def test_closes_in_uses_the_plural_forms_of_the_language(
    client, db, frozen_clock, code, days, text
):
    programme = ProgrammeFactory()
    CallFactory(programme=programme, deadline=timezone.now() + timedelta(days=days, hours=1))
    with translation.override(code):
        response = client.get(reverse("projects:call-list"))
    assert text in response.content.decode()


def test_the_calls_list_runs_a_fixed_number_of_queries(
    client, landscape, django_assert_num_queries
):
    with django_assert_num_queries(5):
        client.get(reverse("projects:call-list"))
    add_many()
    with django_assert_num_queries(5):
        client.get(reverse("projects:call-list"))


def test_every_funding_page_answers_in_every_language_with_one_h1(client, landscape):
    project = landscape["culture"].projects.first()
    for code in ("nb", "ru", "en"):
        with translation.override(code):
            urls = [
                reverse("projects:index"),
                reverse("projects:call-list"),
                reverse("projects:project-list"),
                landscape["culture"].get_absolute_url(),
                project.get_absolute_url(),
            ]
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            content = response.content.decode()
            assert f'<html lang="{code}">' in content
            assert content.count("<h1") == 1, url


def test_the_calls_page_closes_a_call_at_its_deadline_minute_in_oslo(client, db, monkeypatch):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    oslo = ZoneInfo("Europe/Oslo")
    programme = ProgrammeFactory(published_at=datetime(2025, 1, 1, tzinfo=oslo))
    CallFactory(
        programme=programme,
        title_en="Winter call",
        opens_at=datetime(2026, 1, 5, 9, 0, tzinfo=oslo),
        deadline=datetime(2026, 3, 1, 23, 59, tzinfo=oslo),
    )

    def calls_at(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)
        context = client.get(reverse("projects:call-list")).context
        return [c.title for c in context["open_calls"]], [c.title for c in context["closed_calls"]]

    assert calls_at(datetime(2026, 3, 1, 23, 58, 59, tzinfo=oslo)) == (["Winter call"], [])
    assert calls_at(datetime(2026, 3, 1, 23, 59, tzinfo=oslo)) == ([], ["Winter call"])
    # 23:59 in Oslo is 22:59 UTC in winter: the same minute, whatever zone the clock is in.
    utc = ZoneInfo("UTC")
    assert calls_at(datetime(2026, 3, 1, 22, 58, 59, tzinfo=utc)) == (["Winter call"], [])
    assert calls_at(datetime(2026, 3, 1, 22, 59, tzinfo=utc)) == ([], ["Winter call"])
