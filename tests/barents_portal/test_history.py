import pytest

from secretariat.models import Page
from tests.barents_portal.test_roles import page_form
from tests.secretariat.factories import PageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited_page(admin_client):
    page = PageFactory(title_nb="Første", title_ru="Первая", title_en="First")
    for nb, ru, en in [("Andre", "Вторая", "Second"), ("Tredje", "Третья", "Third")]:
        response = admin_client.post(
            f"/admin/secretariat/page/{page.pk}/change/",
            page_form(page, title_nb=nb, title_ru=ru, title_en=en),
        )
        assert response.status_code == 302
    page.refresh_from_db()
    return page


def test_every_save_keeps_a_version_with_all_three_languages_and_who_made_it(edited_page):
    versions = list(edited_page.history.order_by("history_date"))
    assert [(v.title_nb, v.title_ru, v.title_en) for v in versions] == [
        ("Første", "Первая", "First"),
        ("Andre", "Вторая", "Second"),
        ("Tredje", "Третья", "Third"),
    ]
    assert versions[-1].history_user.username == "admin"


def test_staff_compare_two_versions_field_by_field(admin_client, edited_page):
    first, _second, third = edited_page.history.order_by("history_date")
    history = admin_client.get(f"/admin/secretariat/page/{edited_page.pk}/history/")
    assert "Compare two versions" in history.content.decode()
    response = admin_client.get(
        f"/admin/secretariat/page/{edited_page.pk}/history/compare/",
        {"a": first.history_id, "b": third.history_id},
    )
    html = response.content.decode()
    assert response.status_code == 200
    for value in ("Første", "Tredje", "Первая", "Третья", "First", "Third"):
        assert value in html
    assert "<code>order</code>" not in html  # unchanged fields are left out


def test_comparing_with_a_version_that_does_not_exist_is_a_404(admin_client, edited_page):
    url = f"/admin/secretariat/page/{edited_page.pk}/history/compare/"
    assert admin_client.get(url, {"a": "x", "b": "1"}).status_code == 404
    assert admin_client.get(url, {"a": 999999, "b": 999998}).status_code == 404


def test_restoring_an_old_version_makes_a_new_draft_revision_and_loses_nothing(
    admin_client, edited_page
):
    assert edited_page.status == "published"
    first = edited_page.history.order_by("history_date").first()
    old = Page.history.get(history_id=first.history_id).instance
    response = admin_client.post(
        f"/admin/secretariat/page/{edited_page.pk}/history/{first.history_id}/",
        page_form(old, status="published"),
    )
    assert response.status_code == 302
    edited_page.refresh_from_db()
    assert (edited_page.title_nb, edited_page.status) == ("Første", "draft")
    assert edited_page.history.count() == 4
    assert edited_page.history.filter(title_nb="Tredje").exists()


def test_restoring_a_version_of_a_deleted_item_is_refused_with_a_message(admin_client):
    page = PageFactory(title_nb="Slettes")
    version, pk = page.history.get(), page.pk
    page.delete()
    response = admin_client.post(
        f"/admin/secretariat/page/{pk}/history/{version.history_id}/",
        page_form(version.instance),
        follow=True,
    )
    assert response.status_code == 200
    assert "has been deleted" in response.content.decode()
    assert not Page.objects.filter(pk=pk).exists()


def test_an_old_version_of_a_model_without_update_stamps_or_search_columns_opens(admin_client):
    from tests.news.factories import TopicFactory

    topic = TopicFactory()
    version = topic.history.get()
    response = admin_client.get(f"/admin/news/topic/{topic.pk}/history/{version.history_id}/")
    assert response.status_code == 200
    assert "Revert" in response.content.decode() or "revert" in response.content.decode()
