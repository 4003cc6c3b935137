"""Finding an item by any language's slug: the queryset method, the views' redirect, feeds."""

import pytest
from django.utils.translation import override

from news.models import Article, Topic
from tests.news.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_an_item_is_found_by_the_slug_of_any_language():
    article = ArticleFactory(title_nb="Nordlys", title_ru="Северное сияние", title_en="")
    with override("en"):
        assert Article.objects.published().get_by_slug("nordlys") == article
        assert Article.objects.published().get_by_slug("severnoe-siianie") == article


def test_the_match_in_the_readers_language_wins_over_another_items_match():
    norwegian = ArticleFactory(title_nb="Kirkenes", title_en="Border town", title_ru="")
    english = ArticleFactory(title_nb="Grensebyen", title_en="Kirkenes", title_ru="")
    with override("nb"):
        assert Article.objects.get_by_slug("kirkenes") == norwegian
    with override("en"):
        assert Article.objects.get_by_slug("kirkenes") == english
    assert Article.objects.get_by_slug("kirkenes", language="nb") == norwegian


def test_the_lookup_respects_the_queryset_it_is_called_on(django_assert_num_queries):
    ArticleFactory(title_en="Not yet", status="draft", published_at=None)
    with pytest.raises(Article.DoesNotExist), django_assert_num_queries(1):
        Article.objects.published().get_by_slug("not-yet")
    assert Article.objects.get_by_slug("not-yet").title_en == "Not yet"


def test_an_unknown_slug_is_does_not_exist():
    with pytest.raises(Topic.DoesNotExist):
        Topic.objects.get_by_slug("no-such-topic")


def test_a_topic_page_under_another_languages_slug_redirects_to_its_own_keeping_the_query(
    client,
):
    topic = TopicFactory(name_nb="Kultur", name_en="Culture", name_ru="Культура")
    response = client.get("/en/news/topics/kultura/?page=1")
    assert response.status_code == 301
    with override("en"):
        assert response["Location"] == f"{topic.get_absolute_url()}?page=1"
    assert client.get(response["Location"]).status_code == 200


def test_an_unknown_topic_slug_is_a_404(client):
    assert client.get("/en/news/topics/no-such-topic/").status_code == 404


@pytest.mark.parametrize("feed", ["rss.xml", "atom.xml"])
def test_a_topic_feed_is_found_by_the_slug_of_any_language(client, feed):
    topic = TopicFactory(name_nb="Helse", name_en="Health", name_ru="Здравоохранение")
    ArticleFactory(title_en="Hospital opens", topics=[topic])
    response = client.get(f"/en/news/topics/zdravookhranenie/{feed}")
    assert response.status_code == 200
    assert "Hospital opens" in response.content.decode()
    assert client.get(f"/en/news/topics/no-such-topic/{feed}").status_code == 404
