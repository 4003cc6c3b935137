#!/usr/bin/env python
"""Does the open-data export of funded projects stay in constant memory?

    python benchmarks/opendata_bench.py              # or: make bench-opendata
    python benchmarks/opendata_bench.py --rows 20000 --keep

Creates a database of its own (`barents_opendata_bench`, on the server of DATABASE_URL or
the project's private cluster), migrates it, fills it with 1 000 published funded projects
(three languages, a partner, a theme and a region each), streams the CSV and the JSON file of
the `funded-projects` dataset through its view (after one unmeasured warm-up pass), then
fills it up to --rows (100 000) and streams both again. For each it prints the rows, the
bytes written, the time, the peak of Python's allocations while streaming (tracemalloc) and
how much the process's peak resident memory grew (ru_maxrss). Constant memory means the
peaks are the same for 1 000 and for 100 000 rows. The database is dropped at the end
unless --keep is given.
"""

import argparse
import os
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from benchmarks.search_bench import (  # noqa: E402 - after the path is set
    drop_database,
    prepare_environment,
    recreate_database,
    server_url,
    setup_django,
    with_database,
)

BATCH = 5000


def fill(start, stop):
    """Published funded projects number start..stop-1, with their related rows."""
    from django.utils import timezone

    from projects.models import FundedProject, Funder, Programme, ProjectPartner, Region, Theme

    now = timezone.now()
    funder, _ = Funder.objects.get_or_create(name_en="Bench funder", defaults={"country": "NO"})
    programmes = list(Programme.objects.all()[:5])
    while len(programmes) < 5:
        number = len(programmes)
        programmes.append(
            Programme.objects.create(
                funder=funder,
                name_en=f"Bench programme {number}",
                name_nb=f"Testprogram {number}",
                name_ru=f"Тестовая программа {number}",
                status="published",
                published_at=now,
            )
        )
    theme, _ = Theme.objects.get_or_create(code="bench", defaults={"name_en": "Bench"})
    region = Region.objects.order_by("code").first() or Region.objects.create(code="NO-56")
    for first in range(start, stop, BATCH):
        numbers = range(first, min(first + BATCH, stop))
        projects = FundedProject.objects.bulk_create(
            FundedProject(
                programme=programmes[number % 5],
                reference=f"BENCH-{number:06d}",
                title_en=f"Cross-border project {number}",
                title_nb=f"Grenseprosjekt {number}",
                title_ru=f"Приграничный проект {number}",
                slug_en=f"cross-border-project-{number}",
                slug_nb=f"grenseprosjekt-{number}",
                slug_ru=f"prigranichnyi-proekt-{number}",
                summary_en="Two towns on both sides of the border work together.",
                summary_nb="To byer på hver side av grensen samarbeider.",
                summary_ru="Два города по обе стороны границы работают вместе.",
                lead_organisation=f"Organisation {number}, Kirkenes",
                lead_country="NO",
                lead_region=region,
                grant_amount=Decimal("25000.00") + number,
                currency="EUR",
                year_granted=2010 + number % 16,
                status="published",
                published_at=now,
            )
            for number in numbers
        )
        ProjectPartner.objects.bulk_create(
            ProjectPartner(project=project, organisation="Partner in Murmansk", country="RU")
            for project in projects
        )
        FundedProject.themes.through.objects.bulk_create(
            FundedProject.themes.through(fundedproject=project, theme=theme) for project in projects
        )
        FundedProject.regions.through.objects.bulk_create(
            FundedProject.regions.through(fundedproject=project, region=region)
            for project in projects
        )


def max_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def stream(format):
    """Stream the file through its view; (rows, bytes, seconds, tracemalloc peak MB,
    ru_maxrss growth MB)."""
    from django.test import RequestFactory

    from barents_portal.views import open_data_file

    request = RequestFactory().get(f"/open-data/funded-projects.{format}", HTTP_HOST="localhost")
    rss_before = max_rss_mb()
    tracemalloc.start()
    started = time.perf_counter()
    response = open_data_file(request, dataset="funded-projects", format=format)
    size = lines = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += 1
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows = lines - 1 if format == "csv" else lines - 2  # header; JSON head and tail
    return rows, size, seconds, peak / 2**20, max_rss_mb() - rss_before


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="funded projects in the end")
    parser.add_argument("--small", type=int, default=1_000, help="funded projects at first")
    parser.add_argument("--database", default="barents_opendata_bench", help="its database")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args(argv)
    if args.database in {"barents_portal", "postgres"} or args.database.startswith("test_"):
        sys.exit(f"Refusing to use the database {args.database!r}: give the benchmark its own.")

    prepare_environment()
    os.environ["ALLOWED_HOSTS"] = "localhost"  # the host the files' addresses are built on
    base = server_url()
    recreate_database(base, args.database)
    setup_django(with_database(base, args.database), args.database)
    try:
        from django.core.management import call_command

        print(f"Database {args.database}: migrating…")
        call_command("migrate", verbosity=0)
        machine_load = "/".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, load {machine_load}")
        print(f"{'rows':>8} {'format':>6} {'MB out':>8} {'s':>6} {'peak MB':>8} {'rss +MB':>8}")
        filled = 0
        for target in (args.small, args.rows):
            started = time.perf_counter()
            fill(filled, target)
            filled = target
            print(f"  (filled to {target} rows in {time.perf_counter() - started:.0f} s)")
            if target == args.small:
                for format in ("csv", "json"):
                    stream(format)  # warm up: imports, URL resolver, translations
            for format in ("csv", "json"):
                rows, size, seconds, peak, rss = stream(format)
                print(
                    f"{rows:>8} {format:>6} {size / 2**20:>8.1f} {seconds:>6.1f} "
                    f"{peak:>8.2f} {rss:>8.1f}"
                )
        print("load after: " + "/".join(f"{value:.2f}" for value in os.getloadavg()))
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop_database(base, args.database)
            print(f"Dropped the database {args.database}.")


if __name__ == "__main__":
    main()
