"""TranslatedSlugField: one unique, transliterated slug per language, kept once given."""

import pytest
from django.db import IntegrityError, transaction

from news.models import Article, Series, Topic
from tests.news.factories import ArticleFactory, SeriesFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_a_saved_item_gets_transliterated_slugs_of_cyrillic_and_norwegian_titles():
    article = ArticleFactory(
        title_nb="Ærlig økonomi på Svalbard", title_ru="Сотрудничество в Арктике", title_en=""
    )
    article.refresh_from_db()
    assert article.slug_nb == "aerlig-okonomi-pa-svalbard"
    assert article.slug_ru == "sotrudnichestvo-v-arktike"
    assert article.slug_en is None


def test_a_slug_once_given_is_kept_when_the_title_changes():
    article = ArticleFactory(title_en="First headline")
    article.title_en = "A better headline"
    article.save()
    article.refresh_from_db()
    assert article.slug_en == "first-headline"


def test_a_language_translated_later_gets_its_slug_on_that_save():
    series = SeriesFactory(title_en="Partnership meetings", title_nb="", title_ru="")
    assert series.slug_nb is None and series.slug_ru is None
    series.title_nb = "Partnerskapsmøter"
    series.save()
    series.refresh_from_db()
    assert series.slug_nb == "partnerskapsmoter" and series.slug_en == "partnership-meetings"


def test_a_save_of_some_fields_fills_the_slug_of_the_language_saved():
    article = ArticleFactory(title_en="Fisheries", title_ru="")
    article.title_ru = "Рыболовство"
    article.save(update_fields=["title_ru", "slug_ru"])
    assert Article.objects.get(pk=article.pk).slug_ru == "rybolovstvo"


def test_a_long_title_gives_a_slug_that_fits_and_stays_unique():
    title = "Cooperation across the borders of the Barents Region " * 3
    first = ArticleFactory(title_en=title)
    second = ArticleFactory(title_en=title)
    assert len(first.slug_en) <= 80 and len(second.slug_en) <= 80
    assert second.slug_en.endswith("-2") and first.slug_en != second.slug_en


def test_bulk_created_items_get_their_slugs_too():
    Topic.objects.bulk_create([Topic(name_nb="Fiskeri", name_ru="Рыболовство", name_en="")])
    topic = Topic.objects.get()
    assert (topic.slug_nb, topic.slug_ru, topic.slug_en) == ("fiskeri", "rybolovstvo", None)


def test_the_database_refuses_two_items_with_one_slug_in_the_same_language():
    first = TopicFactory(name_en="Culture")
    second = TopicFactory(name_en="Arts")
    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.filter(pk=second.pk).update(slug_en=first.slug_en)


def test_the_revision_history_keeps_the_slugs_and_is_not_unique():
    article = ArticleFactory(title_en="Kept in the history")
    article.summary_en = "Changed."
    article.save()
    slugs = set(article.history.values_list("slug_en", flat=True))
    assert slugs == {"kept-in-the-history"}
    assert Article.history.model._meta.constraints == []


def test_the_admin_form_stores_a_blank_slug_as_null_and_fills_the_others(admin_client):
    response = admin_client.post(
        "/admin/news/series/add/",
        {
            "title_nb": "Barentsmøtene",
            "title_ru": "Баренцевы встречи",
            "title_en": "",
            "slug_nb": "",
            "slug_ru": "",
            "slug_en": "",
            "status": "draft",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    series = Series.objects.get()
    assert (series.slug_nb, series.slug_ru, series.slug_en) == (
        "barentsmotene",
        "barentsevy-vstrechi",
        None,
    )


def test_a_slug_typed_in_the_admin_is_kept(admin_client):
    response = admin_client.post(
        "/admin/news/series/add/",
        {"title_en": "Partnership meetings", "slug_en": "bip-meetings", "status": "draft"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Series.objects.get().slug_en == "bip-meetings"
