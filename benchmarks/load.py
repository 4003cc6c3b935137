"""`make bench`: a fresh database at volume, gunicorn as `make serve` runs it, wrk against it.

Every page type in every language is measured in three modes: *uncached* (PAGE_CACHE=false)
beside the floor (a template of the same shape with no query) and a literal of the same
bytes; *cached* (the page cache on); *nginx* (deploy/nginx.conf in front of the cached
server, micro-caching) beside nginx serving the same bytes as a static file. The table
goes to stdout and to var/bench/results.md; copy a run into docs/performance.md.

    .venv/bin/python benchmarks/load.py --scale 0.1 --duration 3 --languages en
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
import tempfile
import time
import urllib.request
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script: benchmarks/ is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import nginx  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"
# BENCH_DB names another database on the same server (a copy, say, for a branch with a migration).
BENCH_DB = os.environ.get("BENCH_DB", "barents_bench")
# At --scale 1. Programmes and projects include the demo's own (10 and a few hundred).
VOLUME = {"articles": 10_000, "events": 2_000, "programmes": 50, "projects": 20_000}
MODES = ("uncached", "cached", "nginx")


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
    # Bulk-loaded tables have no planner statistics (and no visibility map for index-only
    # scans) until autovacuum gets to them, minutes later on a live server; without this
    # the first run measured plans made for empty tables (news list at half its speed).
    print("→ VACUUM ANALYZE", flush=True)
    conn = psycopg2.connect(_conninfo(url))
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    conn.close()


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
    fill_funding(scale, now, progress)


def fill_funding(scale, now, progress):
    """Programmes with three calls each (open, closed, forthcoming) and funded projects."""
    from projects.models import Call, FundedProject, Funder, Programme, Region, Theme

    funders = list(Funder.objects.all())
    themes = list(Theme.objects.values_list("pk", flat=True))
    regions = {}
    for pk, code in Region.objects.values_list("pk", "code"):
        regions.setdefault(code[:2], []).append(pk)
    countries = sorted(regions)
    day = datetime.timedelta(days=1)

    total = max(0, int(VOLUME["programmes"] * scale) - Programme.objects.count())
    programmes = Programme.objects.bulk_create(
        Programme(
            funder=funders[i % len(funders)],
            name_en=f"Barents cooperation programme {i}",
            name_nb=f"Barentssamarbeidsprogram {i}",
            name_ru=f"Программа Баренцева сотрудничества {i}",
            slug_en=f"bench-programme-{i}",
            slug_nb=f"bench-program-{i}",
            slug_ru=f"bench-programma-{i}",
            code=f"bench-programme-{i}",
            summary_en="Grants for people-to-people projects across the borders in the north.",
            summary_nb="Tilskudd til folk-til-folk-prosjekter over grensene i nord.",
            summary_ru="Гранты на проекты народной дипломатии через границы на севере.",
            description_en="<p>" + "Culture, youth, health and the environment. " * 20 + "</p>",
            description_nb="<p>" + "Kultur, ungdom, helse og miljø. " * 20 + "</p>",
            description_ru="<p>" + "Культура, молодёжь, здоровье и экология. " * 20 + "</p>",
            eligible_countries=countries[: 1 + i % len(countries)],
            min_amount=Decimal(5_000),
            max_amount=Decimal(50_000 + 1_000 * i),
            currency="EUR",
            status="published",
            published_at=now - 400 * day,
        )
        for i in range(total)
    )
    through = Programme.themes.through
    through.objects.bulk_create(
        through(programme_id=programme.pk, theme_id=themes[(i + k) % len(themes)])
        for i, programme in enumerate(programmes)
        for k in range(2)
    )
    calls = []
    for i, programme in enumerate(programmes):
        for kind, opens, deadline in (
            ("open", now - 30 * day, now + (i % 60 + 1) * day),
            ("closed", now - 300 * day, now - (i % 90 + 100) * day),
            ("forthcoming", now + (i % 20 + 10) * day, now + (i % 20 + 70) * day),
        ):
            calls.append(
                Call(
                    programme=programme,
                    title_en=f"Call {i} ({kind})",
                    title_nb=f"Utlysning {i} ({kind})",
                    title_ru=f"Конкурс {i} ({kind})",
                    summary_en="Apply for a grant for a cross-border project.",
                    opens_at=opens.replace(second=0, microsecond=0),
                    deadline=deadline.replace(second=0, microsecond=0),
                )
            )
    Call.objects.bulk_create(calls)
    progress("programmes (3 calls each)", total, total)

    programme_ids = list(Programme.objects.values_list("pk", flat=True))
    total = max(0, int(VOLUME["projects"] * scale) - FundedProject.objects.count())
    this_year = now.year
    for start in range(0, total, 2000):
        batch = []
        for i in range(start, min(start + 2000, total)):
            country = countries[i % len(countries)]
            year = 2000 + i % (this_year - 1999)
            grant = Decimal(10_000 + (i * 37) % 90_000)
            batch.append(
                FundedProject(
                    programme_id=programme_ids[i % len(programme_ids)],
                    reference=f"BENCH-{i:06d}",
                    title_en=f"Youth exchange across the border, project {i}",
                    title_nb=f"Ungdomsutveksling over grensen, prosjekt {i}",
                    title_ru=f"Молодёжный обмен через границу, проект {i}",
                    slug_en=f"bench-project-{i}",
                    slug_nb=f"bench-prosjekt-{i}",
                    slug_ru=f"bench-proekt-{i}",
                    summary_en="Young people from both sides of the border meet and work.",
                    summary_nb="Unge fra begge sider av grensen møtes og jobber sammen.",
                    summary_ru="Молодёжь с обеих сторон границы встречается и работает.",
                    lead_organisation=f"Barents organisation {i % 700}",
                    lead_country=country,
                    lead_region_id=regions[country][i % len(regions[country])],
                    grant_amount=grant,
                    total_budget=grant * 2,
                    currency="EUR",
                    year_granted=year,
                    start_date=datetime.date(year, 1 + i % 9, 1),
                    end_date=datetime.date(year + 1 + i % 2, 12, 31),
                    project_status="completed" if year + 2 < this_year else "ongoing",
                    status="published",
                    published_at=now,
                )
            )
        saved = FundedProject.objects.bulk_create(batch)
        FundedProject.themes.through.objects.bulk_create(
            FundedProject.themes.through(
                fundedproject_id=project.pk, theme_id=themes[n % len(themes)]
            )
            for n, project in enumerate(saved, start)
        )
        FundedProject.regions.through.objects.bulk_create(
            FundedProject.regions.through(
                fundedproject_id=project.pk, region_id=project.lead_region_id
            )
            for project in saved
        )
        progress("funded projects", min(start + 2000, total), total)


def time_now():
    from django.utils import timezone

    return timezone.now()


# The page list, in the order of the table. Floor and literal are Django's own.
PAGES = [
    "floor",
    "literal",
    "home",
    "news list",
    "article",
    "event list",
    "month view",
    "event detail",
    "finder with filters",
    "programme",
    "projects database",
    "statistics",
    "search",
]
BASELINES = ("floor", "literal")


def pages(url, lang):
    """(name, path) for every page type; detail pages are picked from the database."""
    from django.utils.translation import override

    from news.models import Article, Event
    from projects.models import Programme

    article = Article.objects.published().order_by("-published_at").first()
    event = Event.objects.published().filter(start__gt=time_now()).order_by("start").first()
    # A demo programme: real texts, several calls, its projects.
    programme = Programme.objects.published().order_by("pk").first()
    today = time_now().date()
    with override(lang):
        article, event, programme = article.slug, event.slug, programme.slug
    paths = {
        "floor": f"/{lang}/bench/floor/",
        "literal": f"/{lang}/bench/literal/",
        "home": f"/{lang}/",
        "news list": _resolve(lang, "news:index"),
        "article": _resolve(lang, "news:detail", slug=article),
        "event list": _resolve(lang, "news:event-list"),
        "month view": _resolve(lang, "news:event-month", year=today.year, month=today.month),
        "event detail": _resolve(lang, "news:event-detail", slug=event),
        "finder with filters": _resolve(lang, "projects:index")
        + "?place=NO-56&theme=culture&when=90",
        "programme": _resolve(lang, "projects:programme-detail", slug=programme),
        "projects database": _resolve(lang, "projects:project-list"),
        "statistics": _resolve(lang, "projects:statistics"),
        "search": _resolve(lang, "search:index") + "?q=barents",
    }
    return [(name, paths[name]) for name in PAGES]


def _resolve(lang, name, **kwargs):
    from django.urls import reverse
    from django.utils.translation import override

    with override(lang):
        return reverse(name, kwargs=kwargs or None)


def count_queries(url, paths):
    """Queries per request, in-process with Django's test client: page cache and fragment
    cache off, i.e. the most a request makes (with the header and footer kept, 2 fewer)."""
    out = subprocess.run(
        [VENV / "python", __file__, "--count", *paths],
        cwd=ROOT,
        env={**server_env(url, cache=False), "FRAGMENT_CACHE": "false"},
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
         "--workers", "2", "--log-level", "warning", "--no-control-socket"],
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
    # One request first: a cold cache's first render (and nginx's cache lock, which makes
    # waiting requests poll every 500 ms) is not what a row measures.
    urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read()  # noqa: S310
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


def ensure_tools():
    """Debian's wrk and nginx, as `make bench` installs them (scripts/ensure-system-packages)."""
    if shutil.which("wrk") and nginx.nginx_binary():
        return
    subprocess.run([ROOT / "scripts" / "ensure-system-packages", "--bench"], check=True)


