"""Text shown in another language than the page's carries its real `lang` and a small
visible label ("на норвежском") wherever it appears: lists, cards, home blocks, related
items, search results and breadcrumbs ({% fallback_label %} beside {% lang_attr %})."""

import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import override

from tests.news.factories import ArticleFactory, EventFactory, SeriesFactory, TopicFactory
from tests.projects.factories import CallFactory, FundedProjectFactory, ProgrammeFactory
from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = pytest.mark.django_db

LABEL_RU = '<span class="lang-label" lang="ru">на норвежском</span>'
# The element around a title names the title's language: `<h2 lang="nb"><a …>Title` or
# `<a … lang="nb">Title` or `<span lang="nb">Title`.
OPENED_IN_NORWEGIAN = re.compile(r'lang="nb"[^<>]*>(?:<a [^<>]*>)?$')
JSON_LD = re.compile(r'<script type="application/ld\+json">.*?</script>', re.DOTALL)


def render(source, **context):
    return Template("{% load portal %}" + source).render(Context(context))


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def in_russian(view, *args):
    with override("ru"):
        return reverse(view, args=args)


def assert_marked(page, title, label=LABEL_RU):
    """Every occurrence of `title` sits in an element with lang="nb", the label after it."""
    title = escape(title)
    page = page.split("<body>")[-1]  # the head's <title>, meta tags and JSON-LD hold no markup
    page = JSON_LD.sub("", page)  # nor does JSON-LD in the body (a breadcrumb trail's data)
    starts = [match.start() for match in re.finditer(re.escape(title), page)]
    assert starts, f"{title} is not on the page"
    for start in starts:
        before, after = page[max(0, start - 400) : start], page[start : start + len(title) + 120]
        if "<option" in before[-60:]:
            assert after.startswith(f"{title} (на норвежском)</option>"), after
            continue  # a filter's choice holds no markup: the label in brackets
        assert OPENED_IN_NORWEGIAN.search(before), before[-120:] + "|" + after
        assert label in after, after


def norwegian_only_article(title, **fields):
    return ArticleFactory(
        title_nb=title, title_en="", title_ru="", summary_en="", summary_ru="", **fields
    )


# --- The tags ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ru", LABEL_RU),
        ("en", '<span class="lang-label" lang="en">in Norwegian</span>'),
        ("nb", ""),
    ],
)
def test_the_label_names_the_language_the_text_is_really_in(code, expected):
    article = norwegian_only_article("Bare på norsk")
    with override(code):
        assert render("{% fallback_label item %}", item=article).strip() == expected


@pytest.mark.parametrize(
    ("text_language", "label"),
    [("en", "на английском"), ("nb", "на норвежском"), ("ru", "на русском")],
)
def test_the_russian_label_is_in_the_prepositional_case(text_language, label):
    with override("ru" if text_language != "ru" else "nb"):
        written = render("{% fallback_label code %}", code=text_language)
    if text_language == "ru":
        assert "på russisk" in written
    else:
        assert f">{label}</span>" in written


def test_a_norwegian_caption_on_a_russian_page_is_marked_norwegian():
    article = ArticleFactory(
        image_caption_en="", image_caption_ru="", image_caption_nb="Nordlys over Vardø"
    )
    with override("ru"):
        assert render("{% lang_attr item 'image_caption' %}", item=article) == ' lang="nb"'
        assert render("{% fallback_label item 'image_caption' %}", item=article).strip() == (
            LABEL_RU
        )


def test_a_russian_field_inside_a_norwegian_item_names_its_own_language():
    """The item's element says lang="nb"; a field in the page's language inside it must
    say lang="ru", or it would inherit Norwegian."""
    article = norwegian_only_article("Bare på norsk", summary_nb="")
    article.summary_ru = "Краткое содержание."
    with override("ru"):
        assert render("{% lang_attr item %}", item=article) == ' lang="nb"'
        assert render("{% lang_attr item 'summary' %}", item=article) == ' lang="ru"'
        assert render("{% fallback_label item 'summary' %}", item=article) == ""


def test_every_field_named_in_a_lang_attr_is_a_translated_field():
    """`{% lang_attr obj "place" %}` on a property would never mark anything."""
    from pathlib import Path

    from django.conf import settings
    from modeltranslation.translator import translator

    translated = {
        field
        for model in translator.get_registered_models()
        for field in translator.get_options_for_model(model).fields
    }
    used = set()
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        used |= {
            (template.name, field)
            for field in re.findall(
                r"{% (?:lang_attr|fallback_label) [\w.]+ [\"'](\w+)[\"'] %}", template.read_text()
            )
        }
    assert used
    assert not {(name, field) for name, field in used if field not in translated}


# --- Lists, cards, home blocks, related items, breadcrumbs ---------------------------------


def test_news_list_topic_page_and_home_mark_a_norwegian_only_article(client):
    topic = TopicFactory()
    norwegian_only_article("Bare på norsk", topics=[topic])
    assert_marked(get(client, in_russian("news:index")), "Bare på norsk")
    with override("ru"):
        topic_url = topic.get_absolute_url()
    assert_marked(get(client, topic_url), "Bare på norsk")
    assert_marked(get(client, in_russian("home")), "Bare på norsk")


def test_featured_stories_on_the_home_page_are_marked(client):
    norwegian_only_article("Hovedsaken", featured=True)
    assert_marked(get(client, in_russian("home")), "Hovedsaken")


