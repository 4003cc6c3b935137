"""`make bench`: a fresh database at volume, gunicorn as `make serve` runs it, wrk against it.

Every page type in every language is measured uncached (PAGE_CACHE=false) and cached, beside
the floor (a template of the same shape with no query) and a literal of the same size. The
table goes to stdout and to var/bench/results.md; copy a run into docs/performance.md.

    .venv/bin/python benchmarks/load.py --scale 0.1 --duration 5
"""

import argparse
import datetime
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"
BENCH_DB = "barents_bench"
VOLUME = {"articles": 10_000, "events": 2_000}  # at --scale 1


def database_url():
    if os.environ.get("DATABASE_URL"):
        base = os.environ["DATABASE_URL"]
    else:
        sys.path.insert(0, str(ROOT))
        from barents_portal import devdb

        devdb.start()
        base = devdb.database_url()
    # Same cluster, its own database: never the development or test one.
    return re.sub(r"^(\w+://[^/]*/)[^?]*", rf"\g<1>{BENCH_DB}", base)


def server_env(url, *, cache):
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SERVE_MEDIA": "true",
        "BENCHMARK": "true",
        "PAGE_CACHE": "true" if cache else "false",
        "PAGE_CACHE_DIR": str(ROOT / "var" / "bench" / "pages"),
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    subprocess.run([VENV / "python", "manage.py", *args], cwd=ROOT, env=env, check=True)


def build_database(url, scale):
    import psycopg2

    admin_url = re.sub(rf"/{BENCH_DB}(\?|$)", r"/postgres\1", url)
    conn = psycopg2.connect(_conninfo(admin_url))
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{BENCH_DB}"')
    conn.close()
    env = server_env(url, cache=False)
    print("→ migrate, demo content", flush=True)
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "load_demo", "--no-staff")
    manage(env, "collectstatic", "--no-input", "-v", "0")
    manage(env, "compilemessages", "--ignore=.venv", "-v", "0")
    subprocess.run([VENV / "python", __file__, "--fill", str(scale)], cwd=ROOT, env=env, check=True)


def _conninfo(url):
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    return " ".join(
        f"{key}={value}"
        for key, value in {
            "dbname": parts.path.lstrip("/"),
            "user": parts.username or "",
            "host": query.get("host") or parts.hostname or "",
            "port": query.get("port") or parts.port or "",
        }.items()
        if value
    )


