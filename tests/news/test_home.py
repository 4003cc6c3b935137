import datetime
import io

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from tests.news.factories import ArticleFactory, EventFactory

pytestmark = pytest.mark.django_db


def home(client, code="en"):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    return response.content.decode()


def section(page, heading_id):
    return page.split(f'id="{heading_id}"')[1].split("</section>")[0]


def test_featured_stories_are_at_most_five_in_the_staffs_order(client):
    for order in (3, 1, 6, 2, 5, 4):
        ArticleFactory(title_en=f"Story {order}", featured=True, featured_order=order)
    featured = section(home(client), "home-featured")
    positions = [featured.find(f"Story {order}") for order in range(1, 6)]
    assert all(p > 0 for p in positions) and positions == sorted(positions)
    assert "Story 6" not in featured


def test_latest_news_leaves_out_the_featured_stories_but_not_the_sixth_featured(client):
    for order in range(1, 7):
        ArticleFactory(title_en=f"Story {order}", featured=True, featured_order=order)
    ArticleFactory(title_en="Plain news")
    latest = section(home(client), "home-latest")
    assert "Plain news" in latest and "Story 6" in latest and "Story 1" not in latest


def test_upcoming_events_are_soonest_first(client):
    soon = timezone.now() + datetime.timedelta(days=2)
    EventFactory(title_en="Later", start=soon + datetime.timedelta(days=5))
    EventFactory(title_en="Sooner", start=soon)
    events = section(home(client), "home-events")
    assert events.index("Sooner") < events.index("Later")


@pytest.mark.parametrize("code", ["nb", "ru", "en"])
def test_the_hero_heading_stays_the_only_h1(client, code):
    ArticleFactory(featured=True)
    ArticleFactory()
    EventFactory()
    assert home(client, code).count("<h1") == 1


def test_pictures_are_rendered_from_stored_renditions_without_touching_the_files(
    client, monkeypatch
):
    buffer = io.BytesIO()
    Image.new("RGB", (1800, 900), (10, 60, 90)).save(buffer, "JPEG")
    ArticleFactory(
        title_en="With a picture",
        featured=True,
        image=SimpleUploadedFile("hero.jpg", buffer.getvalue()),
    )

    def forbidden(*args, **kwargs):
        raise AssertionError("a page opened an image file")

    monkeypatch.setattr(FileSystemStorage, "open", forbidden)
    monkeypatch.setattr(FileSystemStorage, "exists", forbidden)
    page = home(client)
    assert ".w1600.jpg" in page and 'loading="eager"' in page
