"""The search: counts, one ranked page across every section, snippets, hints.

For a query in language `code` the queries are, whatever the number of results:

1. the count per section, and the page: (section, id, rank) ranked across every section
   (ORDER BY rank, LIMIT), both from one reading of the matches (a CTE over a UNION ALL)
   — only ids, ranked by the small inline title-and-summary vectors, so that many matches
   stay cheap — with the page's titles and snippets highlighted by ts_headline (costly:
   it runs for the page's rows only) and each result's card: the few columns its URL and
   context line read (SearchSection.card), loaded into an instance holding only them.

Each section reads at most MATCH_LIMIT matches, plus one to know that there are more: a
word found in 20 000 articles is counted as "more than 200 news" and ranked among the
first 200 matches of each section (in the order the GIN index hands them over), so that a
search reads a few thousand rows at most however large the portal grows. Below the limit,
counts and ranking are exact. The SQL of that query is compiled once per language.

One more query counts the matches in the other languages when this one found at most
MATCH_LIMIT / HINT_FACTOR: a language with at least HINT_FACTOR times as many — any, when
nothing was found here — is pointed to. When nothing is found, "did
you mean" looks the words up among the words of the published texts (search.suggestions).
"""

import functools
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchRank,
    SearchVectorExact,
    SearchVectorField,
)
from django.core.paginator import Paginator
from django.core.signals import setting_changed
from django.db.models import Case, F, Func, TextField, Value, When
from django.db.models.base import DEFERRED
from django.db.models.expressions import RawSQL
from django.db.models.functions import JSONObject, Left
from django.dispatch import receiver
from django.utils import timezone

from barents_portal.languages import key_field, language_codes, shown_language
from barents_portal.search import SEARCH_CONFIGS, TAGS, html, plain_text, search_configs
from barents_portal.sections import HEAD_VECTOR
from search.highlight import START, STOP, highlighted
from search.query import ParsedQuery
from search.sections import sections_by_code, sections_of
from search.sections import types as search_types
from search.statements import fetch_all

PER_PAGE = 20
# ts_headline's window: enough words for a sentence around the hit, two fragments at most.
SNIPPET_OPTIONS = {"max_words": 30, "min_words": 12, "max_fragments": 2}
FRAGMENT_DELIMITER = " … "
SNIPPET_SOURCE_CHARS = 2000
# A text without a hit is shown by its first min_words words: they are within these.
SNIPPET_OPENING_CHARS = 300
# Matches read per section; one more tells that there are more (see the docstring).
MATCH_LIMIT = 200
# Stands for the visitor's text in the SQL compiled once per language: private use
# characters, which search.query.clean removes from anything a visitor types.
TEXT_MARK = "\ue00fquery\ue00f"
NOW_TOLERANCE = timedelta(seconds=5)
# Another language is pointed to when it finds this many times the matches found here.
HINT_FACTOR = 3


def _column(spec, code):
    return spec.format(lang=code)


def _text_expression(specs, code, chars=SNIPPET_SOURCE_CHARS):
    """The snippet's source text: the columns joined, rich text without its tags, cut to
    `chars` (ts_headline's cost grows with the text it reads)."""
    return Left(_joined_text(specs, code), chars)


def _joined_text(specs, code):
    parts = []
    for spec in specs:
        name = _column(spec, code)
        parts.append(plain_text(name, TAGS) if isinstance(spec, html) else F(name))
    if len(parts) == 1:
        return parts[0]
    # concat_ws() skips NULLs: one call, where Concat nests a COALESCE and a || per part
    # (and takes the ORM noticeably longer to compile).
    return Func(Value(" \n "), *parts, function="concat_ws", output_field=TextField())


@dataclass
class Result:
    section: object
    object: object
    title: str
    title_lang: str | None
    snippet: str
    url: str
    context: str
    rank: float

    @property
    def type(self):
        return self.section.type_info


