import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", password="a-long-enough-password-42", is_staff=True
    )


def attempt(client, password):
    return client.post("/admin/login/?next=/admin/", {"username": "editor", "password": password})


def test_repeated_failed_logins_lock_the_account_out_with_a_clear_message(client, settings, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200
    response = attempt(client, "wrong")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert "15 minutes" in response.content.decode()
    # Even the right password is refused until the lockout ends.
    assert attempt(client, "a-long-enough-password-42").status_code == 429


def test_a_successful_login_resets_the_failure_count(client, settings, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "a-long-enough-password-42").status_code == 302
    client.logout()
    assert attempt(client, "wrong").status_code == 200


def test_admin_pages_are_never_cached(admin_client):
    cache_control = admin_client.get("/admin/")["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
