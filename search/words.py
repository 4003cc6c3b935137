"""The words of the published texts, kept in search.models.Word for "did you mean".

The words are read from every searchable section's published() items — their titles, the
texts their snippets come from and their names — in each language, parsed by PostgreSQL's
`simple` configuration (lower case, not stemmed, letters as written), and only the words of
letters alone, MIN_LENGTH to MAX_LENGTH of them, are kept. A draft's or a scheduled item's
words are never read.

`refresh()` rebuilds the list in one transaction (housekeeping runs it); `add_words_of()`
adds a published item's words when it is saved. Words of an item unpublished since stay
until the next refresh: search.suggestions proposes only a spelling that finds something
published.
"""

from django.db import connection, transaction
from django.db.models import Func, TextField, Value

from barents_portal.search import column, search_configs
from search.engine import _plain, _union
from search.sections import sections_of

MIN_LENGTH = 4
MAX_LENGTH = 60  # Word.word's max_length
WORD_PATTERN = rf"^[[:alpha:]]{{{MIN_LENGTH},{MAX_LENGTH}}}$"


def _text(section, code):
    """The section's title, snippet and name columns in `code`, rich text without its tags
    and character references."""
    specs = dict.fromkeys((section.title, *section.snippet, *section.names))
    parts = [column(spec, code) for spec in specs]
    return Func(Value(" \n "), *parts, function="concat_ws", output_field=TextField())


def _texts(code, querysets):
    """SQL and parameters of one column `words_text`: the texts of `querysets` in `code`."""
    branches = []
    for section, queryset in querysets:
        text = _text(section, code)
        branches.append(
            _plain(queryset.order_by().annotate(words_text=text)).values_list("words_text")
        )
    return _union(branches).query.sql_with_params()


def _insert_sql(code, querysets, conflict):
    sql, params = _texts(code, querysets)
    return (
        "INSERT INTO search_word (language, word, documents) "
        "SELECT %s, words.lexeme, count(*) "
        f"FROM ({sql}) AS texts, unnest(to_tsvector('simple', texts.words_text)) AS words "
        f"WHERE words.lexeme ~ %s GROUP BY words.lexeme ON CONFLICT (language, word) {conflict}",
        [code, *params, WORD_PATTERN],
    )


# Each section and language is read by a statement of its own, the documents summed.
ADD_DOCUMENTS = "DO UPDATE SET documents = search_word.documents + EXCLUDED.documents"
# A rebuild over a large portal may take longer than a page's statement timeout.
REFRESH_TIMEOUT = "10min"


def refresh():
    """Rebuild the words from every published item; returns a report line."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT set_config('statement_timeout', %s, true)", [REFRESH_TIMEOUT])
        cursor.execute("DELETE FROM search_word")
        for section in sections_of():
            for code in search_configs():
                cursor.execute(*_insert_sql(code, [(section, section.published())], ADD_DOCUMENTS))
        cursor.execute("SELECT count(*) FROM search_word")
        (words,) = cursor.fetchone()
    return f"search words: {words} words of the published texts"


def add_words_of(model, pk):
    """Add the words of one item, if it is published (after its save is committed)."""
    querysets = [
        (section, section.published().filter(pk=pk))
        for section in sections_of()
        if section.model is model
    ]
    if not querysets:
        return
    with connection.cursor() as cursor:
        for code in search_configs():
            cursor.execute(*_insert_sql(code, querysets, "DO NOTHING"))
