"""A pytest plugin loaded before pytest-django reads the settings (`-p` in pyproject).

Tests run with production settings (DEBUG off) over plain HTTP and without collectstatic.

It also sets the clock the whole run sees. `--clock=23:58` (or PORTAL_TEST_CLOCK=23:58) moves
the clock, for the whole session, to that local time today in settings.TIME_ZONE, and lets it
tick from there; `--clock="2026-01-31 23:59"` picks the day too. The page counts calendar days
in Oslo while the machine's clock is UTC: running the suite across Oslo's midnight shows a
test that builds its dates from the wrong clock. The browser tests' live server runs in this
process, so it follows the same clock. PostgreSQL's own clock is not moved: queries compare
with the application's `timezone.now()`, never with the database's `now()`.
"""

import os
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-used-anywhere-else-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("STATIC_MANIFEST", "false")

CLOCK_VARIABLE = "PORTAL_TEST_CLOCK"
clock_key = pytest.StashKey[tuple]()


def pytest_addoption(parser):
    parser.addoption(
        "--clock",
        default=os.environ.get(CLOCK_VARIABLE, ""),
        help=(
            "Run the session from this local time (settings.TIME_ZONE), ticking: 'HH:MM' for "
            f"today or 'YYYY-MM-DD HH:MM'. Default: ${CLOCK_VARIABLE}, else the real clock."
        ),
    )


def session_start(value, zone):
    """The aware moment `value` ('HH:MM' today, or 'YYYY-MM-DD HH:MM') names in `zone`."""
    value = value.strip()
    try:
        if len(value) <= 5:
            day = datetime.now(zone).date()
            return datetime.combine(day, time.fromisoformat(value), tzinfo=zone)
        return datetime.fromisoformat(value).replace(tzinfo=zone)
    except ValueError:
        raise pytest.UsageError(
            f"--clock / {CLOCK_VARIABLE}: expected 'HH:MM' or 'YYYY-MM-DD HH:MM', got {value!r}"
        ) from None


def pytest_configure(config):
    value = config.getoption("clock")
    if not value:
        return
    import time_machine
    from django.conf import settings

    start = session_start(value, ZoneInfo(settings.TIME_ZONE))
    # Given in UTC, so time-machine leaves the process's TZ alone.
    travel = time_machine.travel(start.astimezone(UTC), tick=True)
    travel.start()
    config.stash[clock_key] = (travel, start)


def pytest_report_header(config):
    if clock_key in config.stash:
        start = config.stash[clock_key][1]
        return f"clock: moved to {start:%Y-%m-%d %H:%M} {start.tzname()} ({start.tzinfo}), ticking"
    return None


def pytest_unconfigure(config):
    if clock_key in config.stash:
        config.stash[clock_key][0].stop()
        del config.stash[clock_key]
