"""deploy/ as it is really run: systemd units, the environment file, nginx's limits, var/."""

import configparser
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache.backends.filebased import FileBasedCache
from django.core.management import get_commands

from barents_portal import directories, images
from benchmarks import nginx

ROOT = Path(__file__).resolve().parent.parent.parent
DEPLOY = ROOT / "deploy"
UNITS = sorted(
    path for path in DEPLOY.iterdir() if path.suffix in {".service", ".socket", ".timer"}
)
MIB = 1024 * 1024


def unit(name):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read(DEPLOY / name)
    return parser


def rendered_units(tmp_path):
    """The units with this checkout in place of /srv/barents-portal."""
    target = tmp_path / "units"
    target.mkdir()
    for path in UNITS:
        text = path.read_text().replace("/srv/barents-portal", str(ROOT))
        text = text.replace("/etc/barents-portal.env", str(DEPLOY / "barents-portal.env.example"))
        (target / path.name).write_text(text)
    return target


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_the_units_pass_systemd_analyze_verify(tmp_path):
    target = rendered_units(tmp_path)
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *sorted(p.name for p in target.iterdir())],
        cwd=target,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Unknown keys and sections are only warned about: they must not be there either.
    assert "Unknown" not in result.stderr, result.stderr


def test_each_gunicorn_instance_serves_its_own_socket_without_a_shared_control_socket():
    socket_path = unit("barents-portal@.socket")["Socket"]["ListenStream"]
    assert "%i" in socket_path  # one socket per instance
    service = unit("barents-portal@.service")
    assert service["Unit"]["Requires"] == "barents-portal@%i.socket"
    start = service["Service"]["ExecStart"]
    assert f"--bind unix:{socket_path}" in start
    assert "--no-control-socket" in start


def test_nginx_sends_requests_to_both_instances():
    socket_path = unit("barents-portal@.socket")["Socket"]["ListenStream"]
    block = re.search(r"upstream barents_portal \{(.*?)\}", nginx.SHIPPED.read_text(), re.S)[1]
    servers = re.findall(r"^\s*server (\S+)", block, re.M)
    assert servers == [f"unix:{socket_path.replace('%i', n)}" for n in ("1", "2")]


def test_nginx_resends_a_request_to_the_other_instance_only_where_that_is_safe():
    text = nginx.SHIPPED.read_text()
    conditions = re.findall(r"proxy_next_upstream ([^;]*);", text)
    # A refused or dropped connection or no answer: the other instance answers. Never a
    # POST already sent (non_idempotent), never a 503 (the shared database is down).
    assert conditions == ["error timeout"]
    assert "proxy_next_upstream_tries 2;" in text


def test_every_service_runs_with_the_production_environment_in_the_checkout():
    for path in UNITS:
        if path.suffix != ".service":
            continue
        service = unit(path.name)["Service"]
        assert service["EnvironmentFile"] == "/etc/barents-portal.env", path.name
        assert service["WorkingDirectory"] == "/srv/barents-portal", path.name
        assert service["User"] == "barents-portal", path.name
        assert service["ExecStart"].startswith("/srv/barents-portal/.venv/bin/"), path.name


def test_each_timer_starts_a_service_running_an_existing_command():
    commands = get_commands()
    timers = (
        "barents-portal-housekeeping.timer",
        "barents-portal-publish-due.timer",
        "barents-portal-alerts.timer",
    )
    for timer in timers:
        assert unit(timer)["Timer"]["OnCalendar"]
        service = unit(timer.replace(".timer", ".service"))["Service"]
        command = re.search(r"manage\.py (\S+)", service["ExecStart"])[1]
        assert command in commands, command
    assert "housekeeping" in unit("barents-portal-housekeeping.service")["Service"]["ExecStart"]
    worker = unit("barents-portal-worker.service")["Service"]["ExecStart"]
    assert re.search(r"manage\.py (\S+)", worker)[1] in commands


