import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.news.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["nb", "ru", "en"]


def html(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def article():
    topic = TopicFactory(name_en="Culture", name_nb="Kultur", name_ru="Культура")
    return ArticleFactory(
        title_en="Scholarships awarded",
        title_nb="Stipender delt ut",
        title_ru="Вручены стипендии",
        body_en='<p>Text.</p><aside class="fact-box"><h2>Background</h2><p>Facts.</p></aside>',
        byline="Ingrid Hætta",
        topics=[topic],
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_news_page_answers_in_each_language_with_one_h1(client, article, code):
    topic = article.topics.get()
    with override(code):
        urls = [
            reverse("news:index"),
            article.get_absolute_url(),
            topic.get_absolute_url(),
            reverse("news:year", args=[timezone.localtime(article.published_at).year]),
        ]
    for url in urls:
        page = html(client.get(url))
        assert f'<html lang="{code}">' in page, url
        assert page.count("<h1") == 1, url


def test_an_article_has_its_background_box_byline_and_topics(client, article):
    page = html(client.get(article.get_absolute_url()))
    assert '<aside class="fact-box">' in page
    assert "By Ingrid Hætta" in page
    assert 'href="/en/news/topics/culture/"' in page


def test_an_article_found_by_its_norwegian_slug_under_en_redirects_to_its_english_slug(
    client, article
):
    response = client.get(f"/en/news/{article.slug_nb}/")
    assert response.status_code == 301
    assert response["Location"] == "/en/news/scholarships-awarded/"


def test_a_russian_title_gets_a_transliterated_slug(article):
    assert article.slug_ru == "vrucheny-stipendii"


def test_a_norwegian_only_article_falls_back_with_a_notice_and_its_own_language(client):
    article = ArticleFactory(
        title_en="", title_ru="", title_nb="Bare på norsk", summary_en="", summary_ru=""
    )
    page = html(client.get(f"/en/news/{article.slug_nb}/"))
    assert "This page is not available in English; it is shown in Norwegian." in page
    assert '<h1 lang="nb">Bare på norsk</h1>' in page
    assert f'rel="canonical" href="http://testserver/nb/nyheter/{article.slug_nb}/"' in page
    hreflangs = re.findall(r'hreflang="([a-z-]+)" href', page)
    assert hreflangs == ["nb", "x-default"]


def test_last_updated_shows_only_when_the_article_changed_on_a_later_day(client, article):
    assert "Last updated" not in html(client.get(article.get_absolute_url()))
    type(article).objects.filter(pk=article.pk).update(
        created_at=article.published_at,
        updated_at=article.published_at + datetime.timedelta(days=1),
    )
    assert "Last updated" in html(client.get(article.get_absolute_url()))


def test_an_article_carries_opengraph_json_ld_and_plain_share_links(client, article):
    page = html(client.get(article.get_absolute_url()))
    assert '<meta property="og:type" content="article">' in page
    assert '<meta property="article:tag" content="Culture">' in page
    # A data block, not a script: CSP does not apply, and a cached page must hold no nonce.
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
    assert block, "JSON-LD data block without a nonce"
    data = json.loads(block.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Scholarships awarded"
    assert data["author"] == {"@type": "Person", "name": "Ingrid Hætta"}
    assert "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver" in page
    assert "<script src" not in page


def test_json_ld_cannot_be_closed_early_by_a_title(client):
    article = ArticleFactory(title_en="</script><script>alert(1)</script>")
    page = html(client.get(article.get_absolute_url()))
    assert "<script>alert(1)" not in page
    assert "\\u003C/script\\u003E" in page


def test_related_articles_share_topics_and_older_and_newer_follow_the_dates(client, article):
    topic = article.topics.get()
    older = ArticleFactory(
        title_en="Older one", published_at=article.published_at - datetime.timedelta(days=3)
    )
    newer = ArticleFactory(title_en="Newer one", published_at=timezone.now())
    related = ArticleFactory(
        title_en="Also about culture",
        topics=[topic],
        published_at=article.published_at - datetime.timedelta(days=10),
    )
    page = html(client.get(article.get_absolute_url()))
    related_section = page.split('id="related-title"')[1].split("</section>")[0]
    assert related.title_en in related_section and older.title_en not in related_section
    navigation = page.split('class="prev-next"')[1]
    assert "Newer article</span> Newer one" in navigation
    assert "Older article</span> Older one" in navigation
    assert newer.title_en not in related_section


def test_the_index_paginates_with_an_elided_page_range(client, monkeypatch):
    from news import views

    monkeypatch.setattr(views.ArticleListView, "paginate_by", 2)
    ArticleFactory.create_batch(2 * 15)
    page = html(client.get("/en/news/?page=8"))
    assert 'aria-current="page" href="?page=8"' in page
    assert 'href="?page=15"' in page and "…" in page and 'href="?page=3"' not in page
    assert 'href="/en/news/"' in page  # page 1 has no ?page=


def test_the_year_archive_lists_only_that_year(client):
    this_year = timezone.localdate().year
    ArticleFactory(title_en="This year", published_at=timezone.now() - datetime.timedelta(hours=1))
    ArticleFactory(
        title_en="Two years ago",
        published_at=timezone.now().replace(year=this_year - 2),
    )
    page = html(client.get(reverse("news:year", args=[this_year - 2])))
    assert "Two years ago" in page and "This year" not in page
    assert f'href="/en/news/archive/{this_year}/"' in page


def test_the_article_image_is_responsive_and_lazy_in_lists_but_eager_on_its_page(client, tmp_path):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (2000, 1000), (20, 40, 80)).save(buffer, "JPEG")
    article = ArticleFactory(
        title_en="With a picture",
        image=SimpleUploadedFile("hero.jpg", buffer.getvalue(), content_type="image/jpeg"),
        image_alt_en="Northern lights",
    )
    assert (article.image_width, article.image_height) == (2000, 1000)
    detail = html(client.get(article.get_absolute_url()))
    assert 'loading="eager" fetchpriority="high"' in detail
    assert 'alt="Northern lights"' in detail and "w480" not in detail.split("og:image")[0]
    assert ".w960.webp 960w" in detail and 'width="1600" height="800"' in detail
    listing = html(client.get("/en/news/"))
    assert 'loading="lazy"' in listing
