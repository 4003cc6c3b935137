"""The search: counts, one ranked page across every section, snippets, hints.

For a query in language `code` the queries are, whatever the number of results:

1. the count per section (one UNION ALL of counts);
2. the page: (section, id, rank) ranked across every section (one UNION ALL, ORDER BY rank,
   LIMIT) — only ids, so that ranking many matches stays cheap;
3. the page's items with their highlighted title and snippet, one query per section on the
   page (ts_headline is costly: it runs for the page's rows only).

When nothing is found, one query counts the matches in the other languages, and for a
misspelt word a trigram lookup over names and titles proposes a spelling.
"""

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F, TextField, Value
from django.db.models.functions import Concat

from barents_portal.search import SEARCH_CONFIGS, TAGS, html, plain_text, search_configs
from search.highlight import START, STOP, highlighted
from search.sections import SECTIONS_BY_CODE, sections_of

PER_PAGE = 20
# ts_headline's window: enough words for a sentence around the hit, two fragments at most.
SNIPPET_OPTIONS = {"max_words": 30, "min_words": 12, "max_fragments": 2}
FRAGMENT_DELIMITER = " … "
STATEMENT_TIMEOUT_MS = 3000


def limit_statements(timeout_ms=None):
    """Within the current transaction: give up on a query after `timeout_ms` (never a slow
    page), and let "did you mean" accept a looser word similarity than pg_trgm's 0.6."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, true), "
            "set_config('pg_trgm.word_similarity_threshold', %s, true)",
            [str(int(timeout_ms or STATEMENT_TIMEOUT_MS)), "0.5"],
        )


def _column(spec, code):
    return spec.format(lang=code)


def _text_expression(specs, code):
    """The snippet's source text: the columns joined, rich text without its tags."""
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
    fetches one page (queries 2 and 3 above)."""

    def __init__(self, sections, code, query, total):
        self.sections, self.code, self.query, self.total = sections, code, query, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, bounds):
        if not isinstance(bounds, slice) or not self.total:
            return []
        rows = self._ranked(bounds.start or 0, bounds.stop)
        return self._details(rows)

    def _ranked(self, start, stop):
        vector = f"search_{self.code}"
        branches = [
            section.matching(self.code, self.query)
            .order_by()
            .annotate(
                section=Value(section.code),
                item=F("pk"),
                rank=SearchRank(F(vector), self.query),
            )
            .values_list("section", "item", "rank")
            for section in self.sections
        ]
        ranked = _union(branches).order_by("-rank", "section", "-item")
        return list(ranked[start:stop])

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
            queryset = (
                section.published()
                .filter(pk__in=ids)
                .defer(*(f"search_{code}" for code in SEARCH_CONFIGS))
                .annotate(**annotations)
            )
            if section.related:
                queryset = queryset.select_related(*section.related)
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


def count_by_section(code, query):
    """{section code: number of matches} for the language `code` (one query)."""
    rows = _union(
        section.matching(code, query)
        .order_by()
        .annotate(section=Value(section.code))
        .values("section")
        .annotate(n=Count("pk"))
        .values_list("section", "n")
        for section in sections_of()
    )
    return {section_code: n for section_code, n in rows if n}


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


def run_search(parsed, code, type_key=None):
    """Everything the results page shows, but the page itself (search.paginator)."""
    from search.suggestions import suggest

    query = parsed.for_language(code)
    sections = sections_of(type_key)
    search = Search(parsed=parsed, code=code, type=type_key)
    search.counts = count_by_section(code, query)
    search.total = sum(search.counts.get(section.code, 0) for section in sections)
    search.paginator = Paginator(RankedHits(sections, code, query, search.total), PER_PAGE)
    if not search.overall:
        others = [other for other in search_configs() if other != code]
        search.other_languages = count_in_languages(parsed, others, sections)
        search.suggestion = suggest(parsed, code)
    return search
