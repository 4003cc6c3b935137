#!/usr/bin/env python
"""How long does an e-mail alerts run take for 10 000 subscribers and 200 deadlines?

    python benchmarks/alerts_bench.py                  # or: make bench-alerts
    python benchmarks/alerts_bench.py --subscribers 2000 --calls 50 --keep

Creates a database of its own (`barents_alerts_bench`, on the server of DATABASE_URL or the
project's private cluster), migrates it, and fills it with 50 published programmes, their
calls (every deadline 1 to 14 days away, so every call is due a reminder) and confirmed
subscribers: three in five follow one programme, two in five follow "new calls like these"
for one theme (about ten programmes each). Then it times, in this process:

1. the run (`manage.py send_alerts`): finding what is due, claiming it in the sent log,
   queueing the mails on the database task queue;
2. the sending (`manage.py db_worker --batch`): every mail rendered in both parts and handed
   to Django's dummy mail backend (no network);
3. the run again: it must claim nothing.

and prints each time, the mails and items, and the peak memory (resident set size of the
process, and Python's own allocations during the run). The database is dropped at the end
unless --keep is given.
"""

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from benchmarks.search_bench import (  # noqa: E402
    drop_database,
    recreate_database,
    server_url,
    setup_django,
    with_database,
)

PROGRAMMES = 50
THEMES = 5


def prepare_environment():
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-0123456789-abcdefghijklmnop")
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ["STATIC_MANIFEST"] = "false"
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.dummy.EmailBackend"
    os.environ["TASKS_BACKEND"] = "database"
    os.environ["PORTAL_BASE_URL"] = "https://barentsportal.example"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")


def load(subscribers, calls):
    from django.utils import timezone

    from alerts.models import SeenCall, Subscription
    from barents_portal.publishing import Status
    from projects.models import Call, Funder, Programme, Theme

    rng = random.Random(1)
    now = timezone.now()
    themes = [
        Theme.objects.create(code=f"theme-{n}", name_en=f"Theme {n}", order=n)
        for n in range(THEMES)
    ]
    funder = Funder.objects.create(name_en="Benchmark funder")
    programmes = []
    for n in range(PROGRAMMES):
        programme = Programme.objects.create(
            funder=funder,
            name_en=f"Programme {n}",
            name_ru=f"Программа {n}",
            status=Status.PUBLISHED,
            published_at=now - timedelta(days=30),
        )
        programme.themes.set([themes[n % THEMES]])
        programmes.append(programme)
    Call.objects.bulk_create(
        Call(
            programme=programmes[n % PROGRAMMES],
            title_en=f"Call {n}",
            title_ru=f"Конкурс {n}",
            opens_at=now - timedelta(days=20),
            deadline=(now + timedelta(days=1 + n % 14, hours=2)).replace(second=0, microsecond=0),
        )
        for n in range(calls)
    )
    # Every call already known: the run finds reminders, not new calls.
    SeenCall.objects.bulk_create(
        SeenCall(call_id=pk, seen_at=now - timedelta(days=10))
        for pk in Call.objects.values_list("pk", flat=True)
    )
    rows = []
    for n in range(subscribers):
        language = rng.choice(["nb", "ru", "en"])
        common = {
            "email": f"subscriber{n}@example.org",
            "language": language,
            "created_at": now - timedelta(days=5),
            "confirmed_at": now - timedelta(days=5),
        }
        if n % 5 < 3:
            rows.append(Subscription(kind="programme", programme=rng.choice(programmes), **common))
        else:
            rows.append(
                Subscription(kind="calls", filters={"theme": rng.choice(themes).code}, **common)
            )
    Subscription.objects.bulk_create(rows, batch_size=2000)


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(trace_memory=False):
    from django.core.management import call_command

    from alerts import runs
    from alerts.models import Delivery, SentItem

    rss_before = peak_rss_mb()
    if trace_memory:
        tracemalloc.start()  # slows the run down: its time is then not the figure
    started = time.perf_counter()
    stats = runs.run()
    run_seconds = time.perf_counter() - started
    traced = ""
    if trace_memory:
        traced = f"; Python allocations peak {tracemalloc.get_traced_memory()[1] / 2**20:.0f} MB"
        tracemalloc.stop()
    print(
        f"run (queue):   {run_seconds:6.1f} s  {stats.deliveries} mails to {stats.addresses} "
        f"addresses, items {dict(stats.items)}{traced}"
    )
    started = time.perf_counter()
    call_command("db_worker", "--batch", "--interval", "0", "--no-startup-delay", verbosity=0)
    send_seconds = time.perf_counter() - started
    sent = Delivery.objects.filter(state=Delivery.State.SENT).count()
    print(f"sending:       {send_seconds:6.1f} s  {sent} mails rendered (text + HTML) and sent")
    started = time.perf_counter()
    again = runs.run()
    print(
        f"run repeated:  {time.perf_counter() - started:6.1f} s  {again.deliveries} mails "
        f"(must be 0); sent log {SentItem.objects.count()} rows"
    )
    print(f"total run + sending: {run_seconds + send_seconds:.1f} s")
    print(f"peak resident memory: {peak_rss_mb():.0f} MB (before the run: {rss_before:.0f} MB)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=200, help="calls (deadlines)")
    parser.add_argument("--database", default="barents_alerts_bench")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--trace-memory",
        action="store_true",
        help="also trace Python's allocations during the run (slower)",
    )
    args = parser.parse_args(argv)
    if args.database in {"barents_portal", "postgres"} or args.database.startswith("test_"):
        sys.exit(f"Refusing to use the database {args.database!r}: give the benchmark its own.")
    prepare_environment()
    base = server_url()
    url = with_database(base, args.database)
    recreate_database(base, args.database)
    setup_django(url, args.database)
    try:
        from django.core.management import call_command

        print(f"Database {args.database}: migrating…")
        call_command("migrate", verbosity=0)
        load(args.subscribers, args.calls)
        machine_load = "/".join(f"{value:.1f}" for value in os.getloadavg())
        print(
            f"{datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, load {machine_load}; "
            f"{args.subscribers} subscribers, {args.calls} deadlines"
        )
        measure(args.trace_memory)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop_database(base, args.database)
            print(f"Dropped the database {args.database}.")


if __name__ == "__main__":
    main()