def fill(scale):
    """Runs inside Django (a child process): bulk rows in all three languages."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.utils import timezone

    from news.models import Article, Event

    now = timezone.now()

    def progress(label, done, total):
        print(f"\r  {label}: {done}/{total}", end="" if done < total else "\n", flush=True)

    total = int(VOLUME["articles"] * scale)
    for start in range(0, total, 1000):
        Article.objects.bulk_create(
            Article(
                title_en=f"Barents cooperation report {i}",
                title_nb=f"Barentssamarbeid rapport {i}",
                title_ru=f"Баренцево сотрудничество отчёт {i}",
                slug_en=f"bench-report-{i}",
                slug_nb=f"bench-rapport-{i}",
                slug_ru=f"bench-otchet-{i}",
                summary_en="What the working groups agreed this season.",
                summary_nb="Hva arbeidsgruppene ble enige om denne sesongen.",
                summary_ru="О чём договорились рабочие группы в этом сезоне.",
                body_en="<p>" + "Cooperation across borders in the north. " * 40 + "</p>",
                body_nb="<p>" + "Samarbeid over grensene i nord. " * 40 + "</p>",
                body_ru="<p>" + "Сотрудничество через границы на севере. " * 40 + "</p>",
                status="published",
                published_at=now - datetime.timedelta(hours=i),
            )
            for i in range(start, min(start + 1000, total))
        )
        progress("articles", min(start + 1000, total), total)
    total = int(VOLUME["events"] * scale)
    events = []
    for i in range(total):
        start = now + datetime.timedelta(days=i % 400 - 200, hours=i % 9)
        events.append(
            Event(
                title_en=f"Barents seminar {i}",
                title_nb=f"Barentsseminar {i}",
                title_ru=f"Баренцев семинар {i}",
                slug_en=f"bench-seminar-{i}",
                slug_nb=f"bench-seminar-nb-{i}",
                slug_ru=f"bench-seminar-ru-{i}",
                summary_en="A day of talks.",
                start=start,
                end=start + datetime.timedelta(hours=3),
                ends_at=start + datetime.timedelta(hours=3),
                city_en="Kirkenes",
                country="NO",
                status="published",
                published_at=now - datetime.timedelta(days=300),
            )
        )
    Event.objects.bulk_create(events, batch_size=1000)
    progress("events", total, total)


def time_now():
    from django.utils import timezone

    return timezone.now()


def pages(url, lang):
    """(name, path) for every page type; detail pages are picked from the database."""
    from django.utils.translation import override

    from news.models import Article, Event

    article = Article.objects.published().order_by("-published_at").first()
    event = Event.objects.published().filter(start__gt=time_now()).order_by("start").first()
    with override(lang):
        article, event = article.slug, event.slug
    return [
        ("floor", f"/{lang}/bench/floor/"),
        ("literal", f"/{lang}/bench/literal/"),
        ("home", f"/{lang}/"),
        ("news list", _resolve(lang, "news:index")),
        ("article", _resolve(lang, "news:detail", slug=article)),
        ("event list", _resolve(lang, "news:event-list")),
        ("event", _resolve(lang, "news:event-detail", slug=event)),
        ("search", _resolve(lang, "search:index") + "?q=barents"),
    ]


def _resolve(lang, name, **kwargs):
    from django.urls import reverse
    from django.utils.translation import override

    with override(lang):
        return reverse(name, kwargs=kwargs or None)


def count_queries(url, paths):
    """Queries per request, in-process with Django's test client (cache off)."""
    out = subprocess.run(
        [VENV / "python", __file__, "--count", *paths],
        cwd=ROOT,
        env=server_env(url, cache=False),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(line.rsplit(" ", 1) for line in out.splitlines() if line.startswith("/"))


def count(paths):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    for path in paths:
        client.get(path)  # warm up
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            # A rate measured on an error page means nothing: stop before any wrk run.
            raise SystemExit(f"{path} answered {response.status_code}, not 200")
        print(path, len(queries))


def start_server(env, port):
    process = subprocess.Popen(
        [VENV / "gunicorn", "barents_portal.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)  # noqa: S310
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def stop_server(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


def wrk(port, path, duration, connections):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency",
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def ms(label):
        match = re.search(rf"{label}\s+([\d.]+)(us|ms|s)\b", out)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    # "Socket errors: connect 0, read 0, write 0, timeout 0" and
    # "Non-2xx or 3xx responses: 12" (with a colon: missed before, so 404s passed as rates).
    errors = sum(
        int(n)
        for n in re.findall(r"(?:Non-2xx or 3xx responses:|timeout|read|write|connect) (\d+)", out)
    )
    return {"rate": rate, "p50": ms("50%"), "p99": ms("99%"), "errors": errors}


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("→ apt-get install -y wrk", flush=True)
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=float(os.environ.get("BENCH_SCALE", 1)))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_SECONDS", 5)))
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=8805)
    parser.add_argument("--languages", default="nb,ru,en")
    parser.add_argument("--reuse", action="store_true", help="keep the last run's database")
    parser.add_argument("--fill", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--count", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill is not None:
        return fill(args.fill)
    if args.count:
        return count(args.count)

    ensure_wrk()
    url = database_url()
    if not args.reuse:
        print(f"→ building {BENCH_DB} at scale {args.scale}", flush=True)
        build_database(url, args.scale)
    os.environ.update(server_env(url, cache=False))
    sys.path.insert(0, str(ROOT))
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")
    django.setup()
    targets = [
        (lang, name, path) for lang in args.languages.split(",") for name, path in pages(url, lang)
    ]
    queries = count_queries(url, [path for _l, _n, path in targets])
    results = {}
    shutil.rmtree(ROOT / "var" / "bench" / "pages", ignore_errors=True)
    for cache in (False, True):
        server = start_server(server_env(url, cache=cache), args.port)
        try:
            for lang, name, path in targets:
                if cache and name in ("floor", "literal"):
                    continue
                print(f"  {'cached' if cache else 'uncached'} {path}", flush=True)
                results[lang, name, cache] = wrk(args.port, path, args.duration, args.connections)
        finally:
            stop_server(server)
    report(args, targets, results, queries)


def report(args, targets, results, queries):
    lines = [
        f"Run {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC on {platform.node()}: "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; scale {args.scale} "
        f"({int(VOLUME['articles'] * args.scale)} articles, "
        f"{int(VOLUME['events'] * args.scale)} events + demo content); "
        f"gunicorn 2 sync workers, wrk -t2 -c{args.connections} -d{args.duration}s.",
        "",
        "| lang | page | cache | req/s | p50 ms | p99 ms | errors | queries "
        "| × floor | × literal |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, name, path in targets:
        floor = results[lang, "floor", False]["rate"]
        literal = results[lang, "literal", False]["rate"]
        for cache in (False, True):
            row = results.get((lang, name, cache))
            if row is None:
                continue
            lines.append(
                f"| {lang} | {name} | {'yes' if cache else 'no'} | {row['rate']:.0f} | "
                f"{row['p50']:.1f} | {row['p99']:.1f} | {row['errors']} | "
                f"{queries.get(path, '?')} | {row['rate'] / floor:.2f} | "
                f"{row['rate'] / literal:.2f} |"
            )
    table = "\n".join(lines)
    print("\n" + table)
    out = ROOT / "var" / "bench" / "results.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table + "\n")
    print(f"\nWritten to {out.relative_to(ROOT)}; copy the run into docs/performance.md.")


if __name__ == "__main__":
    main()
