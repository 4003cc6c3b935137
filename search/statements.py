"""How the search's statements reach PostgreSQL: each with its own limits, in one round trip.

Every statement of the search is sent as one query string that first sets, for its own
(implicit) transaction only:

- statement_timeout: a pathological query is stopped (the view answers a calm 503);
- pg_trgm.word_similarity_threshold and pg_trgm.similarity_threshold: the similarities
  "did you mean" asks for (samarbied → samarbeid, Kirknes → Kirkenes);
- cpu_index_tuple_cost: what the planner thinks reading one index entry costs. At the
  default (0.005) it finds a common word's matches by ANDing the GIN index's bitmap with
  the btree bitmaps of published_at and status, which hold nearly every row (27 536 of
  30 000 articles in `make bench-search`): building those costs more than the heap pages
  it saves (the article branch of `cooperation`: 6 ms for the AND, 1 ms for the GIN index
  alone). At 0.02 the GIN index answers alone.

`set_config(…, true)` lasts until the end of the transaction. Outside a transaction block,
PostgreSQL runs the statements of one query string in one implicit transaction (and applies
the timeout to each of them), so the settings never outlive the search's statement, and no
BEGIN, SET and COMMIT round trips are needed. The visitor's text stays a bound parameter.

This relies on psycopg2 (the project's driver), which binds parameters on the client and
sends the string as one simple query; a driver binding them on the server (psycopg 3's
default) would refuse two statements in one execute().
"""

from contextlib import nullcontext

from django.db import connection, transaction

STATEMENT_TIMEOUT_MS = 3000
WORD_SIMILARITY_THRESHOLD = "0.5"
SIMILARITY_THRESHOLD = "0.4"  # search.suggestions.MIN_SIMILARITY
CPU_INDEX_TUPLE_COST = "0.02"

LIMITS = (
    "SELECT set_config('statement_timeout', %s, true), "
    "set_config('pg_trgm.word_similarity_threshold', %s, true), "
    "set_config('pg_trgm.similarity_threshold', %s, true), "
    "set_config('cpu_index_tuple_cost', %s, true)"
)


def fetch_all(sql, params, timeout_ms=None):
    """The rows of `sql`, run under the search's limits."""
    limits = [
        str(int(timeout_ms or STATEMENT_TIMEOUT_MS)),
        WORD_SIMILARITY_THRESHOLD,
        SIMILARITY_THRESHOLD,
        CPU_INDEX_TUPLE_COST,
    ]
    # Inside a caller's transaction (atomic(), or a test's), a savepoint keeps a stopped
    # statement from aborting it; the settings then last until that transaction ends.
    block = transaction.atomic() if connection.in_atomic_block else nullcontext()
    with block, connection.cursor() as cursor:
        cursor.execute(f"{LIMITS}; {sql}", [*limits, *params])
        return cursor.fetchall()


def fetch_queryset(queryset, timeout_ms=None):
    """The rows of a values_list() queryset, run under the search's limits."""
    sql, params = queryset.query.sql_with_params()
    return fetch_all(sql, params, timeout_ms)
