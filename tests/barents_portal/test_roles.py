"""Each role's rights, checked through the admin's own views (allowed and refused)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from barents_portal.models import PublicationRecord
from barents_portal.roles import EDITOR, OFFICE_MANAGER, PUBLISHER, TRANSLATOR
from secretariat.models import Office, Page
from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def login(client):
    def as_role(role):
        user = get_user_model().objects.create_user(
            role.lower().replace(" ", "-"), password="x-long-password-123", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return as_role


def page_form(page, **changes):
    data = {
        "title_nb": page.title_nb or "",
        "title_ru": page.title_ru or "",
        "title_en": page.title_en or "",
        "slug_nb": page.slug_nb or "",
        "slug_ru": page.slug_ru or "",
        "slug_en": page.slug_en or "",
        "summary_nb": page.summary_nb or "",
        "summary_ru": page.summary_ru or "",
        "summary_en": page.summary_en or "",
        "body_nb": page.body_nb or "",
        "body_ru": page.body_ru or "",
        "body_en": page.body_en or "",
        "order": page.order,
        "status": page.status,
        "published_at_0": "",
        "published_at_1": "",
    }
    data.update(changes)
    return data


def test_the_roles_exist_after_migrating():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editor", "Translator", "Publisher", "Office manager", "Administrator"} <= names


def test_an_editor_creates_drafts_and_a_crafted_status_published_is_ignored(client, login):
    login(EDITOR)
    response = client.post(
        "/admin/secretariat/page/add/",
        {"title_nb": "Ny side", "order": 0, "status": "published", "published_at_0": "2026-01-01"},
    )
    assert response.status_code == 302
    page = Page.objects.get()
    assert page.status == "draft" and page.published_at is None
    assert not PublicationRecord.objects.exists()


def test_an_editor_has_no_publish_action_and_cannot_delete(client, login):
    login(EDITOR)
    page = PageFactory(status="draft")
    html = client.get("/admin/secretariat/page/").content.decode()
    assert "publish_now" not in html
    response = client.post(
        "/admin/secretariat/page/",
        {"action": "publish_now", "_selected_action": [page.pk]},
    )
    page.refresh_from_db()
    assert page.status == "draft"
    assert client.get(f"/admin/secretariat/page/{page.pk}/delete/").status_code == 403
    assert response.status_code in (200, 302)


def test_a_translator_edits_translation_fields_only(client, login):
    login(TRANSLATOR)
    page = PageFactory(status="draft", order=3, title_ru="")
    response = client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        page_form(page, title_ru="Новая страница", status="published", order=99),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.title_ru == "Новая страница"
    assert (page.status, page.order) == ("draft", 3)


def test_a_translator_cannot_add_delete_or_publish(client, login):
    login(TRANSLATOR)
    page = PageFactory(status="draft")
    assert client.get("/admin/secretariat/page/add/").status_code == 403
    assert client.get(f"/admin/secretariat/page/{page.pk}/delete/").status_code == 403
    client.post(
        "/admin/secretariat/page/", {"action": "publish_now", "_selected_action": [page.pk]}
    )
    page.refresh_from_db()
    assert page.status == "draft"


def test_a_publisher_publishes_and_unpublishes_and_each_is_recorded(client, login):
    user = login(PUBLISHER)
    page = PageFactory(status="draft", published_at=None)
    client.post(
        "/admin/secretariat/page/", {"action": "publish_now", "_selected_action": [page.pk]}
    )
    page.refresh_from_db()
    assert page.publication_state == "published"
    client.post("/admin/secretariat/page/", {"action": "unpublish", "_selected_action": [page.pk]})
    page.refresh_from_db()
    assert page.publication_state == "unpublished"
    assert list(
        PublicationRecord.objects.order_by("at", "pk").values_list("action", "by", "object_id")
    ) == [("publish", user.pk, page.pk), ("unpublish", user.pk, page.pk)]
    assert page not in Page.objects.published()


def test_a_publisher_schedules_a_page_and_the_list_shows_when(client, login):
    login(PUBLISHER)
    page = PageFactory(status="draft", published_at=None)
    response = client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        page_form(page, status="published", published_at_0="2099-06-01", published_at_1="09:00"),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert timezone.localtime(page.published_at).hour == 9  # Oslo time, stored in UTC
    record = PublicationRecord.objects.get()
    assert record.action == "schedule" and record.scheduled_for == page.published_at
    assert "Scheduled for" in client.get("/admin/secretariat/page/").content.decode()


@pytest.mark.parametrize(
    ("date", "time", "message"),
    [
        ("2020-01-01", "10:00", "in the past"),
        # 02:30 on 29 March 2099 does not exist in Oslo: the clocks jump from 02:00 to 03:00.
        ("2099-03-29", "02:30", "Europe/Oslo"),
    ],
)
def test_an_impossible_schedule_time_is_a_clear_form_error(client, login, date, time, message):
    login(PUBLISHER)
    page = PageFactory(status="draft", published_at=None)
    response = client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        page_form(page, status="published", published_at_0=date, published_at_1=time),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    page.refresh_from_db()
    assert page.status == "draft"


def test_an_office_manager_edits_their_own_office_and_its_staff_only(client, login):
    user = login(OFFICE_MANAGER)
    own, other = OfficeFactory(), OfficeFactory()
    own.managers.add(user)
    StaffMemberFactory(office=own, name="Own Colleague")
    StaffMemberFactory(office=other, name="Someone Else")

    own_form = client.get(f"/admin/secretariat/office/{own.pk}/change/")
    assert own_form.status_code == 200
    assert 'name="previous_addresses-TOTAL_FORMS"' in own_form.content.decode()  # earlier addresses
    listing = client.get("/admin/secretariat/staffmember/").content.decode()
    assert "Own Colleague" in listing and "Someone Else" not in listing

    # Changing the id in the URL: the other office is not found, and nothing changes.
    response = client.post(
        f"/admin/secretariat/office/{other.pk}/change/", {"phone": "+47 00 00 00 00"}
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.phone == "+47 78 97 70 50"
    assert client.get(f"/admin/secretariat/office/{other.pk}/change/").status_code == 302


def test_an_office_manager_cannot_move_staff_to_another_office(client, login):
    user = login(OFFICE_MANAGER)
    own, other = OfficeFactory(), OfficeFactory()
    own.managers.add(user)
    response = client.post(
        "/admin/secretariat/staffmember/add/",
        {"name": "New Person", "office": other.pk, "order": 0, "active": "on"},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not own.staff.exists() and not other.staff.exists()
    assert Office.objects.count() == 2
