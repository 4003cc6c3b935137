"""A Norwegian article, its Russian translation, then the Norwegian edited → Russian outdated."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from secretariat.models import Page
from tests.barents_portal.test_roles import page_form
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db


def cell_states(client, page):
    html = client.get("/admin/barents_portal/translationrevision/").content.decode()
    row = f'<th scope="row"><a href="/admin/secretariat/page/{page.pk}/change/"'
    cells = html.split(row, 1)[1].split("</tr>", 1)[0]
    return [part.split('"', 1)[0].split()[0] for part in cells.split('class="state-')[1:]]


def test_a_translation_becomes_outdated_when_its_source_is_edited(admin_client):
    admin_client.post(
        "/admin/secretariat/page/add/",
        {"title_nb": "Om oss", "body_nb": "<p>Hei</p>", "order": 0, "status": "draft"},
    )
    page = Page.objects.get()
    assert cell_states(admin_client, page) == ["complete", "missing", "missing"]

    admin_client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        page_form(page, title_ru="О нас", body_ru="<p>Привет</p>"),
    )
    page.refresh_from_db()
    assert cell_states(admin_client, page) == ["complete", "complete", "missing"]

    admin_client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        page_form(page, body_nb="<p>Hei, og velkommen</p>"),
    )
    assert cell_states(admin_client, page) == ["complete", "outdated", "missing"]


def test_the_dashboard_filters_by_section_language_and_state_and_counts(admin_client):
    PageFactory(title_en="", title_ru="", title_nb="Bare norsk")
    html = admin_client.get(
        "/admin/barents_portal/translationrevision/",
        {"section": "secretariat.page", "language": "ru", "state": "missing"},
    ).content.decode()
    assert "Bare norsk" in html
    assert "1 item" in html
    index = admin_client.get("/admin/").content.decode()
    assert 'id="translation-summary"' in index


def test_bad_dashboard_filters_are_ignored_not_errors(admin_client):
    response = admin_client.get(
        "/admin/barents_portal/translationrevision/",
        {"section": "nope", "language": "xx", "state": "<script>"},
    )
    assert response.status_code == 200


def test_translators_see_the_dashboard_and_visitors_do_not(client):
    user = get_user_model().objects.create_user("t", password="x-long-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name="Translator"))
    client.force_login(user)
    assert client.get("/admin/barents_portal/translationrevision/").status_code == 200
    client.logout()
    assert client.get("/admin/barents_portal/translationrevision/").status_code == 302