def start_nginx(upstream_port, port, workdir):
    """deploy/nginx.conf, as shipped but for paths and plain HTTP, in front of gunicorn."""
    workdir = Path(workdir)
    site = nginx.site_config(
        cache_dir=workdir / "cache", upstream_port=upstream_port, http_port=port
    )
    config = workdir / "nginx.conf"
    # As root (this machine), the workers read the project as root: var/ is private.
    user = "root" if os.geteuid() == 0 else None
    config.write_text(nginx.main_config(site, workdir, user=user))
    binary = nginx.nginx_binary()
    error_log = str(workdir / "error.log")
    subprocess.run([binary, "-t", "-q", "-c", config, "-e", error_log], check=True)
    process = subprocess.Popen(
        [binary, "-c", config, "-e", error_log, "-g", "daemon off;"], start_new_session=True
    )
    for _attempt in range(50):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)  # noqa: S310
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"nginx did not start (see {error_log})")


SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
)


def verify_nginx(port, page):
    """What deploy/nginx.conf promises, checked before it is measured: a page kept by the
    micro-cache with Django's security headers, gzip, and static files from disk."""

    def get(path, **headers):
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.headers

    get(page)
    kept = get(page, **{"Accept-Encoding": "gzip"})
    problems = [f"{page}: no {name}" for name in SECURITY_HEADERS if name not in kept]
    if kept.get("X-Cache") != "HIT":
        problems.append(f"{page}: X-Cache {kept.get('X-Cache')}, not HIT")
    if kept.get("Content-Encoding") != "gzip":
        problems.append(f"{page}: not compressed")
    static = get("/static/css/portal.css", **{"Accept-Encoding": "gzip"})
    # `expires 1y` and `add_header Cache-Control` give two headers; browsers join them.
    if "immutable" not in " ".join(static.get_all("Cache-Control") or []):
        problems.append("/static/: not served by nginx with its long cache lifetime")
    if problems:
        raise SystemExit("nginx: " + "; ".join(problems))
    print(f"  nginx: {page} kept (HIT), gzip, security headers; static files from disk")


