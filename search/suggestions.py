""" "Did you mean …": a better spelling for a word that found nothing, from pg_trgm.

Only names and titles are looked in (offices and cities, programmes, articles, pages,
events, funded projects, people), each column with a GIN trigram index, so `Kirknes` finds
Kirkenes and `Мурманкс` finds Мурманск quickly however large the portal grows.
"""

import re

from django.contrib.postgres.search import SearchQuery, TrigramWordSimilarity
from django.db.models import F, Value

from barents_portal.search import SEARCH_CONFIGS
from search.sections import sections_of
from search.statements import fetch_queryset

MIN_LENGTH = 4
MAX_WORDS = 3
CANDIDATES_PER_COLUMN = 5
# The share of trigrams two spellings must have in common (pg_trgm's similarity).
MIN_SIMILARITY = 0.45
WORD = re.compile(r"\w+")


def trigrams(word):
    padded = f"  {word.lower()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a, b):
    """pg_trgm's similarity() of two words."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second)


def _union(querysets):
    """UNION ALL, without the first model's default ordering (its columns are not selected)."""
    querysets = list(querysets)
    return querysets[0].union(*querysets[1:], all=True).order_by()


def words_with_matches(words, code):
    """The words that find something on their own (one query)."""
    config = SEARCH_CONFIGS[code]
    rows = fetch_queryset(
        _union(
            section.matching(code, SearchQuery(word, config=config))
            .order_by()
            .annotate(word_index=Value(index))
            .values_list("word_index")[:1]
            for index, word in enumerate(words)
            for section in sections_of()
        )
    )
    return {words[index] for (index,) in rows}


def names_like(word, code):
    """Names and titles containing something spelt like `word`, best first (one query)."""
    branches = []
    for section in sections_of():
        for spec in section.names:
            column = spec.format(lang=code)
            branches.append(
                section.published()
                .filter(**{f"{column}__trigram_word_similar": word})
                .annotate(candidate=F(column), similarity=TrigramWordSimilarity(word, column))
                .order_by("-similarity")
                .values_list("candidate")[:CANDIDATES_PER_COLUMN]
            )
    # The statement sets pg_trgm's word similarity threshold the `<%` operator uses.
    return [name for (name,) in fetch_queryset(_union(branches))] if branches else []


def best_spelling(word, code):
    best, best_score = None, MIN_SIMILARITY
    for name in names_like(word, code):
        for candidate in WORD.findall(name or ""):
            score = similarity(word, candidate)
            if score > best_score or (score == best_score and best is None):
                best, best_score = candidate, score
    if best is None or best.lower() == word.lower():
        return None
    return best


def suggest(parsed, code):
    """The query with its misspelt words respelt, or None."""
    words = list(dict.fromkeys(word for word in parsed.words if len(word) >= MIN_LENGTH))
    words = words[:MAX_WORDS]
    if not words:
        return None
    # Nothing was found: a query of one word found nothing; of several, check each.
    if len(parsed.words) > 1:
        found = words_with_matches(words, code)
        words = [word for word in words if word not in found]
    text, changed = parsed.text, False
    for word in words:
        spelling = best_spelling(word, code)
        if spelling:
            text = re.sub(
                rf"(?<!\w){re.escape(word)}(?!\w)", lambda _match, spelling=spelling: spelling, text
            )
            changed = True
    return text if changed else None
