"""The development checkout's `.env`: variables for manage.py, read before Django starts.

`make install` writes `.env` (git-ignored) when it is absent, with `DEBUG=1`, so that
`python manage.py shell`, `migrate`, `createsuperuser` and `load_demo` work in a checkout
with nothing exported. Only manage.py reads it: the WSGI entry point (gunicorn) never does,
so a production server takes its settings from its environment alone and stops at once
when `SECRET_KEY` or `DATABASE_URL` is missing.

A variable already set in the environment wins over the file. `ENV_FILE` names another
file (relative to the project directory); set it empty to read none (the tests do, so that
their manage.py runs see production settings).

    python -m barents_portal.envfile write    # writes .env unless it exists
"""

import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_PATH = BASE_DIR / ".env"

DEVELOPMENT = """\
# Development settings of this checkout, read by manage.py only (gunicorn never reads it).
# Written by `make install` when absent; git-ignored; edit freely. A variable set in the
# environment wins over this file. Every variable is described in .env.example.
DEBUG=1
# Without DATABASE_URL, DEBUG uses the private PostgreSQL cluster in .pgdata/ (`make db`
# starts it). A server of your own instead:
# DATABASE_URL=postgres://postgres@127.0.0.1:5432/barents_portal
"""


def parse(text):
    """`KEY=value` lines; `#` comments, blank lines and a leading `export ` are allowed.

    A value may be quoted ('…' or "…"); an unquoted value ends at ` #` (a comment).
    """
    values = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").lstrip()
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key.isidentifier():
            raise ValueError(f"line {number}: expected KEY=value, got {raw!r}")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = value.split(" #", 1)[0].rstrip()
        values[key] = value
    return values


def path_to_read():
    """The file manage.py reads: `ENV_FILE` if set (None when empty), else `.env`."""
    name = os.environ.get("ENV_FILE")
    if name is None:
        return DEFAULT_PATH
    return BASE_DIR / name if name else None


def load(environ=os.environ):
    """Add the file's variables to `environ` where they are not set already."""
    path = path_to_read()
    if path is None:
        return
    if not path.is_file():
        if path != DEFAULT_PATH:
            raise FileNotFoundError(f"ENV_FILE names {path}, which does not exist.")
        return
    for key, value in parse(path.read_text(encoding="utf-8")).items():
        environ.setdefault(key, value)


def write_development_file(path=DEFAULT_PATH):
    """Write the development defaults to `path` unless it exists; True when written."""
    if path.exists():
        return False
    path.write_text(DEVELOPMENT, encoding="utf-8")
    return True


def main(argv):
    if argv != ["write"]:
        print(__doc__, file=sys.stderr)
        return 2
    if write_development_file():
        print(f"Wrote {DEFAULT_PATH.name} (DEBUG=1 for manage.py in this checkout).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
