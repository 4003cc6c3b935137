import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from news.models import Article, Event
from tests.news.factories import ArticleFactory, DocumentFactory, EventFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["article", "topic", "event", "series", "document"])
def test_admin_change_lists_and_add_forms_open(admin_client, model):
    ArticleFactory()
    DocumentFactory()
    assert admin_client.get(f"/admin/news/{model}/").status_code == 200
    assert admin_client.get(f"/admin/news/{model}/add/").status_code == 200


def test_the_article_list_shows_state_languages_and_filters_by_state(admin_client):
    ArticleFactory(title_en="Live one")
    ArticleFactory(title_en="Tomorrow's", published_at=timezone.now() + datetime.timedelta(days=1))
    ArticleFactory(title_en="", title_ru="", title_nb="Kladd", status="draft", published_at=None)
    page = admin_client.get("/admin/news/article/").content.decode()
    assert "Scheduled for" in page and "Draft" in page and "nb – –" in page
    scheduled = admin_client.get("/admin/news/article/?state=scheduled").content.decode()
    assert "Tomorrow&#x27;s" in scheduled and "Live one" not in scheduled


def test_the_shared_publish_and_unpublish_actions_work_on_news(admin_client):
    draft = ArticleFactory(status="draft", published_at=None)
    event = EventFactory(status="draft", published_at=None)
    for url, item in (("/admin/news/article/", draft), ("/admin/news/event/", event)):
        admin_client.post(url, {"action": "publish_now", "_selected_action": [item.pk]})
        item.refresh_from_db()
        assert item.is_published
        admin_client.post(url, {"action": "unpublish", "_selected_action": [item.pk]})
        item.refresh_from_db()
        assert item.publication_state == "unpublished"


def test_the_state_filter_tells_unpublished_from_draft(admin_client):
    ArticleFactory(title_en="Never out", status="draft", published_at=None)
    ArticleFactory(title_en="Taken down", status="unpublished")
    page = admin_client.get("/admin/news/article/?state=unpublished").content.decode()
    assert "Taken down" in page and "Never out" not in page


def test_news_keeps_a_revision_history_with_every_language(admin_client):
    article = ArticleFactory(title_nb="Første utgave")
    article.title_nb = "Andre utgave"
    article.save()
    assert [h.title_nb for h in article.history.order_by("history_date")] == [
        "Første utgave",
        "Andre utgave",
    ]
    response = admin_client.get(f"/admin/news/article/{article.pk}/history/")
    assert response.status_code == 200


def test_the_article_admin_saves_translations_topics_and_stamps(admin_client):
    topic = TopicFactory()
    response = admin_client.post(
        "/admin/news/article/add/",
        {
            "title_nb": "Nytt stipend",
            "title_en": "New scholarship",
            "kind": "news",
            "topics": [topic.pk],
            "regions": ["FI-10"],
            "status": "draft",
            "featured_order": 0,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get()
    admin = get_user_model().objects.get(username="admin")
    assert article.created_by == admin and article.slug_nb == "nytt-stipend"
    assert article.countries == ["FI"] and list(article.topics.all()) == [topic]


def test_an_event_time_is_typed_in_the_events_own_zone(admin_client):
    response = admin_client.post(
        "/admin/news/event/add/",
        {
            "title_en": "Seminar in Rovaniemi",
            "kind": "seminar",
            "start_0": "2027-01-12",
            "start_1": "10:00",
            "end_0": "2027-01-12",
            "end_1": "16:00",
            "time_zone": "Europe/Helsinki",
            "country": "FI",
            "status": "published",
            "documents-TOTAL_FORMS": "0",
            "documents-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Event.objects.get()
    assert event.start == datetime.datetime(2027, 1, 12, 10, tzinfo=ZoneInfo("Europe/Helsinki"))
    form = admin_client.get(f"/admin/news/event/{event.pk}/change/").content.decode()
    assert 'name="start_1" value="10:00:00"' in form


def test_a_document_upload_that_is_not_a_document_is_refused_in_the_admin(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    event = EventFactory()
    response = admin_client.post(
        "/admin/news/document/add/",
        {
            "event": event.pk,
            "title_en": "Programme",
            "kind": "programme",
            "language": "en",
            "order": 0,
            "file": SimpleUploadedFile("programme.pdf", b"<html>not a pdf</html>"),
        },
    )
    assert response.status_code == 200
    assert "not a document we accept" in response.content.decode()


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("editor", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    return user


def test_a_translator_may_preview_a_draft_too(client):
    translator = get_user_model().objects.create_user("tr", password="x" * 12, is_staff=True)
    translator.groups.add(Group.objects.get(name="Translator"))
    article = ArticleFactory(status="draft", published_at=None)
    client.force_login(translator)
    assert client.get(article.get_preview_url()).status_code == 200


def test_staff_who_may_change_it_preview_a_draft_uncached_and_unindexed(client, editor):
    article = ArticleFactory(title_en="Work in progress", status="draft", published_at=None)
    event = EventFactory(title_en="Planned meeting", status="draft", published_at=None)
    client.force_login(editor)
    for item in (article, event):
        response = client.get(item.get_preview_url())
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        page = response.content.decode()
        assert '<meta name="robots" content="noindex, nofollow">' in page
        assert "Preview for staff" in page


def test_a_preview_is_a_404_for_visitors_and_staff_without_permission(client):
    article = ArticleFactory(status="draft", published_at=None)
    assert client.get(article.get_preview_url()).status_code == 404
    other = get_user_model().objects.create_user("other", password="x" * 12, is_staff=True)
    client.force_login(other)
    assert client.get(article.get_preview_url()).status_code == 404


def test_view_on_site_points_a_draft_to_its_preview(admin_client):
    article = ArticleFactory(status="draft", published_at=None)
    page = admin_client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert f'href="{article.get_preview_url()}" class="viewsitelink"' in page
    article.status = "published"
    article.save()
    page = admin_client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert f'href="{article.get_absolute_url()}" class="viewsitelink"' in page
