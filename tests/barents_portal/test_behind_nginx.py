"""The portal behind the shipped nginx, as deployed: the drills of deploy/nginx.conf.

nginx runs the site file deploy/nginx.conf as shipped (TLS with a throwaway certificate,
its workers as Debian's `www-data` when the test runs as root), rendered with this test's
paths and ports (benchmarks/nginx.py). Behind it, gunicorn runs as the systemd unit runs
it: deploy/gunicorn.conf.py, on a Unix socket, no control socket, production settings
(DEBUG off, HTTPS redirect, HSTS, secure cookies, hashed static files) with the trusted
proxy of deploy/barents-portal.env.example (TRUSTED_PROXIES=unix), over a database of its
own on the test server.

- static files and media answer 200 through nginx, read by nginx's own user, in a var/
  the project prepared (barents_portal.directories) even when it was first made private;
- an upload of the portal's limit (a 25 MB meeting document, through the admin) reaches the
  portal and is stored; a larger body gets nginx's 413 page in the three languages;
- the lockout is keyed on the real client address: clients on 127.0.0.2 and 127.0.0.3
  (all of 127.0.0.0/8 is this host's loopback) — five wrong passwords from one lock that
  user from that address only, and a forged X-Forwarded-For changes nothing, in the
  lockout or in the request log.
"""

import configparser
import http.client
import json
import os
import pwd
import re
import shlex
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import suppress
from io import BytesIO
from pathlib import Path
from urllib.parse import urlencode

import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from PIL import Image

from barents_portal import directories
from benchmarks import nginx

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        nginx.nginx_binary() is None or shutil.which("openssl") is None,
        reason=(
            "Debian's nginx (and openssl) are not installed: `make test` installs them "
            "(scripts/ensure-system-packages --nginx), or apt-get install nginx"
        ),
    ),
]

ROOT = Path(__file__).resolve().parents[2]
USERNAME = "operator"
PASSWORD = "a-long-and-right-password-42"
# Two clients on this host with addresses of their own (Linux answers all of 127/8).
CLIENT_A = "127.0.0.2"
CLIENT_B = "127.0.0.3"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def nginx_user():
    """Started as root, nginx runs its workers as this user, as Debian's nginx.conf does."""
    if os.geteuid() != 0:
        return None  # the workers stay the test's own user
    for name in ("www-data", "nobody"):
        with suppress(KeyError):
            pwd.getpwnam(name)
            return name
    return None


def site_file(root, *, port, socket_path, cache_dir, certificate):
    """deploy/nginx.conf with this drill's paths, one HTTPS port and gunicorn's socket."""
    text = nginx.site_config(
        cache_dir=cache_dir, upstream_port=0, root=root, certificate=certificate
    )
    # The port-80 server only redirects to HTTPS.
    text = re.sub(r"server \{\s*listen 80;.*?\n\}\n", "", text, count=1, flags=re.DOTALL)
    text = re.sub(r"listen 443 ssl([^;]*);", rf"listen 127.0.0.1:{port} ssl\1;", text)
    text = re.sub(r"\n\s*listen \[::\]:443[^;]*;", "", text)
    # One gunicorn on its Unix socket, whatever instances the shipped upstream lists.
    text, count = re.subn(
        r"upstream barents_portal \{.*?\n\}",
        f"upstream barents_portal {{\n    server unix:{socket_path};\n    keepalive 16;\n}}",
        text,
        count=1,
        flags=re.DOTALL,
    )
    assert count == 1, "deploy/nginx.conf has no `upstream barents_portal` block"
    return text


def server_sql(statement):
    """One statement on the test server's maintenance database (outside any transaction)."""
    db = connection.settings_dict
    params = {key: db[key.upper()] for key in ("host", "port", "user", "password")}
    conn = psycopg2.connect(dbname="postgres", **{k: v for k, v in params.items() if v})
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(statement)
    finally:
        conn.close()


def drop_database(name):
    server_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_url(name):
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    host = db["HOST"] or "127.0.0.1"
    if host.startswith("/"):
        return f"postgres://{auth}@/{name}?host={host}&port={db['PORT'] or 5432}"
    return f"postgres://{auth}@{host}:{db['PORT'] or 5432}/{name}"


