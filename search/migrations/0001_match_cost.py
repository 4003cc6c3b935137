"""Tell the planner what testing a search vector row by row really costs.

`tsvector @@ tsquery` (ts_match_vq) is costed like a simple comparison, so for a common
word PostgreSQL prefers to find the published rows through their btree indexes and test
each one's search vector — which fetches and decompresses every vector from TOAST, ten
times slower than letting the GIN index answer. A realistic cost makes it combine the
GIN index with the others. Changing a built-in function's cost needs a superuser (the
project's first migration needs one anyway, for the extensions); without one the search
still works, only slower for very common words, and a notice says so.
"""

from django.db import migrations

FORWARD = """
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

REVERSE = """
DO $$
BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 1;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END
$$;
"""


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunSQL(FORWARD, REVERSE)]
