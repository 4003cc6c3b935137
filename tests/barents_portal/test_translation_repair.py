"""The data migrations that empty text a save had copied from one language into another."""

import importlib

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from barents_portal.models import TranslationRevision
from news.models import Article, Event
from projects.models import Programme
from secretariat.models import Page
from tests.news.factories import ArticleFactory, EventFactory
from tests.projects.factories import ProgrammeFactory
from tests.secretariat.factories import PageFactory

pytestmark = pytest.mark.django_db

NORWEGIAN_BODY = "<p>Kirkenes får nytt kulturhus til neste år.</p>"


def run(migration):
    app, name = migration.split(".")
    importlib.import_module(f"{app}.migrations.{name}").remove_copies(apps, None)


def norwegian_only(factory, **columns):
    item = factory()
    type(item).objects.filter(pk=item.pk).update(
        **{
            "title_ru": None,
            "title_en": None,
            "summary_nb": "Et nytt kulturhus.",
            "summary_ru": None,
            "summary_en": None,
            "body_nb": NORWEGIAN_BODY,
            "body_ru": None,
            "body_en": None,
            **columns,
        }
    )
    return item


def columns(item, *names):
    return type(item).objects.values(*names).get(pk=item.pk)


def test_a_body_copied_into_a_language_without_a_title_is_emptied():
    article = norwegian_only(
        ArticleFactory, body_en=NORWEGIAN_BODY, summary_ru="Et nytt kulturhus."
    )
    run("news.0006_remove_copied_translations")
    assert columns(article, "body_nb", "body_en", "summary_nb", "summary_ru") == {
        "body_nb": NORWEGIAN_BODY,
        "body_en": None,
        "summary_nb": "Et nytt kulturhus.",
        "summary_ru": None,
    }


def test_identical_texts_in_languages_that_have_a_title_are_kept():
    article = norwegian_only(
        ArticleFactory, title_en="A new arts centre in Kirkenes", body_en=NORWEGIAN_BODY
    )
    run("news.0006_remove_copied_translations")
    assert columns(article, "body_en")["body_en"] == NORWEGIAN_BODY


def test_short_fields_such_as_a_city_are_never_emptied():
    event = norwegian_only(EventFactory, city_nb="Kirkenes", city_en="Kirkenes", city_ru=None)
    run("news.0006_remove_copied_translations")
    assert columns(event, "city_en")["city_en"] == "Kirkenes"
    assert Event.objects.filter(pk=event.pk, city_nb="Kirkenes").exists()


def test_a_language_the_admin_recorded_as_edited_is_kept():
    article = norwegian_only(ArticleFactory, body_ru=NORWEGIAN_BODY)
    TranslationRevision.objects.create(
        content_type=ContentType.objects.get_for_model(Article),
        object_id=article.pk,
        language="ru",
        updated_at=timezone.now(),
    )
    run("news.0006_remove_copied_translations")
    assert columns(article, "body_ru")["body_ru"] == NORWEGIAN_BODY


def test_a_different_text_in_an_untitled_language_is_kept():
    article = norwegian_only(ArticleFactory, body_en="<p>Draft of the English text.</p>")
    run("news.0006_remove_copied_translations")
    assert columns(article, "body_en")["body_en"] == "<p>Draft of the English text.</p>"


def test_the_pages_and_the_programmes_are_repaired_by_their_own_apps():
    page = norwegian_only(PageFactory, body_en=NORWEGIAN_BODY)
    programme = ProgrammeFactory(name_nb="Kulturmidler", description_nb=NORWEGIAN_BODY)
    Programme.objects.filter(pk=programme.pk).update(description_en=NORWEGIAN_BODY, name_en="")
    run("secretariat.0005_remove_copied_translations")
    run("projects.0006_remove_copied_translations")
    assert Page.objects.values_list("body_en", flat=True).get(pk=page.pk) is None
    assert Programme.objects.values_list("description_en", flat=True).get(pk=programme.pk) is None
