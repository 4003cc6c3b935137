"""The search: counts, one ranked page across every section, snippets, hints.

For a query in language `code` the queries are, whatever the number of results:

1. the count per section
   and the page: (section, id, rank) ranked across every section (ORDER BY rank, LIMIT),
   both from one reading of the matches (a CTE over a UNION ALL) — only ids, and ranked by
   the small inline title-and-summary vectors, so that many matches stay cheap;
2. the page's items with their highlighted title and snippet, one query per section on the
   page (ts_headline is costly: it runs for the page's rows only).

When nothing is found, one query counts the matches in the other languages, and for a
misspelt word a trigram lookup over names and titles proposes a spelling.
"""

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F, TextField, Value
from django.db.models.functions import Concat, Left

from barents_portal.search import SEARCH_CONFIGS, TAGS, html, plain_text, search_configs
from search.highlight import START, STOP, highlighted
from search.sections import SECTIONS_BY_CODE, sections_of

PER_PAGE = 20
# ts_headline's window: enough words for a sentence around the hit, two fragments at most.
SNIPPET_OPTIONS = {"max_words": 30, "min_words": 12, "max_fragments": 2}
FRAGMENT_DELIMITER = " … "
SNIPPET_SOURCE_CHARS = 2000
STATEMENT_TIMEOUT_MS = 3000