class RankedHits:
    """The ranked matches as a sequence for Django's Paginator: count() is known, and a slice
    fetches one page.

    `counts_and_page()` reads the matches once for both the count per section and the
    requested page (a CTE used twice). Were the page out of range, the paginator asks for
    another slice and only that page is ranked again.
    """

    def __init__(self, code, parsed, type_key=None):
        self.code, self.parsed = code, parsed
        self.sections = sections_of(type_key)
        self.counts = {}  # {section: matches read, at most MATCH_LIMIT + 1}
        self.total = 0
        self._prefetched = None  # (start, rows)

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, bounds):
        if not isinstance(bounds, slice) or not self.total:
            return []
        start = bounds.start or 0
        if not (self._prefetched and self._prefetched[0] == start):
            self.counts_and_page(start, bounds.stop)
        return self._details(self._prefetched[1])

    def counts_and_page_sql(self, start, stop):
        matches_sql, matches_params = _compiled_matches(
            self.code, self.parsed.prefix_last, MATCH_LIMIT
        )
        headlines_sql, headlines_params = _compiled_headlines(self.code, self.parsed.prefix_last)
        now, text = timezone.now(), self.parsed.text
        # The CTEs around the compiled parts are plain SQL: the ORM cannot read one result
        # twice, nor join a union.
        return (
            f"WITH matches AS ({matches_sql}), "
            "page AS (SELECT section, item, rank FROM ("
            " SELECT *, row_number() OVER (PARTITION BY section) AS nth FROM matches"
            ") AS counted WHERE nth <= %s AND section = ANY(%s) "
            "ORDER BY rank DESC, section, item DESC LIMIT %s OFFSET %s) "
            "(SELECT 'page' AS kind, page.section, page.item, page.rank, "
            "headline.headline_title, headline.headline_snippet, headline.headline_card "
            f"FROM page JOIN ({headlines_sql}) AS headline "
            "ON headline.headline_section = page.section AND headline.headline_item = page.item) "
            "UNION ALL "
            "(SELECT 'count', section, count(*), NULL, NULL, NULL, NULL FROM matches "
            "GROUP BY section)",
            [
                *_bind(matches_params, text, now),
                MATCH_LIMIT,  # the one more read tells that there are more; it is not shown
                [section.code for section in self.sections],
                stop - start,
                start,
                *_bind(headlines_params, text, now),
            ],
        )

    def counts_and_page(self, start, stop):
        """{section: matches} for every section (at most MATCH_LIMIT + 1 each), and the
        rows of [start:stop] in this search's sections — (section, id, rank, highlighted
        title, highlighted snippet, card) — in one query."""
        fetched = fetch_all(*self.counts_and_page_sql(start, stop))
        counts = {row[1]: row[2] for row in fetched if row[0] == "count"}
        page = [row[1:] for row in fetched if row[0] == "page"]
        page.sort(key=lambda row: (-row[2], row[0], -row[1]))
        self.counts = counts
        self.total = tally(counts.get(section.code, 0) for section in self.sections)
        self._prefetched = (start, page)
        return counts

    def _details(self, rows):
        by_code = {section.code: section for section in self.sections}
        return [self._result(by_code[code], *rest) for code, _pk, *rest in rows]

    def _result(self, section, rank, title, snippet, card):
        obj = _card_instance(section.model, json.loads(card))
        title, title_lang = highlighted(title or ""), None
        if not title:
            # Found by its summary or body in this language, titled in another one only:
            # modeltranslation's fallback title, marked with its language.
            title, title_lang = str(obj), shown_language(obj, self.code)
        return Result(
            section=section,
            object=obj,
            title=title,
            title_lang=title_lang,
            snippet=highlighted(snippet or "", references=True),
            url=section.url_of(obj),
            context=section.context_of(obj),
            rank=rank,
        )


def _card_columns(section):
    """The columns a result's card reads: the primary key, the title and the fields of
    SearchSection.card, with the key of each related row on the way (None when there is
    none). A translated field is read in every language: modeltranslation's fallback and
    the title's language (shown_language) read them."""
    model = section.model
    columns = [model._meta.pk.name]
    for path in (section.title.removesuffix("_{lang}"), key_field(model), *section.card):
        *relations, name = path.split("__")
        prefix, target = "", model
        for relation in relations:
            target = target._meta.get_field(relation).related_model
            prefix += f"{relation}__"
            columns.append(prefix + target._meta.pk.name)
        translated = [f"{name}_{code}" for code in language_codes()]
        stored = {field.name for field in target._meta.concrete_fields}
        columns += [
            prefix + column for column in (translated if stored >= set(translated) else [name])
        ]
    return list(dict.fromkeys(columns))


def _card_instance(model, card):
    """An instance of `model` holding only its card ({column: value} from _card_columns,
    as JSON), with the related rows it reaches into as instances too. Any other field is
    deferred: reading one would cost a query (the query-count test would tell)."""
    own, related = {}, {}
    for column, value in card.items():
        name, _, rest = column.partition("__")
        if rest:
            related.setdefault(name, {})[rest] = value
        else:
            own[name] = value
    fields = model._meta.concrete_fields
    obj = model.from_db(
        None,
        [field.attname for field in fields],
        [
            field.to_python(own[field.attname]) if field.attname in own else DEFERRED
            for field in fields
        ],
    )
    for name, values in related.items():
        target = model._meta.get_field(name).related_model
        exists = values[target._meta.pk.name] is not None
        setattr(obj, name, _card_instance(target, values) if exists else None)
    return obj


