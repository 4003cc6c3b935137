"""Tell the planner what testing a search vector row by row really costs.

`tsvector @@ tsquery` (ts_match_vq) is costed like a simple comparison, so for a common
word PostgreSQL prefers to find the published rows through their btree indexes and test
each one's search vector — which fetches and decompresses every vector from TOAST, ten
times slower than letting the GIN index answer. A realistic cost makes it combine the
GIN index with the others. Changing a built-in function's cost needs a superuser (the
project's first migration needs one anyway, for the extensions); without one the search
still works, only slower for very common words, and a notice says so. Django has no
operation for a function's cost, hence the SQL.

Squashed from 0001-0002 before the first release: a database that ran those has this one
marked as applied without running it. The search columns' storage that 0002 set on the
sections' tables is now each section's own migration's (barents_portal.search.SearchColumnStorage).
"""

from django.db import migrations

SET_MATCH_COST = """
DO $$
BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'Not allowed to set the cost of ts_match_vq: searches for very common '
        'words will be slower. Run as a superuser: ALTER FUNCTION '
        'pg_catalog.ts_match_vq(tsvector, tsquery) COST 100';
END
$$;
"""

RESET_MATCH_COST = """
DO $$
BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 1;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END
$$;
"""


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("search", "0001_match_cost"),
        ("search", "0002_inline_search_vectors"),
    ]

    dependencies = []

    operations = [migrations.RunSQL(SET_MATCH_COST, RESET_MATCH_COST)]
