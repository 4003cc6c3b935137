"""What one request of each page costs in one process, and where the time goes.

Runs against the database `make bench` built (`barents_bench`, kept with `--reuse`), with
Django's test client as gunicorn would serve it: DEBUG off, the page cache off, the
fragments on (the uncached rows of `make bench`). For each page: the median of
`--repeat` requests after warm-ups, in ms of wall time and of CPU time of this process
(the second is what the template engine and the ORM cost; the difference is mostly
PostgreSQL), the ms spent rendering its template (with whatever the template evaluates
itself, such as a lazy queryset), the queries it made and the ms spent inside them.
`--profile NAME` prints cProfile's top functions for that page; `--callers` and `--callees`
add who calls, or what is called by, the functions matching a pattern.

    .venv/bin/python benchmarks/profile_pages.py --languages en
    .venv/bin/python benchmarks/profile_pages.py --pages search --profile search
    .venv/bin/python benchmarks/profile_pages.py --pages "projects database" --sql
    .venv/bin/python benchmarks/profile_pages.py --pages programme --profile programme \
        --callees "views.py.*get_context_data"
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: benchmarks/ is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import load  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en")
    parser.add_argument("--pages", help="comma-separated page names (default: all)")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--profile", help="a page name: print cProfile's top functions")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--callers", metavar="PATTERN", help="with --profile: who calls these")
    parser.add_argument("--callees", metavar="PATTERN", help="with --profile: what these call")
    parser.add_argument("--sql", action="store_true", help="print each page's queries and ms")
    args = parser.parse_args()

    url = load.database_url()
    os.environ.update({**load.server_env(url, cache=False), "SECRET_KEY": "profile"})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")
    import django

    django.setup()
    from django.db import connection
    from django.template.backends import django as django_backend
    from django.test import Client

    wanted = set(args.pages.split(",")) | {"floor"} if args.pages else None
    client = Client(HTTP_HOST="127.0.0.1")
    timings, statements = [], []

    def timed_execute(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append(time.perf_counter() - start)
            statements.append(sql % tuple(repr(p) for p in params or ()) if args.sql else sql)

    rendering, depth = [], [0]
    render = django_backend.Template.render

    def timed_render(template, context=None, request=None):
        # The page's own template only: a tag rendering another template is inside it.
        depth[0] += 1
        start = time.perf_counter()
        try:
            return render(template, context, request)
        finally:
            depth[0] -= 1
            if not depth[0]:
                rendering.append(time.perf_counter() - start)

    django_backend.Template.render = timed_render
    print(
        f"{'page':<22} {'lang':<4} {'wall ms':>8} {'cpu ms':>7} {'template':>8} "
        f"{'queries':>7} {'in SQL':>7}"
    )
    for lang in args.languages.split(","):
        for name, path in load.pages(url, lang):
            if name == "literal" or (wanted and name not in wanted):
                continue
            for _warm_up in range(4):
                response = client.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"{path} answered {response.status_code}")
            walls, cpus, templates, sql = [], [], [], []
            with connection.execute_wrapper(timed_execute):
                for _request in range(args.repeat):
                    timings.clear()
                    statements.clear()
                    rendering.clear()
                    wall, cpu = time.perf_counter(), time.process_time()
                    client.get(path)
                    cpus.append(time.process_time() - cpu)
                    walls.append(time.perf_counter() - wall)
                    templates.append(sum(rendering))
                    sql.append((len(timings), sum(timings)))
            print(
                f"{name:<22} {lang:<4} {statistics.median(walls) * 1000:8.1f} "
                f"{statistics.median(cpus) * 1000:7.1f} {statistics.median(templates) * 1000:8.1f} "
                f"{sql[-1][0]:7d} "
                f"{statistics.median(s for _n, s in sql) * 1000:7.1f}",
                flush=True,
            )
            if args.sql:
                for ms, sql in zip(timings, statements, strict=True):
                    print(f"    {ms * 1000:6.2f} ms  {sql}")
            if args.profile == name:
                profiler = cProfile.Profile()
                profiler.enable()
                for _request in range(args.repeat):
                    client.get(path)
                profiler.disable()
                stats = pstats.Stats(profiler).strip_dirs().sort_stats("tottime")
                stats.print_stats(args.top)
                stats.sort_stats("cumulative").print_stats(args.top)
                if args.callers:
                    stats.print_callers(args.callers)
                if args.callees:
                    stats.print_callees(args.callees)


if __name__ == "__main__":
    main()