def _plain(queryset):
    """The queryset without modeltranslation's rewriting, whose values_list() selects the
    columns in the order of a set: a UNION matches its branches' columns by position, so
    a model without translated fields (selected in the order asked) would not line up."""
    return queryset.rewrite(False) if hasattr(queryset, "rewrite") else queryset


def _union(querysets):
    """UNION ALL, without the first model's default ordering (its columns are not selected)."""
    querysets = list(querysets)
    return querysets[0].union(*querysets[1:], all=True).order_by()


def _bind(params, text, now):
    """Compiled parameters with the visitor's text and the current time in their places."""
    return [
        text if param == TEXT_MARK else now if isinstance(param, datetime) else param
        for param in params
    ]


def _marked_query(code, prefix_last):
    """The tsquery a search in `code` compiles to, TEXT_MARK standing for the text."""
    return ParsedQuery(text=TEXT_MARK, prefix_last=prefix_last).for_language(code)


def _snippet(section, code, query):
    """The snippet, highlighted by ts_headline, which parses every word of the text it is
    given, so it is given what the hit needs: the summary (the snippet's plain text
    columns, weight B of the head vector) when the summary matches by itself; the text's
    opening when neither the summary nor the body does (a hit in the title: ts_headline
    then shows the text's first words); else the summary and the body (rich text) up to
    SNIPPET_SOURCE_CHARS."""
    if not section.snippet:
        return Value("", output_field=TextField())
    text = _text_expression(section.snippet, code)
    summary = [spec for spec in section.snippet if not isinstance(spec, html)]
    if section.rank == HEAD_VECTOR and summary and len(summary) < len(section.snippet):
        text = Case(
            When(
                _matches_in(HEAD_VECTOR, "{b}", code, query),
                then=_text_expression(summary, code),
            ),
            When(
                ~_matches_in("search_{lang}", "{b,c}", code, query),
                then=_text_expression(section.snippet, code, SNIPPET_OPENING_CHARS),
            ),
            default=text,
        )
    return SearchHeadline(
        text,
        query,
        config=SEARCH_CONFIGS[code],
        start_sel=START,
        stop_sel=STOP,
        fragment_delimiter=FRAGMENT_DELIMITER,
        **SNIPPET_OPTIONS,
    )


def _matches_in(vector, weights, code, query):
    """`vector`'s lexemes of the given weights match `query` (ts_filter: "{b}", "{b,c}")."""
    lexemes = Func(
        F(_column(vector, code)),
        Value(weights),
        function="ts_filter",
        output_field=SearchVectorField(),
    )
    return SearchVectorExact(lexemes, query)


@receiver(setting_changed)
def _forget_compiled(setting, **kwargs):
    """The compiled SQL lists the installed sections: a test that installs another app
    compiles it again."""
    if setting == "INSTALLED_APPS":
        _compiled_headlines.cache_clear()
        _compiled_matches.cache_clear()


@functools.cache
def _compiled_headlines(code, prefix_last):
    """SQL and parameters of (section, item, title, snippet, card) for the rows of the CTE
    `page`: the title and snippet highlighted by ts_headline, which is costly and so runs
    for the page's rows only, and the card (_card_columns) as one JSON object, whatever the
    section's columns. Compiled once per language, as _compiled_matches."""
    query = _marked_query(code, prefix_last)
    config = SEARCH_CONFIGS[code]
    branches = []
    for section in sections_of():
        title = SearchHeadline(
            F(_column(section.title, code)),
            query,
            config=config,
            start_sel=START,
            stop_sel=STOP,
            highlight_all=True,
        )
        snippet = _snippet(section, code, query)
        card = JSONObject(**{column: F(column) for column in _card_columns(section)})
        on_page = RawSQL("SELECT item FROM page WHERE section = %s", [section.code])
        branches.append(
            _plain(
                section.model._base_manager.filter(pk__in=on_page)
                .order_by()
                .annotate(
                    headline_section=Value(section.code),
                    headline_item=F("pk"),
                    headline_title=title,
                    headline_snippet=snippet,
                    headline_card=card,
                )
            )
            # Read by name in counts_and_page_sql(): the ORM may order the columns.
            .values_list(
                "headline_section",
                "headline_item",
                "headline_title",
                "headline_snippet",
                "headline_card",
            )
        )
    return _union(branches).query.sql_with_params()


