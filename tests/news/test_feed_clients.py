"""The news feeds as a feed reader reads them (feedparser), with the W3C validator's rules:
well-formed, an author, an id, an updated date and a self link; summaries as text; every
entry in the language its text is really in; hostile text never breaks a feed."""

import feedparser
import pytest
from django.urls import reverse
from django.utils.translation import override

from barents_portal.plaintext import CONTROL_CHARACTERS
from tests.hostile import HOSTILE
from tests.news.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("nb", "ru", "en")


@pytest.fixture
def topic():
    culture = TopicFactory(name_en="Culture", name_nb="Kultur", name_ru="Культура")
    ArticleFactory(title_en="Scholarships", byline="Ingrid Hætta", topics=[culture])
    ArticleFactory(
        title_en="",
        title_ru="",
        summary_en="",
        summary_ru="",
        title_nb="Bare på norsk",
        topics=[culture],
    )
    return culture


def feed_urls(topic):
    return [reverse("news:rss"), reverse("news:atom"), topic.get_rss_url(), topic.get_atom_url()]


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
    return response, parsed


def test_every_feed_in_every_language_is_well_formed_with_authors_and_languages(client, topic):
    for code in LANGUAGES:
        with override(code):
            urls = feed_urls(topic)
        for url in urls:
            response, parsed = read(client, url)
            assert parsed.feed.language == code
            assert parsed.feed.title and parsed.feed.link
            assert any(link.rel == "self" for link in parsed.feed.links), url
            assert len(parsed.entries) == 2
            for entry in parsed.entries:
                assert entry.author, url
                assert entry.id and entry.link and entry.published_parsed
                assert "updated_parsed" in entry or "atom" not in url
            by_title = {entry.title: entry for entry in parsed.entries}
            norwegian_only = by_title["Bare på norsk"]
            if "atom" in url:
                assert parsed.feed.author
                assert parsed.feed.updated_parsed and parsed.feed.id
                assert norwegian_only.title_detail.language == "nb"
                for entry in parsed.entries:
                    assert entry.summary_detail.type == "text/plain"
            else:
                assert norwegian_only.language == "nb"
            others = [entry for entry in parsed.entries if entry is not norwegian_only]
            language = others[0].title_detail.language if "atom" in url else others[0].language
            assert language == code


def test_the_secretariat_writes_an_article_without_a_byline(client, topic):
    with override("en"):
        _response, parsed = read(client, reverse("news:atom"))
    assert parsed.feed.author == "Barents Secretariat"
    authors = {entry.title: entry.author for entry in parsed.entries}
    assert authors == {"Scholarships": "Ingrid Hætta", "Bare på norsk": "Barents Secretariat"}


def test_a_summary_with_markup_is_text_in_every_feed_never_markup(client, topic):
    ArticleFactory(
        title_en="Markup", summary_en="<img src=x onerror=alert(1)> & <b>bold</b>", topics=[topic]
    )
    with override("en"):
        urls = feed_urls(topic)
    for url in urls:
        response, parsed = read(client, url)
        entry = next(entry for entry in parsed.entries if entry.title == "Markup")
        assert b"<img" not in response.content and b"<b>" not in response.content
        if "atom" in url:
            assert entry.summary == "<img src=x onerror=alert(1)> & <b>bold</b>"
        else:
            # RSS readers read <description> as HTML: the text arrives escaped, as text.
            assert (
                entry.summary == "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
            )


def every_language(**fields):
    return {f"{name}_{code}": value for name, value in fields.items() for code in LANGUAGES}


def test_hostile_text_in_every_field_never_breaks_a_feed(client):
    hostile_topic = TopicFactory(**every_language(name=HOSTILE[:100], description=HOSTILE))
    ArticleFactory(
        **every_language(title=HOSTILE[:200], summary=HOSTILE),
        byline=HOSTILE[:200],
        topics=[hostile_topic],
    )
    urls = []
    for code in LANGUAGES:
        with override(code):
            urls += feed_urls(hostile_topic)
    for url in urls:
        response, parsed = read(client, url)
        assert not CONTROL_CHARACTERS.search(response.content.decode())
        assert b"\r" not in response.content
        (entry,) = parsed.entries
        assert entry.title.startswith('Tromsø <script>alert("x")</script> ]]> <!--')
        assert b"<script" not in response.content


def test_the_home_page_and_the_news_list_announce_both_news_feeds(client):
    for name in ("home", "news:index"):
        with override("ru"):
            page = client.get(reverse(name)).content.decode()
            rss, atom = reverse("news:rss"), reverse("news:atom")
        assert f'type="application/rss+xml" title="Новости (RSS)" href="{rss}"' in page, name
        assert f'type="application/atom+xml" title="Новости (Atom)" href="{atom}"' in page
