import pytest
from django.utils import timezone

from secretariat.models import Page
from tests.secretariat.factories import PageFactory

pytestmark = pytest.mark.django_db


def test_published_includes_only_published_items_whose_time_has_come():
    now = timezone.now()
    past = PageFactory(status="published", published_at=now - timezone.timedelta(minutes=1))
    PageFactory(status="published", published_at=now + timezone.timedelta(minutes=1))
    PageFactory(status="draft", published_at=now - timezone.timedelta(days=1))
    assert list(Page.objects.published()) == [past]


def test_publishing_without_a_time_stamps_the_moment_of_publishing():
    page = PageFactory(status="published", published_at=None)
    assert page.published_at is not None
    assert page.publication_state == "published"


def test_a_future_time_is_scheduled_and_a_draft_keeps_its_time_unpublished():
    scheduled = PageFactory(published_at=timezone.now() + timezone.timedelta(hours=2))
    assert scheduled.publication_state == "scheduled"
    draft = PageFactory(status="draft")
    assert draft.publication_state == "draft"