@functools.cache
def _compiled_matches(code, prefix_last, limit):
    """SQL and parameters of (section, item, rank) for the first `limit` + 1 matches of
    every section, for a query in the language `code`.

    Compiling ten querysets takes the ORM longer than PostgreSQL takes to answer, so it is
    done once per language (and prefix mode): TEXT_MARK stands for the visitor's text, and
    the parameters that are datetimes are published()'s "now", the only time the search's
    querysets compare with (bound afresh for each search: see RankedHits).
    """
    query = _marked_query(code, prefix_last)
    branches = [
        _plain(
            section.matching(code, query)
            .order_by()
            .annotate(
                section=Value(section.code),
                item=F("pk"),
                rank=SearchRank(F(section.rank.format(lang=code)), query),
            )
        ).values_list("section", "item", "rank")[: limit + 1]
        for section in sections_of()
    ]
    sql, params = _union(branches).query.sql_with_params()
    if TEXT_MARK not in params:
        raise AssertionError("The visitor's text is not a parameter of the search's SQL.")
    # Every datetime must be "now" (published()'s): another time (a week ago, say) would
    # be replaced by the current time on each search. Fail loudly instead.
    compiled_at = timezone.now()
    for param in params:
        if isinstance(param, datetime) and abs(param - compiled_at) > NOW_TOLERANCE:
            raise AssertionError(f"The search's SQL compares with {param}, not with now.")
    return sql, tuple(params)


class Tally(int):
    """A number of matches, with `more` when there are more than it (MATCH_LIMIT reached)."""

    def __new__(cls, number, more=False):
        tally = super().__new__(cls, number)
        tally.more = more
        return tally


def tally(counts):
    """The Tally of per-section counts of at most MATCH_LIMIT + 1 each."""
    counts = list(counts)
    return Tally(
        sum(min(n, MATCH_LIMIT) for n in counts), more=any(n > MATCH_LIMIT for n in counts)
    )


def count_in_languages(parsed, codes, sections):
    """{language: Tally of matches} among `sections`, for each language in `codes` that has
    some (one query; at most MATCH_LIMIT + 1 matches read per section and language)."""
    branches = _union(
        _plain(
            section.matching(code, parsed.for_language(code))
            .order_by()
            .annotate(search_language=Value(code), section=Value(section.code))
        ).values_list("search_language", "section")[: MATCH_LIMIT + 1]
        for code in codes
        for section in sections
    )
    sql, params = branches.query.sql_with_params()
    rows = fetch_all(
        f"SELECT search_language, count(*) FROM ({sql}) AS matches "
        "GROUP BY search_language, section",
        params,
    )
    per_language = {}
    for code, n in rows:
        per_language.setdefault(code, []).append(n)
    return {code: tally(per_language[code]) for code in codes if code in per_language}


@dataclass
class Search:
    parsed: object
    code: str
    type: str | None = None
    counts: dict = field(default_factory=dict)  # {section: at most MATCH_LIMIT + 1}
    total: Tally = Tally(0)
    paginator: Paginator | None = None
    page: object = None
    other_languages: dict = field(default_factory=dict)
    suggestion: str | None = None

    @property
    def types(self):
        """[(type, Tally)] of the types with matches, in the order of sections.types()."""
        by_code = sections_by_code()
        by_type = {}
        for section_code, n in self.counts.items():
            by_type.setdefault(by_code[section_code].type, []).append(n)
        return [
            (type_, tally(by_type[type_.key])) for type_ in search_types() if type_.key in by_type
        ]

    @property
    def overall(self):
        return tally(self.counts.values())


def _page_number(value):
    """The page asked for, as a first guess before the count is known (see get_page)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return number if number >= 1 else 1


def run_search(parsed, code, type_key=None, page_number=None):
    """Everything the results page shows; the page of results is search.page."""
    from search.suggestions import suggest

    search = Search(parsed=parsed, code=code, type=type_key)
    hits = RankedHits(code, parsed, type_key)
    guess = _page_number(page_number)
    search.counts = {
        section: n
        for section, n in hits.counts_and_page((guess - 1) * PER_PAGE, guess * PER_PAGE).items()
        if n
    }
    search.total = tally(hits.counts.get(section.code, 0) for section in hits.sections)
    search.paginator = Paginator(hits, PER_PAGE)
    search.page = search.paginator.get_page(page_number)
    if HINT_FACTOR * search.total <= MATCH_LIMIT:
        # Asked for a query that found little here (where a hint helps; an extra query on
        # every search cost a common word's search half as much time again).
        others = [other for other in search_configs() if other != code]
        search.other_languages = {
            other: n
            for other, n in count_in_languages(parsed, others, hits.sections).items()
            if clearly_more(n, search.total)
        }
    if not search.overall:
        search.suggestion = suggest(parsed, code)
    return search


def clearly_more(other, here):
    """Whether another language's matches are worth pointing to: any when the visitor's
    language found nothing, else at least HINT_FACTOR times as many (counted up to the
    limit: a language past it may have more than it shows)."""
    return bool(other) and (not here or other >= HINT_FACTOR * here)
