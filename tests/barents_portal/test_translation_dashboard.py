"""A Norwegian article, its Russian translation, then the Norwegian edited → Russian outdated."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from barents_portal.roles import ADMINISTRATOR, EDITOR, OFFICE_MANAGER, PUBLISHER, TRANSLATOR
from secretariat.models import Page
from tests.barents_portal.test_roles import page_form
from tests.news.factories import ArticleFactory
from tests.projects.factories import CallFactory, ProgrammeFactory
from tests.secretariat.factories import PageFactory

pytestmark = pytest.mark.django_db
DASHBOARD = "/admin/barents_portal/translationrevision/"


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


def missing_russian_items():
    article = ArticleFactory(title_ru="", title_nb="Nordlys over Vardø")
    # A draft: on a live programme, calls wait for a publisher and are read-only to others.
    programme = ProgrammeFactory(name_nb="Barentsprogrammet", status="draft")
    now = timezone.now()
    CallFactory(programme=programme, title_nb="Første runde", deadline=now + timedelta(days=5))
    second = CallFactory(
        programme=programme,
        title_nb="Andre runde",
        title_en="Second round",
        deadline=now + timedelta(days=50),
    )
    return article, programme, second


@pytest.mark.parametrize("role", [EDITOR, TRANSLATOR, PUBLISHER, ADMINISTRATOR])
def test_every_role_with_the_dashboard_follows_its_links_to_the_item_in_that_language(
    client, login_as, role
):
    login_as(role)
    article, programme, second_call = missing_russian_items()
    response = client.get(DASHBOARD, {"language": "ru", "state": "missing"})
    assert response.status_code == 200
    html = response.content.decode()

    article_link = f"/admin/news/article/{article.pk}/change/?language=ru#id_title_ru"
    # A call is translated in its programme: the link names its row of the inline.
    call_link = f"/admin/projects/programme/{programme.pk}/change/?language=ru#id_calls-1-title_ru"
    assert f'href="{article_link}"' in html
    assert f'href="{call_link}"' in html

    page = client.get(article_link)
    assert page.status_code == 200
    assert 'id="id_title_ru"' in page.content.decode()
    page = client.get(call_link).content.decode()
    assert 'id="id_calls-1-title_ru"' in page
    row_id = re.search(r'<input[^>]*name="calls-1-id"[^>]*>', page).group()
    assert f'value="{second_call.pk}"' in row_id


def test_an_office_manager_does_not_see_the_dashboard(client, login_as):
    login_as(OFFICE_MANAGER)
    assert client.get(DASHBOARD).status_code == 403


def test_the_dashboard_lists_outdated_translations_per_language_with_their_links(admin_client):
    admin_client.post(
        "/admin/secretariat/page/add/",
        {"title_nb": "Om oss", "body_nb": "<p>Hei</p>", "order": 0, "status": "draft"},
    )
    page = Page.objects.get()
    admin_client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        page_form(page, title_ru="О нас", title_en="About us"),
    )
    page.refresh_from_db()
    admin_client.post(
        f"/admin/secretariat/page/{page.pk}/change/", page_form(page, title_nb="Om oss nå")
    )
    for code in ("ru", "en"):
        html = admin_client.get(DASHBOARD, {"language": code, "state": "outdated"}).content
        assert (
            f'href="/admin/secretariat/page/{page.pk}/change/?language={code}#id_title_{code}"'
            in html.decode()
        )
    assert "1 item" in html.decode()
    html = admin_client.get(DASHBOARD, {"language": "nb", "state": "all"}).content.decode()
    assert "Source" in html


def test_by_default_the_dashboard_lists_only_what_needs_a_translator(admin_client):
    PageFactory(title_nb="Ferdig oversatt", title_ru="Переведено", title_en="Translated")
    PageFactory(title_nb="Bare norsk", title_ru="", title_en="Only Norwegian")
    html = admin_client.get(DASHBOARD).content.decode()
    assert "Bare norsk" in html and "Ferdig oversatt" not in html
    html = admin_client.get(DASHBOARD, {"state": "all"}).content.decode()
    assert "Bare norsk" in html and "Ferdig oversatt" in html


def test_the_dashboard_runs_a_fixed_number_of_queries(admin_client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(DASHBOARD).status_code == 200
        return len(captured)

    missing_russian_items()
    few = queries()
    for _ in range(10):
        missing_russian_items()
        PageFactory(title_ru="")
    assert queries() == few