def gunicorn_command(socket_path):
    """The gunicorn command line of the systemd unit, on this checkout and this socket."""
    for path in sorted((ROOT / "deploy").glob("barents-portal*.service")):
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.optionxform = str
        parser.read(path)
        start = parser.get("Service", "ExecStart", fallback="")
        if "gunicorn" in start:
            break
    else:
        raise AssertionError("no unit in deploy/ runs gunicorn")
    command = shlex.split(start.replace("\\\n", " ").replace("/srv/barents-portal", str(ROOT)))
    command[0] = str(Path(sys.executable).parent / "gunicorn")
    bind = command.index("--bind")
    command[bind + 1] = f"unix:{socket_path}"
    # The unit's own settings, not gunicorn's defaults: timeouts, threads (gunicorn.conf.py).
    assert "--config" in command and Path(command[command.index("--config") + 1]).exists()
    assert "--no-control-socket" in command
    return command


class Client:
    """HTTPS to nginx from one local source address, with cookies (secure ones too)."""

    def __init__(self, port, source):
        self.port, self.source = port, source
        self.cookies = {}
        self.context = ssl._create_unverified_context()  # noqa: S323 (a throwaway certificate)

    @property
    def origin(self):
        return f"https://127.0.0.1:{self.port}"

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPSConnection(
            "127.0.0.1",
            self.port,
            source_address=(self.source, 0),
            context=self.context,
            timeout=120,
        )
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            headers.setdefault("Origin", self.origin)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            content = response.read()
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response, content

    def get(self, path):
        return self.request("GET", path)

    def csrf_token(self, path):
        response, content = self.get(path)
        assert response.status == 200, (path, response.status)
        return re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)[1].decode()

    def login(self, password, *, headers=None):
        token = self.csrf_token("/admin/login/")
        body = urlencode({"csrfmiddlewaretoken": token, "username": USERNAME, "password": password})
        return self.request(
            "POST",
            "/admin/login/?next=/admin/",
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
        )

    def post_multipart(self, path, fields, files):
        token = self.csrf_token(path)
        boundary = uuid.uuid4().hex
        body = multipart({"csrfmiddlewaretoken": token, **fields}, files, boundary)
        return self.request(
            "POST",
            path,
            body=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )


def multipart(fields, files, boundary):
    parts = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{item}\r\n".encode()
            )
    for name, (filename, content, content_type) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts)


def jpeg():
    buffer = BytesIO()
    Image.new("RGB", (1200, 800), (40, 90, 140)).save(buffer, "JPEG")
    return buffer.getvalue()


def pdf(size):
    """A PDF (by its content, as the portal judges documents) of exactly `size` bytes."""
    head = b"%PDF-1.4\n% drill\n"
    tail = b"\n%%EOF\n"
    return head + b"0" * (size - len(head) - len(tail)) + tail


