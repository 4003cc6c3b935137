"""From what a visitor typed to a tsquery, safely.

The text reaches PostgreSQL only as a parameter of `websearch_to_tsquery`, which accepts any
input without a syntax error and understands "quoted phrases", -exclusion and `or`, with the
stemming of the language searched in. While the last word is being typed it also matches as a
prefix (`prosj` finds `prosjektene`): the query's last lexeme gets the `:*` label in SQL.
Nothing the visitor types is ever put into SQL text.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery

from barents_portal.search import SEARCH_CONFIGS

MAX_LENGTH = 200
MIN_PREFIX = 3
# A plain word at the very end, after a space, a quote or at the start (not -excluded).
LAST_WORD = re.compile(r"(?:^|[\s\"])(\w+)$")
WORD = re.compile(r"\w+")


def clean(raw):
    """The query as we search it: printable, single-spaced, at most MAX_LENGTH characters.

    Returns (text, shortened). Control characters (a NUL byte among them, which PostgreSQL
    refuses in text) become spaces.
    """
    text = "".join(char if char.isprintable() else " " for char in raw or "")
    text = " ".join(text.split())
    if len(text) <= MAX_LENGTH:
        return text, False
    return text[:MAX_LENGTH].rstrip(), True


class WebSearchQuery(SearchQuery):
    """`websearch_to_tsquery(config, text)`, its last lexeme optionally a prefix too.

    The tsquery's text form is re-read as a tsquery with `:*` after its last lexeme: the
    visitor's text stays a bound parameter, and the phrase, exclusion and `or` semantics are
    PostgreSQL's own.
    """

    def __init__(self, value, *, config, prefix_last=False):
        super().__init__(value, config=config, search_type="websearch")
        self.prefix_last = prefix_last

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        if self.prefix_last:
            sql = f"regexp_replace(({sql})::text, %s, %s)::tsquery"
            params = (*params, "'([ )]*)$", "':*\\1")
        return sql, params


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    prefix_last: bool

    def __bool__(self):
        return bool(self.text)

    def for_language(self, code):
        """The tsquery for the language `code`, stemmed by that language's configuration."""
        return WebSearchQuery(self.text, config=SEARCH_CONFIGS[code], prefix_last=self.prefix_last)

    @property
    def words(self):
        """The words of the query without operators (for "did you mean")."""
        return [word for word in WORD.findall(self.text) if word.lower() != "or"]


def parse(text):
    match = LAST_WORD.search(text)
    # Short prefixes would match a good part of the dictionary: three letters at least.
    prefix_last = bool(
        match and len(match.group(1)) >= MIN_PREFIX and match.group(1).lower() != "or"
    )
    return ParsedQuery(text=text, prefix_last=prefix_last)
