"""Changes to live content wait for a publisher (barents_portal.pending), for every
publishable model: found through the roles' content models, so a model added later is
covered (its factory is looked up by name and must exist)."""

import datetime
import importlib
from unittest import mock

import pytest
from django import forms
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from barents_portal.languages import key_field
from barents_portal.models import PendingChange, PublicationRecord
from barents_portal.publishing import Status
from barents_portal.roles import EDITOR, PUBLISHER, content_models, is_publishable
from search.sections import SECTIONS
from tests.factories import translated

PUBLISHABLE = [model for model in content_models() if is_publishable(model)]
FACTORY_MODULES = [
    "tests.secretariat.factories",
    "tests.news.factories",
    "tests.projects.factories",
]
SEARCHED = {section.model for section in SECTIONS}
OLD, NEW = "Quokkavalley", "Zebrafinchery"

pytestmark = pytest.mark.django_db


def factory_for(model):
    for name in FACTORY_MODULES:
        factory = getattr(importlib.import_module(name), f"{model.__name__}Factory", None)
        if factory is not None:
            return factory
    raise AssertionError(f"No factory for {model.__name__}: add one to tests/…/factories.py")


def live_item(model, **kwargs):
    key = key_field(model)
    return factory_for(model)(
        status=Status.PUBLISHED,
        published_at=timezone.now() - datetime.timedelta(days=1),
        **translated(key, en=f"{OLD} live"),
        **kwargs,
    )


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def pending_url(obj, action=""):
    opts = obj._meta
    name = f"admin:{opts.app_label}_{opts.model_name}_pending{action}"
    return reverse(name, args=[obj.pk])


def form_values(form):
    """What a browser would send back for the form as rendered (files left alone)."""
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        widget = getattr(field.widget, "widget", field.widget)
        if isinstance(field, forms.FileField):
            continue
        if isinstance(widget, forms.MultiWidget):
            parts = value if isinstance(value, list) else widget.decompress(value)
            for index, part in enumerate(parts):
                data[f"{bound.html_name}_{index}"] = "" if part is None else str(part)
        elif isinstance(field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(item) for item in value]
        else:
            data[bound.html_name] = "" if value is None else str(value)
    return data


def resubmit(response, **changes):
    """The change form of `response` posted back with `changes`."""
    data = form_values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(form_values(formset.management_form))
        for form in formset.forms:
            data.update(form_values(form))
    data.update(changes)
    return data