def static_baseline(lang):
    """The floor's bytes as a file under STATIC_ROOT: what nginx serves fastest."""
    out = ROOT / "var" / "static" / "bench" / f"floor-{lang}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def machine_load():
    return os.getloadavg()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=float(os.environ.get("BENCH_SCALE", 1)))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_SECONDS", 3)))
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=8805)
    parser.add_argument("--nginx-port", type=int, default=8807)
    parser.add_argument("--languages", help="comma-separated codes (default: all of LANGUAGES)")
    parser.add_argument("--modes", default=",".join(MODES), help="uncached,cached,nginx")
    parser.add_argument("--pages", help="comma-separated page names (default: all)")
    parser.add_argument("--reuse", action="store_true", help="keep the last run's database")
    parser.add_argument("--fill", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--count", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill is not None:
        return fill(args.fill)
    if args.count:
        return count(args.count)

    modes = [mode for mode in args.modes.split(",") if mode]
    wanted = set(args.pages.split(",")) | set(BASELINES) if args.pages else set(PAGES)
    ensure_tools()
    url = database_url()
    started = datetime.datetime.now(datetime.UTC)
    if not args.reuse:
        print(f"→ building {BENCH_DB} at scale {args.scale}", flush=True)
        build_database(url, args.scale)
    os.environ.update(server_env(url, cache=False))
    sys.path.insert(0, str(ROOT))
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "barents_portal.settings")
    django.setup()
    from barents_portal.languages import language_codes

    languages = args.languages.split(",") if args.languages else language_codes()
    volume = counts()
    targets = [
        (lang, name, path)
        for lang in languages
        for name, path in pages(url, lang)
        if name in wanted
    ]
    print("→ counting queries per request", flush=True)
    queries = count_queries(url, [path for _l, _n, path in targets])
    load_before = machine_load()
    results = {}
    shutil.rmtree(ROOT / "var" / "bench" / "pages", ignore_errors=True)
    for mode in modes:
        server = start_server(server_env(url, cache=mode != "uncached"), args.port)
        proxy, workdir = None, None
        try:
            port = args.port
            if mode == "nginx":
                workdir = tempfile.mkdtemp(prefix="barents-nginx-")
                proxy = start_nginx(args.port, args.nginx_port, workdir)
                port = args.nginx_port
                verify_nginx(port, next(path for _l, name, path in targets if name == "home"))
            for lang, name, path in targets:
                if name in BASELINES and mode != "uncached":
                    if mode == "nginx" and name == "literal":
                        # nginx's baseline: the same bytes as a static file from disk.
                        baseline = static_baseline(lang)
                        with urllib.request.urlopen(f"http://127.0.0.1:{args.port}{path}") as r:  # noqa: S310
                            baseline.write_bytes(r.read())
                        path = f"/static/bench/{baseline.name}"
                        print(f"  {mode} static {path}", flush=True)
                        results[lang, "static", mode] = wrk(
                            port, path, args.duration, args.connections
                        )
                    continue
                print(f"  {mode} {path}", flush=True)
                results[lang, name, mode] = wrk(port, path, args.duration, args.connections)
        finally:
            if proxy is not None:
                os.killpg(proxy.pid, signal.SIGQUIT)
                proxy.wait(timeout=20)
                shutil.rmtree(workdir, ignore_errors=True)
            stop_server(server)
    report(args, modes, targets, results, queries, volume, started, (load_before, machine_load()))


