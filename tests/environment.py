"""A pytest plugin loaded before pytest-django reads the settings (`-p` in pyproject).

Tests run with production settings (DEBUG off) over plain HTTP and without collectstatic.

It also sets the clock the run sees. `--clock=23:58` (or PORTAL_TEST_CLOCK=23:58) moves the
clock to that local time today in settings.TIME_ZONE at the start of every test module, and
lets it tick from there; `--clock="2026-01-31 23:59"` picks the day too. Every module then runs
just before midnight, not only the first ones, and a module that runs long crosses it. The
pages count calendar days in Oslo while the machine's clock is UTC: a test that builds its
dates from the wrong clock fails in such a run. The browser tests' live server runs in this
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
# The manage.py runs of the tests see production settings, not the checkout's .env.
os.environ.setdefault("ENV_FILE", "")
if not os.environ.get("DATABASE_URL"):
    # Production settings need a server: without one, the private cluster `make db` starts.
    from barents_portal import devdb

    os.environ["DATABASE_URL"] = devdb.database_url()

CLOCK_VARIABLE = "PORTAL_TEST_CLOCK"
clock_key = pytest.StashKey[tuple]()
travel_key = pytest.StashKey[object]()


def pytest_addoption(parser):
    parser.addoption(
        "--clock",
        default=os.environ.get(CLOCK_VARIABLE, ""),
        help=(
            "Start each test module at this local time (settings.TIME_ZONE), ticking: 'HH:MM' "
            f"for today or 'YYYY-MM-DD HH:MM'. Default: ${CLOCK_VARIABLE}, else the real clock."
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
    config.stash[clock_key] = (travel.start(), start)
    config.stash[travel_key] = travel


@pytest.fixture(autouse=True, scope="module")
def _clock_at_the_start_of_each_module(request):
    """With --clock, each test module starts at the chosen moment (module fixtures included)."""
    if clock_key in request.config.stash:
        traveller, start = request.config.stash[clock_key]
        traveller.move_to(start.astimezone(UTC))


def pytest_report_header(config):
    if clock_key in config.stash:
        start = config.stash[clock_key][1]
        return (
            f"clock: each module starts at {start:%Y-%m-%d %H:%M} {start.tzname()} "
            f"({start.tzinfo}), ticking"
        )
    return None


def pytest_unconfigure(config):
    if travel_key in config.stash:
        config.stash[travel_key].stop()
        del config.stash[travel_key], config.stash[clock_key]
