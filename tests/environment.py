"""A pytest plugin loaded before pytest-django reads the settings (`-p` in pyproject).

Tests run with production settings (DEBUG off) over plain HTTP and without collectstatic.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-used-anywhere-else-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("STATIC_MANIFEST", "false")
# The manage.py runs of the tests see production settings, not the checkout's .env.
os.environ.setdefault("ENV_FILE", "")
if not os.environ.get("DATABASE_URL"):
    # Production settings need a server: without one, the private cluster `make db` starts.
    from barents_portal import devdb

    os.environ["DATABASE_URL"] = devdb.database_url()
