"""The backup drill: `backup`, then `restore` into a fresh database and fresh directories.

The source is a database of its own on the test server, migrated and filled with the demo
content (images, renditions, meeting documents, staff); the commands run as an operator
runs them (`manage.py` in a process of its own, from DATABASE_URL, MEDIA_ROOT and
DOCUMENTS_ROOT). Then every table's rows, every file, a few rendered public pages and the
search's ranking must be the same from both databases.
"""

import errno
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg2
import pytest
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client, override_settings
from django.utils import translation

from barents_portal import backup

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    "/en/",
    "/nb/",
    "/ru/",
    "/en/news/",
    "/en/events/",
    "/en/funding/",
    "/en/funding/funded-projects/",
    "/en/offices/",
    "/en/search/?q=barents",
    "/robots.txt",
    "/sitemap.xml",
]
QUERIES = [("en", "barents"), ("nb", "samarbeid"), ("ru", "сотрудничество"), ("en", "youth")]


def server_params():
    db = connection.settings_dict
    return {
        key: value
        for key, value in {
            "host": db.get("HOST"),
            "port": db.get("PORT"),
            "user": db.get("USER"),
            "password": db.get("PASSWORD"),
        }.items()
        if value
    }


def admin_sql(*statements):
    conn = psycopg2.connect(dbname="postgres", **server_params())
    conn.autocommit = True
    with conn.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    conn.close()


def database_url(name):
    params = server_params()
    auth = params.get("user", "")
    if params.get("password"):
        auth += f":{params['password']}"
    host = params.get("host", "")
    url = f"postgres://{auth}@{host if host and not host.startswith('/') else ''}"
    if params.get("port") and host and not host.startswith("/"):
        url += f":{params['port']}"
    url += f"/{name}"
    if host.startswith("/"):
        url += f"?host={host}&port={params.get('port', 5432)}"
    return url


def manage(*args, database, media, documents):
    env = {
        **os.environ,
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(media),
        "DOCUMENTS_ROOT": str(documents),
        "DEBUG": "1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def rows(name):
    """Every table's rows, in a stable order."""
    conn = psycopg2.connect(dbname=name, **server_params())
    with conn.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        tables = [table for (table,) in cursor.fetchall()]
        content = {}
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')
            content[table] = sorted(cursor.fetchall(), key=repr)
        cursor.execute(
            "SELECT procost FROM pg_proc WHERE oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'"
            "::regprocedure"
        )
        content["ts_match_vq cost"] = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM pg_stats WHERE schemaname = 'public'")
        content["has planner statistics"] = cursor.fetchone()[0] > 0
    conn.close()
    return content


def checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(root).rglob("*"))
        if path.is_file()
    }


@contextmanager
def using_database(name, media, documents):
    """The default connection, the files and the caches of another database for a while."""
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    try:
        with override_settings(MEDIA_ROOT=media, DOCUMENTS_ROOT=documents):
            for cache in caches.all():
                cache.clear()
            yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original


def rendered(paths):
    client = Client()
    pages = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        # A page's CSP nonce is new on every request.
        pages[path] = re.sub(rb'nonce="[^"]*"', b'nonce=""', response.content)
    return pages


def ranking():
    from search.engine import run_search
    from search.query import parse

    found = {}
    for code, text in QUERIES:
        with translation.override(code):
            search = run_search(parse(text), code)
            found[(code, text)] = [
                (type(result.object).__name__, result.object.pk, round(result.rank, 6))
                for result in search.page.object_list
            ]
    return found


@pytest.fixture
def databases_on_the_server(django_db_blocker):
    """Names of two fresh databases on the test server, dropped after the test."""
    suffix = uuid.uuid4().hex[:8]
    names = [f"test_backup_source_{suffix}", f"test_backup_restored_{suffix}"]
    with django_db_blocker.unblock():
        admin_sql(*(f'CREATE DATABASE "{name}"' for name in names))
        try:
            yield names
        finally:
            connection.close()
            admin_sql(*(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in names))


