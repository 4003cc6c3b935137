"""Keep the full search vectors in the row, so that phrase searches read them cheaply.

A GIN index cannot tell whether words stand next to each other: for `"arctic festival"` it
hands over every row holding both words, and PostgreSQL checks the phrase in each row's
vector. Stored out of line (TOAST, as `toast_tuple_target = 128` had it, to keep rows
narrow for ranking), each check costs an index lookup in the TOAST table; kept in the row
(STORAGE MAIN, default toast_tuple_target) it is read with the row. Measured at 100 000
items (benchmarks/search_bench.py, see the README): phrase searches about twice as fast,
single words unchanged within the noise. Long texts still move out of line first.

Rows written from now on follow the new storage; `VACUUM FULL` or an update rewrites
older ones.
"""

from django.db import migrations

TABLES = [
    "news_article",
    "news_series",
    "news_event",
    "secretariat_page",
    "secretariat_office",
    "projects_programme",
    "projects_fundedproject",
]


def storage(kind):
    return ", ".join(
        f"ALTER COLUMN search_{code} SET STORAGE {kind}" for code in ("nb", "ru", "en")
    )


FORWARD = [
    f"ALTER TABLE {table} RESET (toast_tuple_target); ALTER TABLE {table} {storage('MAIN')}"
    for table in TABLES
]
REVERSE = [
    f"ALTER TABLE {table} SET (toast_tuple_target = 128); "
    f"ALTER TABLE {table} {storage('EXTENDED')}"
    for table in TABLES
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_match_cost"),
        ("news", "0005_search_columns"),
        ("secretariat", "0004_search_columns"),
        ("projects", "0003_search_columns"),
    ]

    operations = [
        migrations.RunSQL(forward, reverse) for forward, reverse in zip(FORWARD, REVERSE)
    ]
