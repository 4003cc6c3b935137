#!/usr/bin/env python
"""How fast is the search with 100 000 searchable items?

    python benchmarks/search_bench.py            # or: make bench-search
    python benchmarks/search_bench.py --items 20000 --runs 10 --keep

Creates a database of its own (`barents_search_bench`, on the server of DATABASE_URL or the
project's private cluster), migrates it, fills it with searchable items in every section —
articles, events, series, meeting documents, pages, offices, staff, programmes, calls, funded
projects — written in one, two or all three languages with plausible words
(benchmarks/corpus.py), then times the search page in-process (Django's test client: URL
resolving, middleware, queries, template; the page cache off) for a fixed list of queries per
language, and prints p50 and p95 per language and kind of query, the time spent in the
database, and the plan of the counts-and-page query. The database is dropped at the end
unless --keep is given. The dev and test databases are never touched.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

# The share of each section in the corpus (sums to 1).
SHARES = {
    "article": 0.30,
    "event": 0.10,
    "series": 0.005,
    "document": 0.15,
    "page": 0.02,
    "office": 0.005,
    "staff": 0.05,
    "programme": 0.02,
    "call": 0.10,
    "project": 0.25,
}
# Which languages an item is written in: all three, two, or one.
LANGUAGE_SETS = [
    (("nb", "ru", "en"), 45),
    (("nb", "en"), 12),
    (("ru", "en"), 10),
    (("nb", "ru"), 8),
    (("nb",), 10),
    (("ru",), 7),
    (("en",), 8),
]
DRAFT_SHARE = 0.08
BATCH = 2000

QUERIES = {
    "en": {
        "word": ["cooperation", "reindeer", "icebreaker", "Murmansk", "handicraft"],
        "words": ["culture youth", "salmon harbour"],
        "phrase": ['"cross-border cooperation"', '"arctic festival"', '"young students"'],
        "prefix": ["coop", "reind", "murm", "scholar"],
    },
    "nb": {
        "word": ["samarbeid", "prosjektene", "isbryteren", "Kirkenes", "håndverk"],
        "words": ["kultur ungdom", "laks havn"],
        "phrase": ['"grenseoverskridende samarbeid"', '"arktiske festivalen"', '"unge studenter"'],
        "prefix": ["samarb", "prosj", "reinsd", "stipe"],
    },
    "ru": {
        "word": ["сотрудничество", "проектов", "ледокол", "Мурманск", "ремесло"],
        "words": ["культура молодёжь", "лосось порт"],
        "phrase": [
            '"приграничное сотрудничество"',
            '"арктический фестиваль"',
            '"молодые студенты"',
        ],
        "prefix": ["сотруд", "проек", "олен", "стипе"],
    },
}


def server_url():
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    from barents_portal import devdb

    if not devdb.is_running():
        sys.exit("The private PostgreSQL cluster is not running: run `make db` first.")
    return devdb.database_url()


def with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_connection(url):
    """A connection to the server's `postgres` database, to create and drop ours.

    Parsed here rather than with the settings' helper: importing the settings would fix
    DATABASES to the dev database before DATABASE_URL points at the benchmark's.
    """
    import psycopg2

    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    connection = psycopg2.connect(
        dbname="postgres",
        user=unquote(parts.username or "") or None,
        password=unquote(parts.password or "") or None,
        host=query.get("host") or parts.hostname or None,
        port=query.get("port") or parts.port or None,
    )
    connection.autocommit = True
    return connection


def recreate_database(url, name):
    connection = admin_connection(url)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def drop_database(url, name):
    connection = admin_connection(url)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    connection.close()


def prepare_environment():
    # Production settings (DEBUG off: no query log in memory), plain HTTP, no collectstatic.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-0123456789-abcdefghijklmnop")
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ["STATIC_MANIFEST"] = "false"
    # Every request reaches the search: the page cache would answer repeats from memory.
    os.environ["PAGE_CACHE"] = "false"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")


def setup_django(url, name):
    if "django.conf" in sys.modules and "barents_portal.settings" in sys.modules:
        sys.exit("The settings were imported before DATABASE_URL was set: refusing to go on.")
    os.environ["DATABASE_URL"] = url
    import django
    from django.db import connection

    django.setup()
    if connection.settings_dict["NAME"] != name:
        sys.exit(f"Connected to {connection.settings_dict['NAME']!r}, not {name!r}: stopping.")


# --- Filling ----------------------------------------------------------------------------
class Filler:
    def __init__(self, total, seed=1):
        import random

        from barents_portal.languages import language_codes
        from benchmarks.corpus import Writer

        self.codes = language_codes()
        self.total = total
        self.random = random.Random(seed)
        self.writers = {code: Writer(code, seed) for code in self.codes}
        self.now = datetime.now(UTC)
        self.serial = 0

    def count(self, section):
        return max(1, round(self.total * SHARES[section]))

    def languages(self):
        sets, weights = zip(*LANGUAGE_SETS, strict=True)
        return self.random.choices(sets, weights)[0]

    def state(self):
        from barents_portal.publishing import Status

        if self.random.random() < DRAFT_SHARE:
            return {"status": Status.DRAFT, "published_at": None}
        days = self.random.randint(1, 3000)
        return {"status": Status.PUBLISHED, "published_at": self.now - timedelta(days=days)}

    def translated(self, codes, **makers):
        """{field_lang: text} for the languages in `codes`, "" (or None for slugs) elsewhere."""
        values = {}
        for code in self.codes:
            writer = self.writers[code]
            for field, make in makers.items():
                if code in codes:
                    values[f"{field}_{code}"] = make(writer)
                else:
                    values[f"{field}_{code}"] = None if field == "slug" else ""
        return values

    def slug(self, prefix):
        self.serial += 1
        return lambda writer: f"{prefix}-{writer.code}-{self.serial}"

    def bulk(self, model, objects):
        model.objects.bulk_create(objects, batch_size=BATCH)

    def fill(self):
        from barents_portal.vocabulary import Country
        from news.models import Article, Document, Event, Series
        from projects.models import Call, FundedProject, Funder, Programme
        from secretariat.models import Office, Page, StaffMember

        r = self.random
        countries = [country.value for country in Country]

        self.bulk(
            Office,
            [
                Office(
                    country=r.choice(countries),
                    **self.state(),
                    **self.translated(
                        self.languages(),
                        name=lambda w: f"{w.title()} {w.place()}",
                        slug=self.slug("office"),
                        city=lambda w: w.place(),
                        description=lambda w: w.html(2),
                    ),
                )
                for _ in range(self.count("office"))
            ],
        )
        offices = list(Office.objects.values_list("pk", flat=True))
        self.bulk(
            StaffMember,
            [
                StaffMember(
                    name=self.writers["en"].person(),
                    office_id=r.choice(offices),
                    **self.translated(self.languages(), job_title=lambda w: w.title()),
                )
                for _ in range(self.count("staff"))
            ],
        )
        self.bulk(
            Page,
            [
                Page(
                    **self.state(),
                    **self.translated(
                        self.languages(),
                        title=lambda w: w.title(),
                        slug=self.slug("page"),
                        summary=lambda w: w.sentence(),
                        body=lambda w: w.html(4),
                    ),
                )
                for _ in range(self.count("page"))
            ],
        )
        self.bulk(
            Article,
            [
                Article(
                    **self.state(),
                    **self.translated(
                        self.languages(),
                        title=lambda w: w.title(),
                        slug=self.slug("article"),
                        summary=lambda w: w.text(2),
                        body=lambda w: w.html(r.randint(3, 6)),
                    ),
                )
                for _ in range(self.count("article"))
            ],
        )
        self.bulk(
            Series,
            [
                Series(
                    **self.state(),
                    **self.translated(
                        self.languages(),
                        title=lambda w: w.title(),
                        slug=self.slug("series"),
                        summary=lambda w: w.sentence(),
                        description=lambda w: w.html(2),
                    ),
                )
                for _ in range(self.count("series"))
            ],
        )
        events = []
        for _ in range(self.count("event")):
            start = self.now + timedelta(days=r.randint(-2000, 300), hours=r.randint(0, 23))
            events.append(
                Event(
                    start=start,
                    end=start + timedelta(hours=3),
                    ends_at=start + timedelta(hours=3),
                    country=r.choice(countries),
                    **self.state(),
                    **self.translated(
                        self.languages(),
                        title=lambda w: w.title(),
                        slug=self.slug("event"),
                        summary=lambda w: w.sentence(),
                        body=lambda w: w.html(r.randint(1, 3)),
                        city=lambda w: w.place(),
                        theme=lambda w: w.title(),
                    ),
                )
            )
        self.bulk(Event, events)
        event_ids = list(Event.objects.values_list("pk", flat=True))
        self.bulk(
            Document,
            [
                Document(
                    event_id=r.choice(event_ids),
                    file="events/bench/document.pdf",
                    file_format="pdf",
                    file_size=12345,
                    kind=r.choice(list(Document.Kind.values)),
                    **self.translated(self.languages(), title=lambda w: w.title()),
                )
                for _ in range(self.count("document"))
            ],
        )
        self.bulk(
            Funder,
            [Funder(**self.translated(self.codes, name=lambda w: w.title())) for _ in range(50)],
        )
        funders = list(Funder.objects.values_list("pk", flat=True))
        self.bulk(
            Programme,
            [
                Programme(
                    funder_id=r.choice(funders),
                    code=f"bench-programme-{index}",
                    **self.state(),
                    **self.translated(
                        self.languages(),
                        name=lambda w: w.title(),
                        slug=self.slug("programme"),
                        summary=lambda w: w.text(2),
                        description=lambda w: w.html(3),
                        eligibility=lambda w: w.html(1),
                        how_to_apply=lambda w: w.html(1),
                    ),
                )
                for index in range(self.count("programme"))
            ],
        )
        programmes = list(Programme.objects.values_list("pk", flat=True))
        calls = []
        for _ in range(self.count("call")):
            opens = self.now + timedelta(days=r.randint(-1500, 100))
            calls.append(
                Call(
                    programme_id=r.choice(programmes),
                    opens_at=opens,
                    deadline=opens + timedelta(days=r.randint(10, 90)),
                    **self.translated(
                        self.languages(), title=lambda w: w.title(), summary=lambda w: w.text(2)
                    ),
                )
            )
        self.bulk(Call, calls)
        self.bulk(
            FundedProject,
            [
                FundedProject(
                    programme_id=r.choice(programmes),
                    reference=f"BENCH-{index:07d}",
                    lead_organisation=f"{self.writers['en'].title()} association",
                    lead_country=r.choice(countries),
                    grant_amount=r.randint(1000, 500_000),
                    year_granted=r.randint(1993, 2026),
                    # Public, like before projects had a status of their own (no extra draw
                    # from the random stream, so the corpus stays the same).
                    status="published",
                    published_at=self.now - timedelta(days=1),
                    **self.translated(
                        self.languages(),
                        title=lambda w: w.title(),
                        slug=self.slug("project"),
                        summary=lambda w: w.text(2),
                    ),
                )
                for index in range(self.count("project"))
            ],
        )


def search_indexes():
    """(model, index) for every GIN index of the search: dropped while loading, then rebuilt."""
    from search.sections import SECTIONS

    for section in SECTIONS:
        for index in section.model._meta.indexes:
            if index.name.endswith(("_search_nb", "_search_ru", "_search_en", "_trgm")):
                yield section.model, index


def load(total):
    from django.db import connection

    indexes = list(search_indexes())
    with connection.schema_editor() as editor:
        for model, index in indexes:
            editor.remove_index(model, index)
    started = time.perf_counter()
    Filler(total).fill()
    loaded = time.perf_counter()
    with connection.schema_editor() as editor:
        for model, index in indexes:
            editor.add_index(model, index)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    indexed = time.perf_counter()
    # The words "did you mean" proposes, as the nightly housekeeping rebuilds them.
    from search.words import refresh

    report = refresh()
    print(
        f"Loaded {searchable_count():,} searchable items in {loaded - started:.0f} s, "
        f"indexed in {indexed - loaded:.0f} s; {report} in "
        f"{time.perf_counter() - indexed:.0f} s."
    )


def searchable_count():
    from search.sections import SECTIONS

    return sum(section.model._default_manager.count() for section in SECTIONS)


# --- Measuring --------------------------------------------------------------------------
def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def hits(query, code):
    """All the matches of `query`: the search itself reads at most MATCH_LIMIT per section."""
    from search import engine
    from search.query import clean, parse

    limit, engine.MATCH_LIMIT = engine.MATCH_LIMIT, 10**9
    try:
        hits = engine.RankedHits(code, parse(clean(query)[0]))
        return sum(hits.counts_and_page(0, 1).values())
    finally:
        engine.MATCH_LIMIT = limit


class DatabaseTime:
    """Time spent in the database during a request (an execute wrapper)."""

    def __init__(self):
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started


def measure(runs):
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils.translation import override

    client = Client(HTTP_HOST="localhost")
    rows = []
    for code, kinds in QUERIES.items():
        with override(code):
            url = reverse("search:index")
        for kind, queries in kinds.items():
            timings, database = [], []
            for query in queries:
                response = client.get(url, {"q": query})  # warm-up
                assert response.status_code == 200, (query, response.status_code)
                for _ in range(runs):
                    spent = DatabaseTime()
                    with connection.execute_wrapper(spent):
                        started = time.perf_counter()
                        client.get(url, {"q": query})
                        timings.append((time.perf_counter() - started) * 1000)
                    database.append(spent.seconds * 1000)
            counts = [hits(query, code) for query in queries]
            rows.append((code, kind, timings, database, counts))
    return rows


def report(rows):
    print()
    print(
        f"{'language':<9}{'query':<8}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'db p50':>9}{'db p95':>9}  matches per query"
    )
    for code, kind, timings, database, counts in rows:
        print(
            f"{code:<9}{kind:<8}{len(timings):>9}"
            f"{percentile(timings, 0.5):>9.1f}{percentile(timings, 0.95):>9.1f}"
            f"{percentile(database, 0.5):>9.1f}{percentile(database, 0.95):>9.1f}  "
            + ", ".join(f"{n:,}" for n in counts)
        )
    every = [t for row in rows for t in row[2]]
    every_db = [t for row in rows for t in row[3]]
    print(
        f"{'all':<17}{len(every):>9}{statistics.median(every):>9.1f}"
        f"{percentile(every, 0.95):>9.1f}{statistics.median(every_db):>9.1f}"
        f"{percentile(every_db, 0.95):>9.1f}"
    )


def explain(query="cooperation", code="en"):
    from search.engine import RankedHits
    from search.query import parse
    from search.statements import fetch_all

    hits = RankedHits(code, parse(query))
    total = sum(hits.counts_and_page(0, 20).values())
    sql, params = hits.counts_and_page_sql(0, 20)
    # Under the search's own settings (search.statements), so the plan is the one it runs.
    rows = fetch_all(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}", params)
    plan = "\n".join(row[0] for row in rows)
    print(f"\nEXPLAIN ANALYZE of the counts and first page for {query!r} ({code}), ")
    print(f"{total:,} matches:\n")
    print(plan)
    used = "Bitmap Index Scan on article_search_en" in plan
    print(f"\nGIN index article_search_en used: {'yes' if used else 'NO'}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000, help="searchable items to create")
    parser.add_argument("--runs", type=int, default=20, help="timed requests per query")
    parser.add_argument("--database", default="barents_search_bench", help="name of the database")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--reuse", action="store_true", help="measure a database kept by an earlier --keep"
    )
    args = parser.parse_args(argv)
    if args.database in {"barents_portal", "postgres"} or args.database.startswith("test_"):
        sys.exit(f"Refusing to use the database {args.database!r}: give the benchmark its own.")

    prepare_environment()
    base = server_url()
    url = with_database(base, args.database)
    if not args.reuse:
        recreate_database(base, args.database)
    setup_django(url, args.database)
    try:
        from django.core.management import call_command

        if not args.reuse:
            print(f"Database {args.database}: migrating…")
            call_command("migrate", verbosity=0)
            load(args.items)
        machine_load = "/".join(f"{value:.1f}" for value in os.getloadavg())
        print(
            f"{datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, load {machine_load}, "
            f"{args.runs} runs/query; times in ms, db = time spent in queries"
        )
        report(measure(args.runs))
        print("load after: " + "/".join(f"{value:.1f}" for value in os.getloadavg()))
        explain()
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop_database(base, args.database)
            print(f"\nDropped the database {args.database}.")


if __name__ == "__main__":
    main()