@pytest.fixture(scope="module")
def deployed():
    """nginx from deploy/nginx.conf in front of gunicorn as the unit runs it.

    Yields (nginx's HTTPS port, the drill's var/, gunicorn's log, nginx's error log).
    """
    workdir = Path(tempfile.mkdtemp(prefix="behind-nginx-"))
    workdir.chmod(0o755)  # nginx's workers reach the socket, the files and their temp dirs
    database = f"test_nginx_{uuid.uuid4().hex[:8]}"
    server_sql(f'CREATE DATABASE "{database}"')
    gunicorn = nginx_process = None
    try:
        # A checkout of the drill's own: the shipped deploy/ and a var/ to fill.
        root = workdir / "srv"
        root.mkdir()
        (root / "deploy").symlink_to(ROOT / "deploy")
        var = root / "var"
        # What the file cache did on a fresh checkout before the fix: var/ made private.
        var.mkdir(mode=0o700)
        var.chmod(0o700)
        paths = {
            "STATIC_ROOT": var / "static",
            "MEDIA_ROOT": var / "media",
            "DOCUMENTS_ROOT": var / "documents",
            "PAGE_CACHE_DIR": var / "cache" / "pages",
            "BACKUP_DIR": var / "backups",
        }
        # The start-up step of every portal process (barents_portal.apps), for this var/.
        with _settings(**paths):
            directories.prepare(var)

        port = free_port()
        socket_path = workdir / "gunicorn.sock"
        env = {
            **os.environ,
            **{name: str(path) for name, path in paths.items()},
            # deploy/barents-portal.env.example, on this host.
            "ENV_FILE": "",
            "DATABASE_URL": database_url(database),
            "ALLOWED_HOSTS": "127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{port}",
            "BEHIND_TLS_PROXY": "true",
            "TRUSTED_PROXIES": "unix",
            "SERVE_MEDIA": "false",
            "SECURE_SSL_REDIRECT": "true",
            "STATIC_MANIFEST": "true",
            "LOG_FORMAT": "json",
        }
        env.pop("DEBUG", None)
        env.pop("REDIS_URL", None)

        def manage(*args, **extra):
            result = subprocess.run(
                [sys.executable, "manage.py", *args],
                cwd=ROOT,
                env={**env, **extra},
                check=False,
                capture_output=True,
                text=True,
                preexec_fn=lambda: os.umask(0o022),  # the unit's UMask
            )
            assert result.returncode == 0, result.stderr[-3000:]

        manage("migrate", "--no-input", "-v", "0")
        manage("collectstatic", "--no-input", "-v", "0")
        manage(
            "createsuperuser", "--no-input", "--username", USERNAME,
            "--email", "operator@barents.example",
            DJANGO_SUPERUSER_PASSWORD=PASSWORD,
        )  # fmt: skip

        log = workdir / "gunicorn.log"
        with log.open("wb") as out:
            gunicorn = subprocess.Popen(
                gunicorn_command(socket_path),
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=lambda: os.umask(0o022),
            )

        certificate = (workdir / "cert.pem", workdir / "key.pem")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
             "-subj", "/CN=127.0.0.1", "-keyout", certificate[1], "-out", certificate[0]],
            capture_output=True, check=True,
        )  # fmt: skip
        site = site_file(
            root,
            port=port,
            socket_path=socket_path,
            cache_dir=workdir / "nginx-cache",
            certificate=certificate,
        )
        run = workdir / "nginx"
        config = run / "nginx.conf"
        config.parent.mkdir()
        config.write_text(nginx.main_config(site, run, user=nginx_user()))
        nginx_process = subprocess.Popen(
            [nginx.nginx_binary(), "-c", str(config), "-e", str(run / "error.log"),
             "-g", "daemon off;"],
        )  # fmt: skip

        deadline = time.monotonic() + 60
        while True:
            assert gunicorn.poll() is None, log.read_text()[-3000:]
            assert nginx_process.poll() is None, (run / "error.log").read_text()
            with suppress(OSError):
                response, _ = Client(port, "127.0.0.1").get("/healthz")
                if response.status == 200:
                    break
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.3)
        yield port, var, log, run / "error.log"
    finally:
        for process in (nginx_process, gunicorn):
            if process is not None:
                process.terminate()
                with suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=30)
        drop_database(database)
        shutil.rmtree(workdir, ignore_errors=True)


class _settings:
    """settings.X = … for a block, outside pytest-django's function-scoped `settings`."""

    def __init__(self, **values):
        self.values = values

    def __enter__(self):
        self.saved = {name: getattr(settings, name, None) for name in self.values}
        for name, value in self.values.items():
            setattr(settings, name, value)

    def __exit__(self, *exc):
        for name, value in self.saved.items():
            setattr(settings, name, value)


@pytest.fixture(scope="module")
def staff(deployed):
    """A staff member logged in through nginx from a third address."""
    port = deployed[0]
    client = Client(port, "127.0.0.4")
    response, _ = client.login(PASSWORD)
    assert response.status == 302, response.status
    return client


