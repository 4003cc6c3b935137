"""Staff see how many alerts there are; only the Administrator sees addresses."""

import pytest
from django.urls import reverse
from django.utils import timezone

from alerts.models import Subscription
from barents_portal.roles import ADMINISTRATOR, EDITOR, PUBLISHER, TRANSLATOR
from tests.news.factories import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def alerts(db):
    topic = TopicFactory(name_en="Climate")
    for n, language in enumerate(["ru", "ru", "nb"]):
        Subscription.objects.create(
            email=f"secret{n}@example.org",
            language=language,
            kind="topic",
            topic=topic,
            confirmed_at=timezone.now(),
        )


@pytest.mark.parametrize("role", [EDITOR, TRANSLATOR, PUBLISHER])
def test_staff_see_counts_per_language_and_topic_but_no_address(client, login_as, alerts, role):
    login_as(role)
    page = client.get(reverse("admin:alerts_alertcount_changelist"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Climate" in text and "Russian" in text
    assert "secret0@example.org" not in text
    assert client.get(reverse("admin:alerts_subscription_changelist")).status_code == 403


def test_the_administrator_sees_the_addresses(client, login_as, alerts):
    login_as(ADMINISTRATOR)
    page = client.get(reverse("admin:alerts_subscription_changelist"))
    assert page.status_code == 200
    assert "secret0@example.org" in page.content.decode()