def edit_as(client, obj, **changes):
    page = client.get(change_url(obj))
    assert page.status_code == 200
    response = client.post(change_url(obj), resubmit(page, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def public_text(client, obj):
    with translation.override("en"):
        url = obj.get_absolute_url()
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def found_by_search(client, obj, word):
    with translation.override("en"):
        url, link = reverse("search:index"), obj.get_absolute_url()
    client.logout()
    return f'href="{link}"' in client.get(url, {"q": word}).content.decode()


@pytest.fixture(params=PUBLISHABLE, ids=lambda model: model._meta.label)
def model(request):
    return request.param


def test_every_publishable_model_has_a_factory(model):
    assert factory_for(model)


def test_an_editors_change_to_a_live_item_waits_and_visitors_keep_the_live_version(
    client, login_as, model
):
    item = live_item(model)
    key = key_field(model)
    login_as(EDITOR)
    response = edit_as(client, item, **{f"{key}_en": f"{NEW} pending"})

    item.refresh_from_db()
    assert getattr(item, f"{key}_en") == f"{OLD} live"
    change = PendingChange.objects.get(object_id=item.pk)
    assert change.data == {f"{key}_en": f"{NEW} pending"}
    assert "waiting for a publisher" in str(list(response.wsgi_request._messages))

    # The editor reopening the item edits the pending version.
    page = client.get(change_url(item)).content.decode()
    assert f"{NEW} pending" in page and "Changes waiting for a publisher" in page

    html = public_text(client, item)
    assert f"{OLD} live" in html and NEW not in html
    if model in SEARCHED:
        assert found_by_search(client, item, OLD)
        assert not found_by_search(client, item, NEW)


def test_a_publisher_publishes_the_change_and_visitors_see_it(client, login_as, model):
    item = live_item(model)
    key = key_field(model)
    login_as(EDITOR)
    edit_as(client, item, **{f"{key}_en": f"{NEW} pending"})
    publisher = login_as(PUBLISHER, "publisher")
    review = client.get(pending_url(item)).content.decode()
    assert f"{OLD} live" in review and f"{NEW} pending" in review

    response = client.post(pending_url(item, "_publish"))
    assert response.status_code == 302

    item.refresh_from_db()
    assert getattr(item, f"{key}_en") == f"{NEW} pending"
    assert item.updated_by == publisher
    assert not PendingChange.objects.filter(object_id=item.pk).exists()
    record = PublicationRecord.objects.get(object_id=item.pk)
    assert (record.action, record.by) == (PublicationRecord.Action.CHANGES, publisher)
    assert item.history.first().history_change_reason == "Changes published"
    assert item.history.first().history_user_id in (publisher.pk, None)
    html = public_text(client, item)
    assert f"{NEW} pending" in html
    if model in SEARCHED:
        assert found_by_search(client, item, NEW)
        assert not found_by_search(client, item, OLD)


def test_a_change_sent_back_shows_the_publishers_note_to_the_editor(client, login_as, model):
    item = live_item(model)
    key = key_field(model)
    login_as(EDITOR)
    edit_as(client, item, **{f"{key}_en": f"{NEW} pending"})
    login_as(PUBLISHER, "publisher")
    client.post(pending_url(item, "_send_back"), {"note": "Please check the spelling."})

    login_as(EDITOR, "editor-2")
    page = client.get(change_url(item)).content.decode()
    assert "sent these changes back" in page and "Please check the spelling." in page
    item.refresh_from_db()
    assert getattr(item, f"{key}_en") == f"{OLD} live"


def test_a_scheduled_change_is_published_by_the_command_at_its_time(client, login_as, model):
    item = live_item(model)
    key = key_field(model)
    login_as(EDITOR)
    edit_as(client, item, **{f"{key}_en": f"{NEW} pending"})
    login_as(PUBLISHER, "publisher")
    at = (timezone.localtime() + datetime.timedelta(hours=2)).replace(second=0, microsecond=0)
    client.post(pending_url(item, "_publish"), {"publish_at": at.strftime("%Y-%m-%dT%H:%M")})
    assert PendingChange.objects.get(object_id=item.pk).publish_at == at

    call_command("publish_due_changes")
    item.refresh_from_db()
    assert getattr(item, f"{key}_en") == f"{OLD} live"

    with mock.patch("django.utils.timezone.now", return_value=at + datetime.timedelta(seconds=1)):
        call_command("publish_due_changes")
        call_command("publish_due_changes")  # idempotent
    item.refresh_from_db()
    assert getattr(item, f"{key}_en") == f"{NEW} pending"
    assert PublicationRecord.objects.filter(object_id=item.pk).count() == 1


def test_a_publishers_own_change_to_a_live_item_is_live_at_once(client, login_as, model):
    item = live_item(model)
    key = key_field(model)
    login_as(PUBLISHER)
    edit_as(client, item, **{f"{key}_en": f"{NEW} direct"})
    item.refresh_from_db()
    assert getattr(item, f"{key}_en") == f"{NEW} direct"
    assert not PendingChange.objects.exists()


def test_an_editors_change_to_a_draft_is_saved_on_the_item(client, login_as, model):
    item = live_item(model)
    type(item).objects.filter(pk=item.pk).update(status=Status.DRAFT)
    key = key_field(model)
    login_as(EDITOR)
    edit_as(client, item, **{f"{key}_en": f"{NEW} draft"})
    item.refresh_from_db()
    assert getattr(item, f"{key}_en") == f"{NEW} draft"
    assert not PendingChange.objects.exists()


def test_the_changelists_show_and_filter_items_with_changes_waiting(client, login_as, model):
    item = live_item(model)
    other = live_item(model)
    key = key_field(model)
    login_as(EDITOR)
    edit_as(client, item, **{f"{key}_en": f"{NEW} pending"})
    login_as(PUBLISHER, "publisher")
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    response = client.get(url, {"changes_waiting": "yes"})
    assert list(response.context["cl"].result_list) == [item]
    assert "Waiting for a publisher" in response.content.decode()
    assert other in client.get(url).context["cl"].result_list


def test_the_pending_version_is_previewed_in_each_language_by_staff_only(client, login_as):
    from tests.news.factories import ArticleFactory

    article = ArticleFactory(title_en=f"{OLD} live", title_nb="Gammel tittel")
    login_as(EDITOR)
    edit_as(client, article, title_en=f"{NEW} pending", title_nb="Ny tittel")
    login_as(PUBLISHER, "publisher")
    review = client.get(pending_url(article)).content.decode()
    for code, title in [("en", f"{NEW} pending"), ("nb", "Ny tittel")]:
        with translation.override(code):
            url = f"{article.get_preview_url()}?pending=1"
        assert url.replace("&", "&amp;") in review
        response = client.get(url)
        html = response.content.decode()
        assert title in html
        assert html.count("notice--preview") == 1
        assert response.context["pending_change"] is not None  # the banner says so
        assert "no-cache" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]
    client.logout()
    with translation.override("en"):
        assert client.get(f"{article.get_preview_url()}?pending=1").status_code == 404
    article.refresh_from_db()
    assert article.title_en == f"{OLD} live"


def test_a_preview_of_changes_where_none_wait_is_a_404(client, login_as):
    from tests.news.factories import ArticleFactory

    article = ArticleFactory()
    login_as(PUBLISHER)
    with translation.override("en"):
        assert client.get(f"{article.get_preview_url()}?pending=1").status_code == 404


@pytest.mark.parametrize("factory_name", ["ArticleFactory", "EventFactory"])
def test_the_staff_preview_banner_appears_once(client, login_as, factory_name):
    item = getattr(importlib.import_module("tests.news.factories"), factory_name)(
        status=Status.DRAFT
    )
    login_as(EDITOR)
    with translation.override("en"):
        html = client.get(item.get_preview_url()).content.decode()
    assert html.count("notice--preview") == 1


def test_the_compare_view_shows_each_changed_field_per_language(client, login_as):
    from tests.news.factories import ArticleFactory, TopicFactory

    article = ArticleFactory(title_en="Old English", title_ru="Старый")
    topic = TopicFactory(name_en="Fisheries")
    login_as(EDITOR)
    edit_as(client, article, title_ru="Новый", topics=[str(topic.pk)])
    login_as(PUBLISHER, "publisher")
    response = client.get(pending_url(article))
    rows = response.context["rows"]
    assert ("ru", "title", "Старый", "Новый") in [(r[0], str(r[1]), r[2], r[3]) for r in rows]
    assert (None, "Fisheries") in [(r[0], r[3]) for r in rows]
    client.post(pending_url(article, "_publish"))
    assert list(article.topics.all()) == [topic]
    assert article.history.first().title_ru == "Новый"


def test_the_changes_waiting_page_and_the_index_count_link_to_each_review(client, login_as):
    from tests.news.factories import ArticleFactory

    article = ArticleFactory(title_en=f"{OLD} live")
    login_as(EDITOR)
    edit_as(client, article, title_en=f"{NEW} pending")
    login_as(PUBLISHER, "publisher")
    index = client.get(reverse("admin:index")).content.decode()
    assert "1 change waits for a publisher" in index
    page = client.get(reverse("admin:barents_portal_pendingchange_changelist"))
    assert page.status_code == 200
    assert pending_url(article) in page.content.decode()


def test_an_editor_cannot_publish_or_send_back(client, login_as):
    from tests.news.factories import ArticleFactory

    article = ArticleFactory()
    login_as(EDITOR)
    edit_as(client, article, title_en=f"{NEW} pending")
    assert client.get(pending_url(article)).status_code == 200  # may compare
    assert client.post(pending_url(article, "_publish")).status_code == 403
    assert client.post(pending_url(article, "_send_back"), {"note": "x"}).status_code == 403
    article.refresh_from_db()
    assert article.title_en != f"{NEW} pending"


def test_a_schedule_in_the_past_is_refused(client, login_as):
    from tests.news.factories import ArticleFactory

    article = ArticleFactory()
    login_as(EDITOR)
    edit_as(client, article, title_en=f"{NEW} pending")
    login_as(PUBLISHER, "publisher")
    past = timezone.localtime() - datetime.timedelta(days=1)
    client.post(pending_url(article, "_publish"), {"publish_at": past.strftime("%Y-%m-%dT%H:%M")})
    change = PendingChange.objects.get()
    assert change.publish_at is None
    article.refresh_from_db()
    assert article.title_en != f"{NEW} pending"


def test_a_later_edit_by_the_editor_updates_the_one_pending_version(client, login_as):
    from tests.news.factories import ArticleFactory

    article = ArticleFactory(title_en=f"{OLD} live", summary_en="Old summary")
    login_as(EDITOR)
    edit_as(client, article, title_en=f"{NEW} pending")
    edit_as(client, article, summary_en="New summary")
    change = PendingChange.objects.get()
    assert change.data == {"title_en": f"{NEW} pending", "summary_en": "New summary"}


def test_an_events_documents_are_read_only_for_an_editor_while_it_is_live(client, login_as, rf):
    from django.contrib.admin import site

    from news.models import Event
    from tests.news.factories import DocumentFactory, EventFactory

    editor = login_as(EDITOR)
    event = EventFactory()
    assert "can be changed by a publisher only" in client.get(change_url(event)).content.decode()
    edit_as(client, event, title_en=f"{NEW} pending")

    document = DocumentFactory(title_en="Agenda")
    request = rf.get(change_url(document.event))
    request.user = editor
    [inline] = site.get_model_admin(Event).get_inline_instances(request, document.event)
    assert not inline.has_add_permission(request, document.event)
    assert not inline.has_change_permission(request, document.event)
    assert not inline.has_delete_permission(request, document.event)


def test_the_page_cache_keeps_no_page_past_a_scheduled_change(client, login_as):
    from barents_portal.cache import compute_next_change
    from tests.news.factories import ArticleFactory

    article = ArticleFactory()
    login_as(EDITOR)
    edit_as(client, article, title_en=f"{NEW} pending")
    login_as(PUBLISHER, "publisher")
    at = (timezone.localtime() + datetime.timedelta(minutes=30)).replace(second=0, microsecond=0)
    client.post(pending_url(article, "_publish"), {"publish_at": at.strftime("%Y-%m-%dT%H:%M")})
    assert compute_next_change(timezone.now()) == at


def test_a_funded_project_an_editor_creates_is_a_draft_nobody_sees(client, login_as):
    from projects.models import FundedProject
    from tests.projects.factories import ProgrammeFactory

    programme = ProgrammeFactory()
    login_as(EDITOR)
    response = client.post(
        reverse("admin:projects_fundedproject_add"),
        {
            "title_en": f"{NEW} project",
            "reference": "ED-1",
            "programme": programme.pk,
            "lead_organisation": "Kirkenes Culture House",
            "lead_country": "NO",
            "grant_amount": "1000",
            "currency": "EUR",
            "year_granted": "2024",
            "project_status": "ongoing",
            "status": "published",  # read-only for an editor: ignored
            "partners-TOTAL_FORMS": "0",
            "partners-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    project = FundedProject.objects.get(reference="ED-1")
    assert project.status == Status.DRAFT
    assert not FundedProject.objects.published().filter(pk=project.pk).exists()
    client.logout()
    with translation.override("en"):
        assert client.get(project.get_absolute_url()).status_code == 404
        listing = client.get(reverse("projects:project-list")).content.decode()
        export = b"".join(client.get(reverse("projects:project-export-csv")))
        programme_page = client.get(programme.get_absolute_url()).content.decode()
    assert NEW not in listing and NEW.encode() not in export and NEW not in programme_page
    assert "ED-1" not in client.get("/sitemap.xml").content.decode()


def test_an_editor_restoring_an_old_version_of_a_live_item_proposes_it_as_a_change(
    client, login_as
):
    from secretariat.models import Page
    from tests.barents_portal.test_roles import page_form
    from tests.secretariat.factories import PageFactory

    page = PageFactory(title_en="First")
    Page.objects.filter(pk=page.pk).update(title_en="Second")
    page.title_en = "Second"
    page.save()  # a second version
    first = page.history.order_by("history_date").first()
    login_as(EDITOR)
    old = Page.history.get(history_id=first.history_id).instance
    response = client.post(
        f"/admin/secretariat/page/{page.pk}/history/{first.history_id}/", page_form(old)
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.title_en, page.status) == ("Second", Status.PUBLISHED)
    assert PendingChange.objects.get().data["title_en"] == "First"


def test_deleting_an_item_deletes_the_changes_waiting_for_it(client, login_as):
    from tests.news.factories import ArticleFactory

    article = ArticleFactory()
    login_as(EDITOR)
    edit_as(client, article, title_en=f"{NEW} pending")
    login_as(PUBLISHER, "publisher")
    client.post(reverse("admin:news_article_delete", args=[article.pk]), {"post": "yes"})
    assert not PendingChange.objects.exists()
