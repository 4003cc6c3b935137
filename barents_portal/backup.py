"""Backups of everything the portal keeps, in one archive, and their restore.

An archive (`barents-YYYYmmddTHHMMSSZ.tar`) holds:

- `manifest.json`: when and from what it was made (portal, Django and PostgreSQL versions,
  the last migration of each app, the database's tuned function costs) and the SHA-256 and
  size of every other member;
- `database.dump`: `pg_dump --format=custom` of the database DATABASE_URL names;
- `media/…`: MEDIA_ROOT (images and their renditions);
- `documents/…`: DOCUMENTS_ROOT (meeting documents).

The archive is written under a temporary name in its own directory and renamed when it is
complete, then read back and checked (every checksum, and `pg_restore --list` on the dump);
a backup that fails — a full disk included — leaves no archive behind.

A restore goes only into an empty database and empty directories. `pg_dump` keeps neither
a change to a built-in function (the search's cost of `ts_match_vq`, set by the search's
first migration) nor the planner statistics, so the restore sets the recorded costs again
and runs ANALYZE.

Used by `manage.py backup` and `manage.py restore` (`make backup`, `make restore`).
"""

import hashlib
import importlib.metadata
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

import django
from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from barents_portal.storage import TEMP_PREFIX

FORMAT = 1
MANIFEST = "manifest.json"
DUMP = "database.dump"
# Built-in functions whose cost a migration tunes; pg_dump does not keep such a change.
TUNED_FUNCTIONS = ("pg_catalog.ts_match_vq(tsvector, tsquery)",)
CHUNK = 1024 * 1024


class BackupError(Exception):
    pass


def default_directory():
    return Path(settings.BACKUP_DIR)


def file_roots():
    """Archive prefix → directory, for the files a backup holds."""
    return {"media": Path(settings.MEDIA_ROOT), "documents": Path(settings.DOCUMENTS_ROOT)}


# --- PostgreSQL client programs --------------------------------------------------------


def server_version():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        number = int(cursor.fetchone()[0])
        cursor.execute("SHOW server_version")
        return number // 10000, cursor.fetchone()[0]


def _candidate_dirs():
    from barents_portal import devdb

    with suppress(devdb.ClusterError):
        yield devdb.bin_dir()
    yield from sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for name in ("pg_dump", "pg_restore"):
        found = shutil.which(name)
        if found:
            yield Path(found).resolve().parent


def _major(binary):
    result = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    match = re.search(r"(\d+)(?:\.\d+)?", result.stdout)
    return int(match.group(1)) if result.returncode == 0 and match else None


def pg_tool(name, major):
    """The `name` program of the server's major version, or the oldest newer one.

    pg_dump refuses a server newer than itself, and pg_restore may not read the archive of
    a newer pg_dump; the private cluster (embedded PostgreSQL 18) and a Debian server
    (`/usr/lib/postgresql/15`) bring their own.
    """
    found = {}
    for directory in _candidate_dirs():
        binary = directory / name
        if binary.exists() and str(binary) not in found:
            found[str(binary)] = _major(str(binary))
    exact = [binary for binary, version in found.items() if version == major]
    if exact:
        return exact[0]
    newer = sorted(
        (version, binary) for binary, version in found.items() if version and version > major
    )
    if newer:
        return newer[0][1]
    raise BackupError(
        f"No {name} for PostgreSQL {major} found (looked in: {', '.join(found) or 'nothing'}). "
        f"Install the PostgreSQL {major} client programs."
    )


def _conninfo():
    """libpq arguments and environment for the database Django uses."""
    db = connection.settings_dict
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _tool_error(name, result):
    return BackupError(f"{name} failed ({result.returncode}):\n{result.stderr.strip()}")


def _disk_full(path):
    return BackupError(
        f"No space left on the device holding {path}: the backup was not written, and "
        "nothing of it was left behind. Free some space (old archives in the backup "
        "directory, var/cache/) or choose another directory with --output-dir."
    )


