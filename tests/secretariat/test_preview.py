import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.translation import override

from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_page():
    return PageFactory(status="draft", title_en="Secret plans", title_ru="Секретные планы")


def test_staff_preview_a_draft_as_visitors_will_see_it_in_each_language(admin_client, draft_page):
    for code, title in [("en", "Secret plans"), ("ru", "Секретные планы")]:
        with override(code):
            url = draft_page.get_preview_url()
        response = admin_client.get(url)
        html = response.content.decode()
        assert response.status_code == 200
        assert f'<html lang="{code}">' in html and title in html
        assert "notice--preview" in html
        assert '<meta name="robots" content="noindex, nofollow">' in html
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_scheduled_office_can_be_previewed_by_staff(admin_client):
    office = OfficeFactory(published_at=timezone.now() + timezone.timedelta(days=2))
    assert admin_client.get(office.get_preview_url()).status_code == 200


def test_the_preview_is_a_404_for_visitors_and_staff_without_rights(client, draft_page):
    assert client.get(draft_page.get_preview_url()).status_code == 404
    user = get_user_model().objects.create_user("x", password="a-long-password-1", is_staff=True)
    client.force_login(user)
    assert client.get(draft_page.get_preview_url()).status_code == 404
    user.groups.add(Group.objects.get(name="Editor"))
    assert client.get(draft_page.get_preview_url()).status_code == 200


def test_the_admin_links_to_the_preview_in_every_language(admin_client, draft_page):
    html = admin_client.get(f"/admin/secretariat/page/{draft_page.pk}/change/").content.decode()
    for code in ("nb", "ru", "en"):
        with override(code):
            assert f'href="{draft_page.get_preview_url()}"' in html
