"""The two-app-server drill: two gunicorn instances (deploy/gunicorn.conf.py) over the test
database and one Redis, with the shipped nginx (deploy/nginx.conf, real paths) in front of
both, as docs/two-app-servers.md lays them out.

- A publish is seen at once through either instance: the content generation, the pages and
  the fragments live in Redis, not in a process.
- Killing one instance (SIGKILL of its every process) under load loses no request through
  nginx: whatever was in flight there, and whatever comes after, the other one answers.

Redis: REDIS_URL_FOR_TESTS, else 127.0.0.1:6379 (this machine and CI run one), else a
`redis-server` of the test's own on a free port; without any, the tests are skipped and say
why. The drill uses a Redis database number no other run holds and empties it at the end.
"""

import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import suppress
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from benchmarks import nginx
from tests.news.factories import ArticleFactory

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

BASE_DIR = Path(__file__).resolve().parents[2]
LOCK_KEY = "two-app-servers-drill"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url, timeout=15):
    """(status, headers, body text) of one GET; status None when nothing answered.

    The host without a port, as nginx passes it on: pages are kept under the host, and
    each instance listens on a port of its own."""
    request = urllib.request.Request(url, headers={"Host": "localhost"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")
    except (OSError, http.client.HTTPException):  # no answer, or a cut-off one
        return None, {}, ""


def wait_until(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {seconds} s")
        time.sleep(0.2)


def redis_answers(host, port):
    import redis

    try:
        return redis.Redis(host=host, port=port, socket_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    """(host, port) of a Redis that answers: the machine's, or one started here."""
    host, port = "127.0.0.1", 6379
    given = os.environ.get("REDIS_URL_FOR_TESTS")
    if given:
        from urllib.parse import urlsplit

        parts = urlsplit(given)
        host, port = parts.hostname, parts.port or 6379
    if redis_answers(host, port):
        yield host, port
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(
            f"No Redis answers on {host}:{port} and redis-server is not installed: the "
            "two-app-server drill needs one (`make test` installs it: "
            "scripts/ensure-system-packages --redis; or set REDIS_URL_FOR_TESTS=redis://host:port)."
        )
    workdir = tmp_path_factory.mktemp("redis")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until(lambda: redis_answers("127.0.0.1", port), 10, "redis-server")
        yield "127.0.0.1", port
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server):
    """A REDIS_URL on a database number this run holds alone; emptied at the end."""
    import redis

    host, port = redis_server
    numbers = list(range(1, 16))
    random.shuffle(numbers)
    for number in numbers:
        client = redis.Redis(host=host, port=port, db=number)
        # An empty database, claimed so that a run beside this one takes another.
        if client.dbsize() == 0 and client.set(LOCK_KEY, os.getpid(), nx=True, ex=900):
            break
    else:
        pytest.skip(f"No empty Redis database on {host}:{port} for the drill")
    try:
        yield f"redis://{host}:{port}/{number}"
    finally:
        client.flushdb()


def settings_with(environment, expression):
    """`expression` evaluated by the settings the instances start with (as JSON)."""
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({expression}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env={**environment, "DJANGO_SETTINGS_MODULE": "barents_portal.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_with_redis_url_every_cache_is_in_redis_and_none_in_a_process():
    """What must be consistent across instances (the generation, pages, fragments, the
    login throttle's counters) is in no cache local to a process."""
    environment = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/0"}
    environment.pop("DEBUG", None)
    caches = settings_with(environment, "settings.CACHES")
    alias = settings_with(environment, "settings.PAGE_CACHE_ALIAS")
    assert alias in caches
    for name, cache in caches.items():
        assert cache["BACKEND"] == "barents_portal.rediscache.ResilientRedisCache", name
        assert cache["LOCATION"] == "redis://127.0.0.1:6379/0", name


def database_url():
    """The test database, as the instances reach it."""
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{quote(db['USER'], safe='')}{password}@{host}{port}/{db['NAME']}"


class Instance:
    """One gunicorn, as a deploy unit runs it, on a port of its own."""

    def __init__(self, name, environment, workdir):
        self.name = name
        self.port = free_port()
        self.access_log = workdir / f"{name}-access.log"
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "barents_portal.wsgi",
                "--config", "deploy/gunicorn.conf.py",
                "--bind", f"127.0.0.1:{self.port}",
                "--no-control-socket",
                "--access-logfile", str(self.access_log),
                "--error-logfile", str(workdir / f"{name}-error.log"),
            ],
            cwd=BASE_DIR,
            env=environment,
            start_new_session=True,  # its own process group: the master and its workers
        )  # fmt: skip

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def served(self):
        """How many requests this instance has logged."""
        if not self.access_log.exists():
            return 0
        return len(self.access_log.read_text().splitlines())

    def kill(self):
        """SIGKILL to every process of the instance, as a crash or an OOM kill of the lot."""
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def shared(tmp_path):
    """The directories both instances use: media and documents on "shared storage"."""
    for name in ("media", "documents"):
        (tmp_path / name).mkdir()
    return tmp_path


@pytest.fixture
def instances(transactional_db, redis_url, shared, settings):
    """Two gunicorn instances over the test database and the drill's Redis; the test process
    writes through the same database and the same Redis, as a third instance would."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(shared / "media"),
        "DOCUMENTS_ROOT": str(shared / "documents"),
        "WORKERS": "1",
        "THREADS": "4",
        "PAGE_CACHE": "true",
        "FRAGMENT_CACHE": "true",
    }
    environment.pop("DEBUG", None)
    settings.CACHES = settings_with(environment, "settings.CACHES")
    running = [Instance(name, environment, shared) for name in ("one", "two")]
    try:
        for instance in running:
            wait_until(
                lambda instance=instance: get(instance.base + "/healthz", timeout=5)[0] == 200,
                60,
                f"gunicorn instance {instance.name} answering /healthz",
            )
        yield running
    finally:
        for instance in running:
            instance.stop()


@pytest.fixture
def front(instances, tmp_path):
    """The shipped nginx, with both instances in its upstream; yields its base URL."""
    binary = nginx.nginx_binary()
    if binary is None:
        pytest.skip("Debian's nginx is not installed (scripts/ensure-system-packages --bench)")
    workdir = tmp_path / "nginx"
    port = free_port()
    site = nginx.site_config(
        cache_dir=workdir / "cache",
        upstream_port=[instance.port for instance in instances],
        http_port=port,
    )
    config = workdir / "nginx.conf"
    # As root, the workers read the project as root (var/ is private).
    user = "root" if os.geteuid() == 0 else None
    config.write_text(nginx.main_config(site, workdir, user=user))
    error_log = workdir / "error.log"
    command = [binary, "-c", str(config), "-e", str(error_log)]
    process = subprocess.Popen([*command, "-g", "daemon off;"], start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: get(base + "/healthz", timeout=2)[0] == 200, 20, "nginx")
        yield base, error_log
    finally:
        process.terminate()
        process.wait(timeout=10)


def english(viewname, **kwargs):
    with translation.override("en"):
        return reverse(viewname, kwargs=kwargs)


def test_a_publish_is_seen_at_once_through_both_instances(instances):
    one, two = instances
    article = ArticleFactory(title_en="Ice roads open")
    this_year = article.published_at.year
    index, year_page = english("news:index"), english("news:year", year=this_year)
    # Both pages kept: the index by the first instance, then served by the second from the
    # shared cache; the year page the other way round.
    for first, second, path in ((one, two, index), (two, one, year_page)):
        status, kept_by_first, body = get(first.base + path)
        assert status == 200 and "Ice roads open" in body
        status, served_by_second, _body = get(second.base + path)
        assert status == 200
        assert served_by_second["ETag"] == kept_by_first["ETag"]
        assert served_by_second["Last-Modified"] == kept_by_first["Last-Modified"]
    assert str(this_year - 7) not in get(one.base + year_page)[2]

    # Published here, through the database and Redis both instances use: the page (a new
    # article in the list) and a fragment (the year list, kept apart from the pages) change.
    published_at = article.published_at.replace(year=this_year - 7)
    ArticleFactory(title_en="Pomor trade revived", published_at=published_at)

    for instance in instances:
        status, _headers, body = get(instance.base + index)
        assert status == 200 and "Pomor trade revived" in body, instance.name
        status, _headers, body = get(instance.base + year_page)
        assert status == 200, instance.name
        assert english("news:year", year=this_year - 7) in body, instance.name


def test_killing_one_instance_under_load_loses_no_request_through_nginx(instances, front):
    base, error_log = front
    one, two = instances
    ArticleFactory(title_en="Ice roads open")
    pages = ["/robots.txt", english("news:index"), "/en/"]
    answers, stop = [], threading.Event()

    def visitor(number):
        sent = 0
        while not stop.is_set():
            # A query string of its own: past nginx's micro-cache and the page cache, to
            # an instance every time.
            path = pages[sent % len(pages)]
            status = get(f"{base}{path}?visitor={number}&request={sent}", timeout=30)[0]
            answers.append((path, status))
            sent += 1

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    try:
        wait_until(lambda: one.served() >= 5 and two.served() >= 5, 30, "load on both")
        one.kill()
        served_before = two.served()
        # Longer than the upstream's fail_timeout: nginx tries the dead one again and
        # still loses nothing.
        time.sleep(7)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

    failed = [(path, status) for path, status in answers if status != 200]
    assert not failed, f"{len(failed)} of {len(answers)} requests failed: {failed[:10]}"
    assert two.served() > served_before + 10
    # nginx did meet the killed instance and passed those requests on.
    assert f"127.0.0.1:{one.port}" in error_log.read_text()
