import pytest
from django.contrib.auth import get_user_model

from secretariat.models import Page
from tests.secretariat.factories import OfficeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["office", "staffmember", "page"])
def test_admin_change_lists_and_add_forms_open(admin_client, head_office, about_tree, model):
    assert admin_client.get(f"/admin/secretariat/{model}/").status_code == 200
    assert admin_client.get(f"/admin/secretariat/{model}/add/").status_code == 200


def test_the_tabbed_translation_admin_loads_jquery_ui_from_our_own_static_files(admin_client):
    html = admin_client.get("/admin/secretariat/page/add/").content.decode()
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html


def test_saving_in_the_admin_stamps_who_created_and_changed_it(admin_client):
    response = admin_client.post(
        "/admin/secretariat/page/add/",
        {
            "title_nb": "Om oss",
            "title_en": "About us",
            "order": 0,
            "status": "draft",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get()
    admin = get_user_model().objects.get(username="admin")
    assert page.created_by == admin and page.updated_by == admin
    assert page.slug_nb == "om-oss"


def test_a_page_needs_a_title_in_at_least_one_language(admin_client):
    response = admin_client.post("/admin/secretariat/page/add/", {"order": 0, "status": "draft"})
    assert response.status_code == 200
    assert "in at least one language" in response.content.decode()
    assert not Page.objects.exists()


def test_the_admin_offers_view_on_site(admin_client):
    office = OfficeFactory()
    html = admin_client.get(f"/admin/secretariat/office/{office.pk}/change/").content.decode()
    assert "View on site" in html


def changelist_queries(admin_client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert admin_client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("model", ["office", "staffmember", "page"])
def test_admin_change_lists_run_a_fixed_number_of_queries(admin_client, model):
    from tests.secretariat.factories import PageFactory, StaffMemberFactory

    def grow(count):
        for _ in range(count):
            office = OfficeFactory()
            StaffMemberFactory(office=office)
            PageFactory(parent=PageFactory())

    grow(2)
    few = changelist_queries(admin_client, f"/admin/secretariat/{model}/")
    grow(25)
    many = changelist_queries(admin_client, f"/admin/secretariat/{model}/")
    assert few == many
