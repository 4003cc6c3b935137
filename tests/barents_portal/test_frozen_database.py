"""The frozen-database drill: gunicorn, as `make serve` runs it, over a PostgreSQL cluster of
the test's own whose processes are stopped (SIGSTOP, as in a storage stall: the kernel
still accepts connections and acknowledges every byte, nothing answers).

Every request gets a 503 or a kept 200 within 5 s, /healthz answers within 2 s, and the
portal recovers by itself once the server runs again; a long outage, with every cached
entry expired, gives no 500. Only this private cluster is ever stopped, never the
machine's shared server.
"""

import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from barents_portal import devdb

pytestmark = pytest.mark.slow

BASE_DIR = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateCluster:
    """A throwaway PostgreSQL cluster on 127.0.0.1 on a port of its own."""

    def __init__(self, root):
        self.root = root
        self.data = root / "data"
        self.port = free_port()
        self.user = pwd.getpwnam(devdb.UNPRIVILEGED_USER) if os.geteuid() == 0 else None

    def _demote(self):
        if self.user is not None:
            os.setgid(self.user.pw_gid)
            os.setgroups([])
            os.setuid(self.user.pw_uid)

    def pg(self, *command):
        env = {**os.environ, "LC_ALL": "C.UTF-8", "HOME": str(self.root)}
        return subprocess.run(
            [str(devdb.bin_dir() / command[0]), *command[1:]],
            env=env,
            preexec_fn=self._demote,
            capture_output=True,
            text=True,
            check=True,
        )

    def start(self):
        self.data.mkdir(mode=0o700)
        if self.user is not None:
            os.chown(self.data, self.user.pw_uid, self.user.pw_gid)
        self.pg("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.run()
        self.pg("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "portal")

    def run(self):
        self.pg(
            "pg_ctl", "start", "-w", "-D", self.data, "-l", self.data / "server.log", "-o",
            f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off",
        )  # fmt: skip

    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/portal"

    def processes(self):
        """The postmaster and every backend and helper it started."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(
            ["pgrep", "-P", str(postmaster)], capture_output=True, text=True
        ).stdout.split()
        return [postmaster, *map(int, children)]

    @contextmanager
    def frozen(self):
        stopped = self.processes()
        for pid in stopped:
            os.kill(pid, signal.SIGSTOP)
        try:
            yield
        finally:
            for pid in stopped:
                os.kill(pid, signal.SIGCONT)

    def stop(self):
        self.pg("pg_ctl", "stop", "-D", self.data, "-m", "immediate")


@pytest.fixture(scope="module")
def portal():
    """gunicorn with deploy/gunicorn.conf.py over a private cluster; yields its base URL."""
    root = Path(tempfile.mkdtemp(prefix="frozen-db-"))
    root.chmod(0o755)  # the cluster's unprivileged user reaches its data directory
    cluster = PrivateCluster(root)
    server = None
    try:
        cluster.start()
        env = {
            **os.environ,
            "DATABASE_URL": cluster.url(),
            "PAGE_CACHE_DIR": str(root / "pages"),
            "MEDIA_ROOT": str(root / "media"),
            "DOCUMENTS_ROOT": str(root / "documents"),
            "WORKERS": "2",
        }
        env.pop("DEBUG", None)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
            cwd=BASE_DIR,
            env=env,
            check=True,
        )
        port = free_port()
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "barents_portal.wsgi",
                "--config",
                "deploy/gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{port}",
                "--access-logfile",
                str(root / "access.log"),
                "--error-logfile",
                str(root / "error.log"),
            ],
            cwd=BASE_DIR,
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: get(base, "/healthz")[0] == 200, seconds=30)
        yield base, cluster, root / "pages"
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if cluster.data.exists():
            with suppress(subprocess.CalledProcessError):
                cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def get(base, path, timeout=15):
    """(status, seconds taken, headers, body) of one GET."""
    started = time.monotonic()
    request = urllib.request.Request(base + path)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    except OSError:  # no answer at all
        status, headers, body = None, {}, b""
    return status, time.monotonic() - started, headers, body


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_until(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the portal did not get there in time")
        time.sleep(0.2)


def get_all(base, paths):
    with ThreadPoolExecutor(max_workers=len(paths)) as pool:
        return dict(zip(paths, pool.map(lambda path: get(base, path), paths), strict=True))


def test_a_frozen_database_gets_503_or_kept_pages_in_time_and_the_portal_recovers(portal):
    base, cluster, _pages = portal
    for path in ["/en/", "/en/", "/robots.txt"]:
        assert get(base, path)[0] == 200  # the first two: rendered, then kept
    with cluster.frozen():
        answers = get_all(
            base, ["/en/", "/robots.txt", "/healthz", "/en/offices/", "/nb/", "/favicon.ico"]
        )
        # Again, now that the first waits have given up.
        again = get_all(base, ["/en/offices/", "/ru/", "/healthz"])
    for path, (status, seconds, headers, _body) in [*answers.items(), *again.items()]:
        limit = 2 if path == "/healthz" else 5
        assert seconds < limit, f"{path} took {seconds:.1f} s"
        if path in ("/en/", "/robots.txt"):
            assert status == 200, path  # kept: served without the database
        elif path == "/favicon.ico":
            assert status == 301
        else:
            assert status == 503, path
            assert headers["Retry-After"] == "30"
    health = json.loads(answers["/healthz"][3])
    assert health["checks"]["database"]["status"] == "fail"
    assert health["checks"]["cache"]["status"] == "ok"
    assert health["checks"]["disk"]["status"] in ("ok", "low")
    # Running again: the portal recovers without a restart.
    wait_until(lambda: get(base, "/healthz")[0] == 200, seconds=10)
    assert get(base, "/en/offices/")[0] == 200


def test_a_long_outage_with_every_cached_entry_expired_gives_no_500(portal):
    base, cluster, pages = portal
    assert get(base, "/en/")[0] == 200
    with cluster.frozen():
        # Thirty minutes later: every kept page, fragment and "next change" has expired.
        shutil.rmtree(pages, ignore_errors=True)
        answers = get_all(base, ["/robots.txt", "/de/", "/en/", "/healthz", "/favicon.ico"])
    expected = {"/robots.txt": 200, "/de/": 404, "/en/": 503, "/healthz": 503, "/favicon.ico": 301}
    for path, (status, seconds, _headers, _body) in answers.items():
        assert (path, status) == (path, expected[path])
        assert seconds < 5, f"{path} took {seconds:.1f} s"
    wait_until(lambda: get(base, "/healthz")[0] == 200, seconds=10)


def test_a_stopped_database_gives_no_500_and_the_portal_recovers_when_it_starts(portal):
    base, cluster, pages = portal
    cluster.stop()
    try:
        shutil.rmtree(pages, ignore_errors=True)
        answers = get_all(base, ["/robots.txt", "/de/", "/en/", "/healthz"])
    finally:
        cluster.run()
    expected = {"/robots.txt": 200, "/de/": 404, "/en/": 503, "/healthz": 503}
    assert {path: answer[0] for path, answer in answers.items()} == expected
    assert all(answer[1] < 5 for answer in answers.values())
    wait_until(lambda: get(base, "/healthz")[0] == 200, seconds=10)
    assert get(base, "/en/")[0] == 200