def counts():
    from news.models import Article, Event
    from projects.models import Call, FundedProject, Programme

    return {
        "articles": Article.objects.count(),
        "events": Event.objects.count(),
        "programmes": Programme.objects.count(),
        "calls": Call.objects.count(),
        "funded projects": FundedProject.objects.count(),
    }


def ratio(row, base):
    if row is None or base is None or not base["rate"]:
        return ""
    return f"{row['rate'] / base['rate']:.2f}"


def report(args, modes, targets, results, queries, volume, started, loads):
    lines = [
        f"Run {started:%Y-%m-%d %H:%M} UTC on {platform.node()}: "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; load average {loads[0]:.2f} before the first "
        f"wrk run, {loads[1]:.2f} after the last; scale {args.scale} "
        f"({', '.join(f'{n:,} {what}' for what, n in volume.items())}, demo content "
        f"included); gunicorn 2 sync workers, wrk -t2 -c{args.connections} "
        f"-d{args.duration}s per row.",
        "",
        "| lang | page | mode | req/s | p50 ms | p99 ms | errors | queries "
        "| × floor | × literal | × nginx static |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, name, path in targets:
        floor = results.get((lang, "floor", "uncached"))
        literal = results.get((lang, "literal", "uncached"))
        static = results.get((lang, "static", "nginx"))
        rows = [(name, mode) for mode in modes]
        if name == "literal":
            rows.append(("static", "nginx"))
        for row_name, mode in rows:
            row = results.get((lang, row_name, mode))
            if row is None:
                continue
            label = "nginx static file" if row_name == "static" else row_name
            lines.append(
                f"| {lang} | {label} | {mode} | {row['rate']:.0f} | {row['p50']:.1f} | "
                f"{row['p99']:.1f} | {row['errors']} | "
                f"{queries.get(path, '?') if mode == 'uncached' else '–'} | "
                f"{ratio(row, floor) if mode != 'nginx' else ''} | "
                f"{ratio(row, literal) if mode == 'cached' or row_name == 'literal' else ''} | "
                f"{ratio(row, static) if mode == 'nginx' else ''} |"
            )
    lines += ["", *summary(modes, targets, results, queries)]
    table = "\n".join(lines)
    print("\n" + table)
    out = ROOT / "var" / "bench" / "results.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table + "\n")
    print(f"\nWritten to {out.relative_to(ROOT)}; copy the run into docs/performance.md.")


def summary(modes, targets, results, queries):
    """The issue's targets, each with the worst page against it."""
    checks = [
        ("uncached", "floor", 0.5, "uncached pages ≥ 50 % of the floor"),
        ("cached", "literal", 0.7, "cached pages ≥ 70 % of the literal"),
        ("nginx", "static", 0.5, "through nginx ≥ 50 % of nginx's static file"),
    ]
    lines = [
        "| target | worst page | worst ratio | pages below | met? |",
        "|---|---|---:|---:|---|",
    ]
    for mode, base, goal, text in checks:
        if mode not in modes:
            continue
        ratios = []
        for lang, name, _path in targets:
            row, ref = (
                results.get((lang, name, mode)),
                results.get((lang, base, mode if base == "static" else "uncached")),
            )
            if name in BASELINES or row is None or ref is None or not ref["rate"]:
                continue
            ratios.append((row["rate"] / ref["rate"], f"{lang} {name}"))
        if not ratios:
            continue
        worst, where = min(ratios)
        below = sum(1 for value, _where in ratios if value < goal)
        lines.append(
            f"| {text} | {where} | {worst:.2f} | {below} of {len(ratios)} | "
            f"{'met' if below == 0 else 'not met'} |"
        )
    page_queries = [
        (int(queries[path]), f"{lang} {name}")
        for lang, name, path in targets
        if name not in BASELINES and str(queries.get(path, "")).isdigit()
    ]
    if page_queries:
        most, where = max(page_queries)
        lines.append(
            f"| every page ≤ 10 queries | {where} | {most} queries | "
            f"{sum(1 for n, _w in page_queries if n > 10)} of {len(page_queries)} | "
            f"{'met' if most <= 10 else 'not met'} |"
        )
    errors = sum(row["errors"] for row in results.values())
    lines.append(
        f"| no errors under load | | | {errors} errors | {'met' if not errors else 'not met'} |"
    )
    return lines


if __name__ == "__main__":
    main()