@pytest.mark.slow
def test_backup_then_restore_into_a_fresh_database_gives_the_same_rows_files_pages_and_ranking(
    databases_on_the_server, django_db_blocker, tmp_path
):
    source, restored = databases_on_the_server
    source_files = {"media": tmp_path / "media", "documents": tmp_path / "documents"}
    restored_files = {
        "media": tmp_path / "restored" / "media",
        "documents": tmp_path / "restored" / "documents",
    }
    manage("migrate", "--no-input", "-v", "0", database=source, **source_files)
    manage("load_demo", database=source, **source_files)

    archive = Path(
        manage("backup", "--output-dir", str(tmp_path / "backups"), database=source, **source_files)
        .strip()
        .splitlines()[-1]
    )
    assert re.fullmatch(r"barents-\d{8}T\d{6}Z\.tar", archive.name)
    assert [path.name for path in archive.parent.iterdir()] == [archive.name]  # nothing partial
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"manifest.json", "database.dump"} <= set(names)
    assert any(name.startswith("media/renditions/") for name in names)
    assert any(name.startswith("documents/") for name in names)

    manage("restore", str(archive), database=restored, **restored_files)

    source_rows, restored_rows = rows(source), rows(restored)
    assert source_rows["ts_match_vq cost"] == 100
    # ANALYZE ran after the restore (the source may still wait for autovacuum).
    assert restored_rows.pop("has planner statistics")
    source_rows.pop("has planner statistics")
    assert restored_rows == source_rows
    for kind in ("media", "documents"):
        assert checksums(restored_files[kind]) == checksums(source_files[kind])
        assert checksums(source_files[kind])

    with django_db_blocker.unblock():
        with using_database(source, **source_files):
            source_pages, source_ranking = rendered(PAGES), ranking()
        with using_database(restored, **restored_files):
            restored_pages, restored_ranking = rendered(PAGES), ranking()
    assert restored_pages == source_pages
    assert any(source_ranking.values())
    assert restored_ranking == source_ranking

    # A second restore is refused: the database and the directories are no longer empty.
    env_args = {"database": restored, **restored_files}
    with pytest.raises(AssertionError, match="is not empty"):
        manage("restore", str(archive), **env_args)


@pytest.mark.django_db
def test_a_restore_refuses_a_database_that_is_not_empty(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DOCUMENTS_ROOT = tmp_path / "documents"
    archive = backup.create(tmp_path / "backups")
    with pytest.raises(CommandError, match="is not empty"):
        call_command("restore", str(archive))


@pytest.mark.django_db
def test_a_damaged_archive_is_refused_before_anything_is_restored(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DOCUMENTS_ROOT = tmp_path / "documents"
    (tmp_path / "media" / "news").mkdir(parents=True)
    (tmp_path / "media" / "news" / "photo.jpg").write_bytes(b"a photo")
    archive = backup.create(tmp_path / "backups")
    data = archive.read_bytes()
    archive.write_bytes(data.replace(b"a photo", b"a phoXo"))
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore", str(archive))


@pytest.mark.django_db
def test_a_backup_on_a_full_disk_is_a_clear_error_and_leaves_no_archive(
    tmp_path, settings, monkeypatch
):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "photo.jpg").write_bytes(b"x" * 100_000)
    real_add = tarfile.TarFile.add

    def add(self, name, *args, **kwargs):
        if str(name).endswith("photo.jpg"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_add(self, name, *args, **kwargs)

    monkeypatch.setattr(tarfile.TarFile, "add", add)
    with pytest.raises(CommandError, match="No space left"):
        call_command("backup", output_dir=str(tmp_path / "backups"))
    assert list((tmp_path / "backups").iterdir()) == []


def test_the_private_cluster_is_initialised_with_fsync_on(tmp_path, monkeypatch):
    from barents_portal import devdb

    def initdb(command, **kwargs):
        (tmp_path / "pgdata" / "postgresql.conf").write_text("# initdb's defaults\n")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(devdb, "DATA_DIR", tmp_path / "pgdata")
    monkeypatch.setattr(devdb, "_run_as", lambda: None)
    monkeypatch.setattr(devdb, "_pg", initdb)
    devdb.init()
    conf = (tmp_path / "pgdata" / "postgresql.conf").read_text()
    assert "fsync = on" in conf
    assert "full_page_writes = on" in conf
    assert "= off" not in conf.replace("synchronous_commit = off", "")