# --- Writing ---------------------------------------------------------------------------


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _files(root):
    """(relative name, path) of every file under root, skipping unfinished uploads."""
    if not root.is_dir():
        return
    for directory, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            if name.startswith(TEMP_PREFIX):
                continue
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                yield path.relative_to(root).as_posix(), path


def _applied_migrations():
    latest = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


def _function_costs():
    costs = {}
    with connection.cursor() as cursor:
        for signature in TUNED_FUNCTIONS:
            cursor.execute("SELECT procost FROM pg_proc WHERE oid = %s::regprocedure", [signature])
            costs[signature] = float(cursor.fetchone()[0])
    return costs


def _portal_version():
    try:
        return importlib.metadata.version("barents-portal")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def archive_name(now=None):
    now = now or datetime.now(UTC)
    return f"barents-{now:%Y%m%dT%H%M%SZ}.tar"


def create(directory=None, now=None):
    """Write, then verify, one archive in `directory`; returns its path."""
    directory = Path(directory or default_directory())
    now = now or datetime.now(UTC)
    major, version = server_version()
    pg_dump = pg_tool("pg_dump", major)
    target = directory / archive_name(now)
    if target.exists():
        raise BackupError(f"{target} exists already.")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".partial-", dir=directory))
    except OSError as exc:
        raise _disk_full(directory) if exc.errno == 28 else BackupError(str(exc)) from exc
    try:
        dump = work / DUMP
        args, env = _conninfo()
        result = subprocess.run(
            [pg_dump, "--format=custom", "--file", str(dump), *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if result.returncode != 0:
            if "No space left on device" in result.stderr:
                raise _disk_full(directory)
            raise _tool_error("pg_dump", result)
        members = [(DUMP, dump)]
        for prefix, root in file_roots().items():
            members += [(f"{prefix}/{name}", path) for name, path in _files(root)]
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(),
            "portal_version": _portal_version(),
            "django_version": django.get_version(),
            "postgresql_version": version,
            "pg_dump_version": subprocess.run(
                [pg_dump, "--version"], capture_output=True, text=True, check=False
            ).stdout.strip(),
            "database": connection.settings_dict["NAME"],
            "migrations": _applied_migrations(),
            "function_costs": _function_costs(),
            "files": {
                name: {"sha256": _sha256(path), "size": path.stat().st_size}
                for name, path in members
            },
        }
        partial = work / "archive.tar"
        with open(partial, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
                data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime, info.mode = (
                    len(data),
                    int(datetime.now(UTC).timestamp()),
                    0o644,
                )
                tar.addfile(info, io.BytesIO(data))
                for name, path in members:
                    tar.add(path, arcname=name, recursive=False)
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(partial, 0o600)  # the database holds staff accounts
        os.replace(partial, target)
    except OSError as exc:
        if exc.errno == 28:
            raise _disk_full(directory) from exc
        raise BackupError(f"Writing the backup failed: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    try:
        verify(target)
    except BackupError:
        target.unlink(missing_ok=True)
        raise
    return target


# --- Reading ---------------------------------------------------------------------------


def read_manifest(tar):
    try:
        member = tar.getmember(MANIFEST)
        manifest = json.loads(tar.extractfile(member).read())
    except (KeyError, ValueError) as exc:
        raise BackupError("The archive has no readable manifest.json.") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown archive format {manifest.get('format')!r}.")
    return manifest


def _open(path):
    try:
        return tarfile.open(path, mode="r:")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{path} is not a readable backup archive: {exc}") from exc


def verify(path, pg_restore=None):
    """Check every member against the manifest and list the dump; returns the manifest."""
    with _open(path) as tar:
        manifest = read_manifest(tar)
        expected = manifest["files"]
        seen = set()
        for member in tar:
            if member.name == MANIFEST:
                continue
            if member.name not in expected or not member.isfile():
                raise BackupError(f"{path}: unexpected member {member.name}.")
            digest = hashlib.sha256()
            handle = tar.extractfile(member)
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
            if digest.hexdigest() != expected[member.name]["sha256"]:
                raise BackupError(f"{path}: {member.name} does not match its checksum.")
            seen.add(member.name)
        missing = set(expected) - seen
        if missing:
            raise BackupError(f"{path}: missing {', '.join(sorted(missing))}.")
        if pg_restore is None:
            pg_restore = pg_tool("pg_restore", server_version()[0])
        result = _pipe_dump(tar, [pg_restore, "--list"])
        if result.returncode != 0 or "TABLE DATA" not in result.stdout:
            raise _tool_error("pg_restore --list", result)
    return manifest


def _pipe_dump(tar, command, env=None):
    """Run `command` with the archive's dump on its standard input (no copy on disk)."""
    source = tar.extractfile(DUMP)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=err, env=env)
        # pg_restore may stop reading early (an error); its exit status tells.
        with suppress(BrokenPipeError):
            while chunk := source.read(CHUNK):
                process.stdin.write(chunk)
        with suppress(BrokenPipeError):
            process.stdin.close()
        returncode = process.wait()
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(
            command,
            returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
        )


def _database_objects():
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg_toast%%' AND n.nspname NOT LIKE 'pg_temp%%'
              AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
            """
        )
        return cursor.fetchone()[0]


def check_empty_target():
    """Refuse, with what to do, unless the database and the directories are empty."""
    problems = []
    count = _database_objects()
    if count:
        problems.append(
            f"The database {connection.settings_dict['NAME']!r} is not empty ({count} tables, "
            "views or sequences). Create an empty one (createdb) and point DATABASE_URL at it."
        )
    for setting, root in (
        ("MEDIA_ROOT", settings.MEDIA_ROOT),
        ("DOCUMENTS_ROOT", settings.DOCUMENTS_ROOT),
    ):
        root = Path(root)
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            problems.append(
                f"{setting} ({root}) is not empty. Move it aside or name an empty directory."
            )
    if problems:
        raise BackupError("Nothing was restored:\n- " + "\n- ".join(problems))


def restore(path):
    """Restore an archive into the empty database and directories; returns the manifest."""
    path = Path(path)
    major = server_version()[0]
    pg_restore = pg_tool("pg_restore", major)
    manifest = verify(path, pg_restore)
    check_empty_target()
    args, env = _conninfo()
    with _open(path) as tar:
        result = _pipe_dump(
            tar,
            [
                pg_restore,
                "--exit-on-error",
                "--single-transaction",
                "--no-owner",
                "--no-privileges",
                *args,
            ],
            env=env,
        )
        if result.returncode != 0:
            raise _tool_error("pg_restore", result)
        connection.close()  # see the restored schema afresh
        warnings = []
        with connection.cursor() as cursor:
            for signature, cost in manifest.get("function_costs", {}).items():
                try:
                    with transaction.atomic():
                        cursor.execute(f"ALTER FUNCTION {signature} COST {float(cost)}")
                except DatabaseError as exc:
                    warnings.append(
                        f"Could not set the cost of {signature} to {cost} ({exc}): run it as "
                        "a superuser, or searches for very common words will be slower."
                    )
            cursor.execute("ANALYZE")
        manifest["warnings"] = warnings
        roots = file_roots()
        for member in tar:
            prefix, _sep, name = member.name.partition("/")
            if member.name == MANIFEST or prefix not in roots:
                continue
            destination = roots[prefix] / name
            if not destination.resolve().is_relative_to(roots[prefix].resolve()):
                raise BackupError(f"{path}: {member.name} points outside its directory.")
            destination.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, open(destination, "wb") as target:
                shutil.copyfileobj(source, target, CHUNK)
            os.chmod(destination, 0o644)
    return manifest
