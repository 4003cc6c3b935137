""" "Did you mean …": a better spelling for a word that found nothing, from pg_trgm.

The spellings come from the words of the published texts (search.words, the Word table with
a GIN trigram index): titles, names, summaries and bodies, so `samarbied` finds samarbeid,
`Kirknes` Kirkenes and `Мурманкс` Мурманск quickly however large the portal grows. All the
misspelt words are looked up in one query; one more checks that each proposed spelling finds
something published (a word of an item unpublished since the list was refreshed does not).
"""

import re

from django.contrib.postgres.search import SearchQuery
from django.db.models import Value

from barents_portal.search import SEARCH_CONFIGS
from search.sections import sections_of
from search.statements import SIMILARITY_THRESHOLD, fetch_all, fetch_queryset

MIN_LENGTH = 4
MAX_WORDS = 3
# The share of trigrams two spellings must have in common (pg_trgm's similarity: the `%`
# operator's threshold, set for the statement by search.statements).
MIN_SIMILARITY = float(SIMILARITY_THRESHOLD)

# For each word typed, the most alike word of the published texts: of the page's language
# when it has one alike enough, else of another (a Norwegian word misspelt on the English
# page, "samarbied", is respelt "samarbeid", and the other-language hint then counts it).
SPELLINGS = (
    "SELECT typed.word, best.word, best.language FROM unnest(%s::text[]) AS typed(word) "
    "CROSS JOIN LATERAL ("
    " SELECT candidate.word, candidate.language FROM search_word AS candidate"
    " WHERE candidate.word %% typed.word"
    " ORDER BY candidate.language = %s DESC, similarity(candidate.word, typed.word) DESC,"
    " candidate.documents DESC, candidate.word LIMIT 1"
    ") AS best"
)


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
    """The words that find something published on their own (one query)."""
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


def in_the_case_of(typed, word):
    """`word` written as the visitor wrote `typed`: KIRKNES → KIRKENES, Kirknes → Kirkenes."""
    if typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def spellings(words, code):
    """{typed word: (a differently spelt word of the published texts, its language)}
    (one query)."""
    lowered = [word.lower() for word in words]
    rows = {
        typed: (word, language) for typed, word, language in fetch_all(SPELLINGS, [lowered, code])
    }
    found = {}
    for word, low in zip(words, lowered, strict=True):
        spelling, language = rows.get(low, (None, None))
        if spelling and spelling != low:
            found[word] = (in_the_case_of(word, spelling), language)
    return found


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
    found = spellings(words, code) if words else {}
    respelt = {}
    # Published means published: a spelling must find something published itself, in the
    # language whose texts it comes from (one query per language that proposed one).
    for language in dict.fromkeys(language for _spelling, language in found.values()):
        proposed = {word: spelling for word, (spelling, lang) in found.items() if lang == language}
        confirmed = words_with_matches(list(proposed.values()), language)
        respelt |= {word: spelling for word, spelling in proposed.items() if spelling in confirmed}
    if not respelt:
        return None
    text = parsed.text
    for word, spelling in respelt.items():
        text = re.sub(
            rf"(?<!\w){re.escape(word)}(?!\w)", lambda _match, spelling=spelling: spelling, text
        )
    return text