def test_static_files_and_media_answer_200_through_nginx_as_its_own_user(deployed, staff):
    port, var, _log, _errors = deployed
    anonymous = Client(port, "127.0.0.1")

    # Every directory nginx passes through is open to it; the private ones stay closed.
    for directory in (var, var / "static", var / "media"):
        assert directory.stat().st_mode & 0o005 == 0o005, directory
    for directory in (var / "cache", var / "documents"):
        assert directory.stat().st_mode & 0o077 == 0, directory

    manifest = json.loads((var / "static" / "staticfiles.json").read_text())["paths"]
    hashed = manifest["admin/css/base.css"]
    response, content = anonymous.get(f"/static/{hashed}")
    assert response.status == 200
    assert content == (var / "static" / hashed).read_bytes()
    # `expires` and `add_header` give one Cache-Control header each.
    assert "immutable" in ", ".join(response.headers.get_all("Cache-Control"))

    # An image uploaded in the admin: stored by the portal, served by nginx.
    response, _ = staff.post_multipart(
        "/admin/news/article/add/",
        {
            "title_nb": "Bilde bak nginx",
            "kind": "news",
            "regions": "FI-10",
            "status": "draft",
            "featured_order": "0",
            "image_alt_nb": "Et bilde",
        },
        {"image": ("photo.jpg", jpeg(), "image/jpeg")},
    )
    assert response.status == 302, response.status
    uploaded = sorted(path for path in (var / "media").rglob("*") if path.is_file())
    assert uploaded, "the upload stored no file"
    for path in uploaded:
        response, content = anonymous.get(f"/media/{path.relative_to(var / 'media').as_posix()}")
        assert response.status == 200, path
        assert content == path.read_bytes()
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_an_upload_of_the_portals_limit_passes_nginx_and_a_larger_one_gets_its_413_page(
    deployed, staff
):
    port, var, _log, _errors = deployed
    assert settings.UPLOAD_MAX_BYTES == 25 * 1024 * 1024
    response, _ = staff.post_multipart(
        "/admin/news/event/add/",
        {
            "title_en": "Meeting behind nginx",
            "kind": "seminar",
            "start_0": "2027-01-12",
            "start_1": "10:00",
            "end_0": "2027-01-12",
            "end_1": "16:00",
            "time_zone": "Europe/Helsinki",
            "country": "FI",
            "status": "draft",
            "_continue": "1",
            "documents-TOTAL_FORMS": "0",
            "documents-INITIAL_FORMS": "0",
        },
        {},
    )
    assert response.status == 302, response.status
    event_id = re.search(r"/admin/news/event/(\d+)/change/", response.headers["Location"])[1]

    fields = {
        "event": event_id,
        "title_en": "Report",
        "kind": "report",
        "language": "en",
        "order": "0",
    }
    largest = pdf(settings.UPLOAD_MAX_BYTES)
    response, _ = staff.post_multipart(
        "/admin/news/document/add/", fields, {"file": ("report.pdf", largest, "application/pdf")}
    )
    assert response.status == 302, response.status  # stored, not refused by nginx
    stored = list((var / "documents").rglob("*.pdf"))
    assert [path.stat().st_size for path in stored] == [settings.UPLOAD_MAX_BYTES]

    too_large = pdf(settings.UPLOAD_MAX_BYTES + 2 * 1024 * 1024)
    response, content = staff.post_multipart(
        "/admin/news/document/add/", fields, {"file": ("report.pdf", too_large, "application/pdf")}
    )
    assert response.status == 413
    page = content.decode()
    assert page == (ROOT / "deploy" / "errors" / "413.html").read_text()
    for code, _name in settings.LANGUAGES:
        assert f'lang="{code}"' in page
    assert len(list((var / "documents").rglob("*.pdf"))) == 1


def request_lines(log):
    lines = []
    for line in log.read_text().splitlines():
        with suppress(ValueError):
            entry = json.loads(line)
            if "status" in entry and "client" in entry:
                lines.append(entry)
    return lines


def test_the_lockout_is_keyed_on_the_real_client_address_behind_nginx(deployed):
    port, _var, log, _errors = deployed
    a, b = Client(port, CLIENT_A), Client(port, CLIENT_B)

    statuses = [a.login("wrong-password")[0].status for _ in range(5)]
    assert statuses[:4] == [200] * 4 and statuses[4] in (200, 429), statuses
    # Locked: that user from that address, even with the right password.
    locked, _ = a.login(PASSWORD)
    assert locked.status == 429
    assert int(locked.headers["Retry-After"]) > 0
    # …and a forged X-Forwarded-For does not get out of it.
    forged_out, _ = a.login(PASSWORD, headers={"X-Forwarded-For": CLIENT_B})
    assert forged_out.status == 429

    # The same user from another address is not locked, even claiming to be the first.
    response, _ = b.login(PASSWORD, headers={"X-Forwarded-For": CLIENT_A})
    assert response.status == 302
    assert response.headers["Location"] == "/admin/"

    # The request log names the address nginx saw, never the forged one.
    ids = {
        locked.headers["X-Request-ID"]: CLIENT_A,
        forged_out.headers["X-Request-ID"]: CLIENT_A,
        response.headers["X-Request-ID"]: CLIENT_B,
    }
    deadline = time.monotonic() + 5
    while True:
        logged = {
            line["request_id"]: line["client"]
            for line in request_lines(log)
            if line.get("request_id") in ids
        }
        if len(logged) == len(ids) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert logged == ids
