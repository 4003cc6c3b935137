""" "Did you mean" proposes words of the published texts, never of a draft."""

import pytest
from django.core.management import call_command

from barents_portal.publishing import Status
from search.models import Word
from search.words import refresh as refresh_words
from tests.news.factories import ArticleFactory
from tests.projects.factories import FundedProjectFactory

pytestmark = pytest.mark.django_db


def suggestion(search, query, code="en"):
    return search(query, code=code).context["search"].suggestion


def test_a_misspelt_word_of_a_body_is_respelt(search):
    ArticleFactory(
        title_nb="Nytt fra sekretariatet",
        body_nb="<p>Et godt samarbeid over grensen &amp; mer.</p>",
    )
    refresh_words()
    assert suggestion(search, "samarbied", code="nb") == "samarbeid"
    assert suggestion(search, "Samarbied", code="nb") == "Samarbeid"
    assert search("samarbeid", code="nb").context["search"].total == 1
    # Character references are not words.
    assert not Word.objects.filter(word="nbsp").exists()


def test_the_words_are_kept_per_language_and_the_pages_language_comes_first(search):
    ArticleFactory(title_en="Icebreaker season", title_ru="Сезон ледоколов", title_nb="")
    ArticleFactory(title_en="Regional council", title_nb="Regionalt råd", title_ru="")
    refresh_words()
    assert suggestion(search, "icebraeker") == "icebreaker"
    assert suggestion(search, "ледокалов", code="ru") == "ледоколов"
    # The page's language first, though another language has a closer spelling …
    assert suggestion(search, "regionall", code="nb") == "regionalt"
    assert suggestion(search, "regionalt", code="en") == "regional"


def test_a_word_only_another_languages_texts_hold_is_respelt_from_them(search):
    ArticleFactory(title_en="Icebreaker season", title_ru="", title_nb="")
    ArticleFactory(title_nb="Godt samarbeid", title_en="", title_ru="")
    refresh_words()
    assert suggestion(search, "icebraeker", code="ru") == "icebreaker"
    # A Norwegian word misspelt on the English page; the respelt search then points to
    # the Norwegian results.
    assert suggestion(search, "samarbied", code="en") == "samarbeid"
    assert search("samarbeid", code="en").context["other_languages"][0]["code"] == "nb"


def test_a_published_items_words_are_added_when_its_save_is_committed(
    search, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        FundedProjectFactory(title_en="Handicraft workshops for youth")
    assert Word.objects.filter(language="en", word="handicraft").exists()
    assert suggestion(search, "handycraft") == "handicraft"


def test_a_drafts_words_never_become_suggestions(search, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(title_en="Unannounced merger", draft=True)
        ArticleFactory(
            title_en="Scheduled announcement",
            body_en="<p>Confidential reorganisation.</p>",
            scheduled=True,
        )
    refresh_words()
    words = set(Word.objects.values_list("word", flat=True))
    assert not words & {"unannounced", "merger", "confidential", "reorganisation"}
    assert suggestion(search, "mergr") is None
    assert suggestion(search, "reorganisaton") is None


def test_an_unpublished_items_words_are_not_proposed_before_the_next_refresh(search):
    article = ArticleFactory(title_en="Withdrawn statement about reindeer")
    refresh_words()
    article.status = Status.DRAFT
    article.save()
    assert Word.objects.filter(word="withdrawn").exists()  # until the next refresh
    assert suggestion(search, "withdrawm") is None
    refresh_words()
    assert not Word.objects.filter(word="withdrawn").exists()


def test_housekeeping_rebuilds_the_words(search, capsys):
    ArticleFactory(title_en="Northern lights festival")
    call_command("housekeeping")
    assert "search words:" in capsys.readouterr().out
    assert Word.objects.filter(language="en", word="northern").exists()