def test_the_example_environment_gives_production_settings():
    lines = (DEPLOY / "barents-portal.env.example").read_text().splitlines()
    environment = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    environment["SECRET_KEY"] = "x" * 50
    environment.pop("DATABASE_URL")  # settings do not connect; keep the test's own
    script = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.DEBUG, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.TRUSTED_PROXIES, "
        "bool(s.SECURE_PROXY_SSL_HEADER), s.SERVE_MEDIA, s.LOG_FORMAT, bool(s.ADMINS)]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k == "DATABASE_URL" or k == "PATH"},
            **environment,
            "DJANGO_SETTINGS_MODULE": "barents_portal.settings",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    debug, redirect, hsts, session, csrf, proxies, tls, media, log, admins = json.loads(
        result.stdout
    )
    assert not debug and redirect and hsts >= 31536000 and session and csrf
    assert proxies == ["unix"] and tls and not media
    assert log == "json" and admins


def test_every_variable_of_the_example_environment_is_one_the_settings_read():
    source = (ROOT / "barents_portal" / "settings.py").read_text()
    for line in (DEPLOY / "barents-portal.env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            name = line.split("=", 1)[0]
            assert f'"{name}"' in source, name


def test_nginx_accepts_the_largest_upload_the_portal_accepts():
    from news import documents

    match = re.search(r"client_max_body_size (\d+)m;", nginx.SHIPPED.read_text())
    assert int(match[1]) * MIB == settings.UPLOAD_MAX_BYTES + MIB  # the file and its form
    assert documents.MAX_BYTES == settings.UPLOAD_MAX_BYTES
    assert images.MAX_BYTES <= settings.UPLOAD_MAX_BYTES


def test_the_413_page_exists_in_the_three_languages_where_nginx_looks(tmp_path):
    site = nginx.site_config(cache_dir=tmp_path / "cache", upstream_port=8000)
    assert "/srv/barents-portal/" not in site
    root = re.search(r"location = /_errors/413\.html \{\s*root (\S+);", site)[1]
    page = (Path(root) / "413.html").read_text()
    for code, _name in settings.LANGUAGES:
        assert f'lang="{code}"' in page
    assert "25 MB" in page and "25 МБ" in page
    assert str(settings.UPLOAD_MAX_BYTES // MIB) == "25"


def test_var_is_readable_by_nginx_where_it_serves_files_and_private_elsewhere(settings, tmp_path):
    var = tmp_path / "var"
    settings.STATIC_ROOT = var / "static"
    settings.MEDIA_ROOT = var / "media"
    settings.DOCUMENTS_ROOT = var / "documents"
    # What the file cache did on a fresh checkout: var/ itself made with mode 0700.
    FileBasedCache(str(var / "cache" / "pages"), {})._createdir()
    assert stat.S_IMODE(var.stat().st_mode) == 0o700

    directories.prepare(var)

    def mode(path):
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(var) == 0o755
    assert mode(var / "static") == 0o755
    assert mode(var / "media") == 0o755
    assert mode(var / "cache") == 0o700
    assert mode(var / "cache" / "pages") == 0o700
    assert mode(var / "documents") == 0o700


def test_uploads_make_directories_nginx_can_read(settings):
    assert settings.FILE_UPLOAD_DIRECTORY_PERMISSIONS == 0o755
    assert settings.FILE_UPLOAD_PERMISSIONS == 0o644


def test_make_serve_says_it_is_not_a_deployment():
    makefile = (ROOT / "Makefile").read_text()
    serve = makefile[makefile.index("\nserve:") : makefile.index("\nbench:")]
    assert "not a deployment" in serve
    assert "--no-control-socket" in serve


@pytest.mark.parametrize("log_format", ["json", "text"])
def test_gunicorns_own_lines_have_the_portals_format_and_utc(log_format):
    script = (
        "import json, logging.config; "
        "logging.config.dictConfig(json.load(open('deploy/gunicorn-logging.json'))); "
        "logging.getLogger('gunicorn.error').info('Booting worker')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "LOG_FORMAT": log_format, "TZ": "Europe/Oslo"},
        capture_output=True,
        text=True,
        check=True,
    )
    line = result.stderr.strip()
    if log_format == "json":
        assert json.loads(line)["time"].endswith("Z")
    else:
        assert re.match(
            r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO gunicorn.error Booting", line
        )
    assert (
        "--log-config-json /srv/barents-portal/deploy/gunicorn-logging.json"
        in (unit("barents-portal@.service")["Service"]["ExecStart"])
    )