def limit_statements(timeout_ms=None):
    """Settings for the search's queries, within the current transaction (one query).

    - statement_timeout: give up after `timeout_ms`, never a slow page;
    - a looser word similarity than pg_trgm's 0.6 for "did you mean" (Kirknes → Kirkenes).
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, true), "
            "set_config('pg_trgm.word_similarity_threshold', %s, true)",
            [str(int(timeout_ms or STATEMENT_TIMEOUT_MS)), "0.5"],
        )


def _column(spec, code):
    return spec.format(lang=code)


def _text_expression(specs, code):
    """The snippet's source text: the columns joined, rich text without its tags, cut to
    SNIPPET_SOURCE_CHARS (ts_headline's cost grows with the text it reads)."""
    return Left(_joined_text(specs, code), SNIPPET_SOURCE_CHARS)


def _joined_text(specs, code):
    parts = []
    for spec in specs:
        name = _column(spec, code)
        parts.append(plain_text(name, TAGS) if isinstance(spec, html) else F(name))
    if len(parts) == 1:
        return parts[0]
    joined = []
    for part in parts:
        joined += [part, Value(" \n ")]
    return Concat(*joined[:-1], output_field=TextField())


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

    def __init__(self, code, query, type_key=None):
        self.code, self.query = code, query
        self.sections = sections_of(type_key)
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
        if self._prefetched and self._prefetched[0] == start:
            rows = self._prefetched[1]
        else:
            rows = list(self.ranked_queryset(self.sections)[start : bounds.stop])
        return self._details(rows)

    def ranked_queryset(self, sections):
        """(section, id, rank) of every match in `sections`, best first."""
        branches = [
            section.matching(self.code, self.query)
            .order_by()
            .annotate(
                section=Value(section.code),
                item=F("pk"),
                rank=SearchRank(F(section.rank.format(lang=self.code)), self.query),
            )
            .values_list("section", "item", "rank")
            for section in sections
        ]
        return _union(branches)

    def counts_and_page_sql(self, start, stop):
        # Django compiles the matches (the visitor's text stays a parameter); the CTE around
        # them is plain SQL because the ORM cannot read one result twice.
        sql, params = self.ranked_queryset(sections_of()).query.sql_with_params()
        return (
            f"WITH matches AS ({sql}) "
            "(SELECT 'page' AS kind, section, item, rank FROM matches "
            "WHERE section = ANY(%s) ORDER BY rank DESC, section, item DESC "
            "LIMIT %s OFFSET %s) "
            "UNION ALL "
            "(SELECT 'count', section, count(*), NULL FROM matches GROUP BY section)",
            [*params, [section.code for section in self.sections], stop - start, start],
        )

    def counts_and_page(self, start, stop):
        """{section: matches} for every section, and the (section, id, rank) rows of
        [start:stop] in this search's sections — in one query."""
        codes = [section.code for section in self.sections]
        with connection.cursor() as cursor:
            cursor.execute(*self.counts_and_page_sql(start, stop))
            fetched = cursor.fetchall()
        counts = {section: n for kind, section, n, _rank in fetched if kind == "count"}
        page = [(section, pk, rank) for kind, section, pk, rank in fetched if kind == "page"]
        page.sort(key=lambda row: (-row[2], row[0], -row[1]))
        self.total = sum(counts.get(code, 0) for code in codes)
        self._prefetched = (start, page)
        return counts

    def _details(self, rows):
        ids_by_section = {}
        for section_code, pk, _rank in rows:
            ids_by_section.setdefault(section_code, []).append(pk)
        config = SEARCH_CONFIGS[self.code]
        objects = {}
        for section_code, ids in ids_by_section.items():
            section = SECTIONS_BY_CODE[section_code]
            annotations = {
                "search_title": SearchHeadline(
                    F(_column(section.title, self.code)),
                    self.query,
                    config=config,
                    start_sel=START,
                    stop_sel=STOP,
                    highlight_all=True,
                )
            }
            if section.snippet:
                annotations["search_snippet"] = SearchHeadline(
                    _text_expression(section.snippet, self.code),
                    self.query,
                    config=config,
                    start_sel=START,
                    stop_sel=STOP,
                    fragment_delimiter=FRAGMENT_DELIMITER,
                    **SNIPPET_OPTIONS,
                )
            queryset = section.published().filter(pk__in=ids)
            if section.related:
                queryset = queryset.select_related(*section.related)
            queryset = queryset.defer(*section.bulky_fields()).annotate(**annotations)
            for obj in queryset:
                objects[section_code, obj.pk] = obj
        results = []
        for section_code, pk, rank in rows:
            obj = objects.get((section_code, pk))
            if obj is None:  # unpublished between the two queries
                continue
            results.append(self._result(SECTIONS_BY_CODE[section_code], obj, rank))
        return results

    def _result(self, section, obj, rank):
        title, title_lang = highlighted(obj.search_title), None
        if not title:
            # Found by its summary or body in this language, titled in another one only:
            # modeltranslation's fallback title, marked with its language.
            from barents_portal.languages import shown_language

            title, title_lang = str(obj), shown_language(obj, self.code)
        snippet = highlighted(getattr(obj, "search_snippet", ""), references=True)
        return Result(
            section=section,
            object=obj,
            title=title,
            title_lang=title_lang,
            snippet=snippet,
            url=section.url_of(obj),
            context=section.context_of(obj),
            rank=rank,
        )


def _union(querysets):
    """UNION ALL, without the first model's default ordering (its columns are not selected)."""
    querysets = list(querysets)
    return querysets[0].union(*querysets[1:], all=True).order_by()


def count_in_languages(parsed, codes, sections):
    """{language: number of matches} among `sections`, for each language in `codes`."""
    rows = _union(
        section.matching(code, parsed.for_language(code))
        .order_by()
        .annotate(search_language=Value(code))
        .values("search_language")
        .annotate(n=Count("pk"))
        .values_list("search_language", "n")
        for code in codes
        for section in sections
    )
    totals = {}
    for code, n in rows:
        totals[code] = totals.get(code, 0) + n
    return {code: totals[code] for code in codes if totals.get(code)}


@dataclass
class Search:
    parsed: object
    code: str
    type: str | None = None
    counts: dict = field(default_factory=dict)
    total: int = 0
    paginator: Paginator | None = None
    page: object = None
    other_languages: dict = field(default_factory=dict)
    suggestion: str | None = None

    @property
    def types(self):
        """[(type, count)] of the types with matches, in the order of sections.TYPES."""
        from search.sections import TYPES

        by_type = {}
        for section_code, n in self.counts.items():
            key = SECTIONS_BY_CODE[section_code].type
            by_type[key] = by_type.get(key, 0) + n
        return [(type_, by_type[type_.key]) for type_ in TYPES if type_.key in by_type]

    @property
    def overall(self):
        return sum(self.counts.values())


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

    query = parsed.for_language(code)
    search = Search(parsed=parsed, code=code, type=type_key)
    hits = RankedHits(code, query, type_key)
    guess = _page_number(page_number)
    search.counts = {
        section: n
        for section, n in hits.counts_and_page((guess - 1) * PER_PAGE, guess * PER_PAGE).items()
        if n
    }
    search.total = hits.total
    search.paginator = Paginator(hits, PER_PAGE)
    search.page = search.paginator.get_page(page_number)
    if not search.overall:
        others = [other for other in search_configs() if other != code]
        search.other_languages = count_in_languages(parsed, others, hits.sections)
        search.suggestion = suggest(parsed, code)
    return search