def test_related_news_and_the_next_and_previous_links_are_marked(client):
    topic = TopicFactory()
    now = timezone.now()
    ArticleFactory(published_at=now - timezone.timedelta(days=3), topics=[topic])
    current = ArticleFactory(published_at=now - timezone.timedelta(days=2), topics=[topic])
    norwegian_only_article(
        "Nyere sak", published_at=now - timezone.timedelta(days=1), topics=[topic]
    )
    with override("ru"):
        url = current.get_absolute_url()
    page = get(client, url)
    assert 'id="related-title"' in page
    assert_marked(page, "Nyere sak")


def test_a_norwegian_only_topic_is_marked_in_the_news_aside_and_on_articles(client):
    topic = TopicFactory(name_en="", name_ru="", name_nb="Reindrift")
    article = ArticleFactory(topics=[topic])
    assert_marked(get(client, in_russian("news:index")), "Reindrift")
    with override("ru"):
        url = article.get_absolute_url()
    assert_marked(get(client, url), "Reindrift")


def test_events_list_calendar_home_and_series_mark_a_norwegian_only_event(client):
    series = SeriesFactory(title_en="", title_ru="", title_nb="Kulturnatt-serien")
    event = EventFactory(
        title_en="", title_ru="", title_nb="Kulturnatt i Kirkenes", summary_en="", series=series
    )
    assert_marked(get(client, in_russian("news:event-list")), "Kulturnatt i Kirkenes")
    assert_marked(get(client, in_russian("home")), "Kulturnatt i Kirkenes")
    start = timezone.localtime(event.start)
    month = get(client, in_russian("news:event-month", start.year, start.month))
    assert_marked(month, "Kulturnatt i Kirkenes")
    with override("ru"):
        series_url, event_url = series.get_absolute_url(), event.get_absolute_url()
    assert_marked(get(client, in_russian("news:event-list")), "Kulturnatt-serien")
    # The event's page: its own breadcrumb and its series' (link and crumb).
    event_page = get(client, event_url)
    assert_marked(event_page, "Kulturnatt-serien")
    crumbs = event_page.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert_marked(crumbs, "Kulturnatt i Kirkenes")
    assert "Kulturnatt-serien" in get(client, series_url)


def test_about_pages_mark_norwegian_only_children_ancestors_and_home_cards(client):
    root = PageFactory(title_en="", title_ru="", title_nb="Jobb hos oss", show_in_navigation=True)
    child = PageFactory(parent=root, title_ru="Стажировка")
    PageFactory(parent=root, title_en="", title_ru="", title_nb="Ledige stillinger")
    with override("ru"):
        root_url, child_url = root.get_absolute_url(), child.get_absolute_url()
    assert_marked(get(client, root_url), "Ledige stillinger")
    child_page = get(client, child_url)
    crumbs = child_page.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert_marked(crumbs, "Jobb hos oss")
    home = get(client, in_russian("home"))
    about = home.split('id="home-about"')[1].split("</section>")[0]
    assert_marked(about, "Jobb hos oss")


def test_office_cards_mark_a_norwegian_only_office(client):
    OfficeFactory(name_en="", name_ru="", name_nb="Kontoret i Vadsø")
    assert_marked(get(client, in_russian("secretariat:office-list")), "Kontoret i Vadsø")
    home = get(client, in_russian("home"))
    assert_marked(home.split('id="home-offices"')[1], "Kontoret i Vadsø")


def test_funding_lists_mark_norwegian_only_programmes_calls_and_projects(client):
    programme = ProgrammeFactory(name_en="", name_nb="Kulturprogrammet", summary_en="")
    CallFactory(programme=programme, title_en="", title_nb="Søknadsrunde høsten")
    FundedProjectFactory(programme=programme, title_en="", title_nb="Grensekor", summary_en="")
    assert_marked(get(client, in_russian("projects:call-list")), "Søknadsrunde høsten")
    assert_marked(get(client, in_russian("projects:call-list")), "Kulturprogrammet")
    assert_marked(get(client, in_russian("projects:project-list")), "Grensekor")
    home = get(client, in_russian("home"))
    assert_marked(home.split('id="home-funding"')[1], "Søknadsrunde høsten")
    with override("ru"):
        programme_url = programme.get_absolute_url()
    programme_page = get(client, programme_url)
    assert_marked(programme_page, "Søknadsrunde høsten")


def test_a_search_result_titled_only_in_norwegian_is_marked(client):
    norwegian_only_article("Nordlys over Vardø", summary_nb="", body_ru="<p>Северное сияние.</p>")
    with override("ru"):
        url = reverse("search:index")
    page = get(client, f"{url}?q=сияние")
    results = page.split('class="search-results"')[1]
    assert_marked(results, "Nordlys over Vardø")


def test_text_in_the_pages_own_language_gets_no_label(client):
    ArticleFactory(title_ru="Вручены стипендии")
    page = get(client, in_russian("news:index"))
    assert "Вручены стипендии" in page
    assert "lang-label" not in page


def test_an_events_norwegian_venue_and_its_russian_town_each_name_their_language(client):
    event = EventFactory(title_ru="Ночь культуры", location_nb="Sentrum", location_en="")
    with override("ru"):
        url = event.get_absolute_url()
    page = get(client, url)
    assert '<span lang="nb">Sentrum</span>, <span>Киркенес, Норвегия</span>' in page
