import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
import time_machine
from django.conf import settings as django_settings
from django.utils import timezone, translation

from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

LANGUAGES = [code for code, _name in django_settings.LANGUAGES]
STAFF_PASSWORD = "x-long-password-123"


def migrations_fingerprint():
    """A short hash of every installed app's migration files (names and contents)."""
    from django.apps import apps

    digest = hashlib.sha256()
    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        for path in sorted(Path(app.path, "migrations").glob("*.py")):
            digest.update(f"{app.label}/{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    """With --reuse-db, the kept test database is named after the migrations that built it.

    pytest-django migrates a reused database forward, which does not notice a migration
    edited, renamed or squashed since: the kept schema would be stale, or the migrate would
    fail on tables that already exist. A changed migration set gets a new database instead.
    Without --reuse-db (CI: --create-db) the name stays test_<NAME>.
    """
    if not request.config.getoption("reuse_db"):
        return
    suffix = migrations_fingerprint()
    for database in django_settings.DATABASES.values():
        test = database.setdefault("TEST", {})
        test["NAME"] = f"{test.get('NAME') or 'test_' + database['NAME']}_{suffix}"


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    settings.CACHES = {"default": locmem, "pages": {**locmem, "LOCATION": "pages"}}
    # The page cache is tested on its own (tests/barents_portal/test_cache.py), where it is
    # switched on; elsewhere each request is rendered afresh.
    settings.PAGE_CACHE = False
    # Likewise the fragments (the tests/*/test_fragments.py switch them on: fragment_cache).
    settings.FRAGMENT_CACHE = False


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """A request under /ru/ leaves its language active in the thread; start each test in English."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def frozen_clock():
    """The clock at noon today, Oslo time (settings.TIME_ZONE), for tests that count days.

    A page counts calendar days in Oslo ("closes in 12 days"): a deadline built as "now plus
    12 days and an hour" falls on the thirteenth day after 23:00. From noon the count is the
    same at any hour the suite runs. "Today" is the session's day, so a session moved with
    `--clock` (tests/environment.py) keeps its date. The clock ticks from noon, so rows made
    one after another keep their order. Returns time-machine's traveller (`move_to`, `shift`).
    """
    noon = datetime.combine(timezone.localdate(), time(12), tzinfo=timezone.get_default_timezone())
    with time_machine.travel(noon.astimezone(UTC), tick=True) as traveller:
        yield traveller


def pytest_collection_modifyitems(items):
    # The frozen clock before every other fixture of a test: moved forward to noon after a
    # client had logged in (a run at 00:01), it would find the session expired.
    for item in items:
        if "frozen_clock" in item.fixturenames:
            item.fixturenames.remove("frozen_clock")
            item.fixturenames.insert(0, "frozen_clock")


@dataclass(frozen=True)
class LoadedDemo:
    output: str  # what load_demo printed
    loaded_at: datetime  # when it started: the demo places its dates relative to this day


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content (`load_demo`), loaded once for the module that asks for it.

    Loading the demo takes many seconds, so the tests of a module share one load. It is
    inside a transaction rolled back after the module: other modules see an empty database.
    Each test still runs in its own savepoint (`db`), so what one test changes does not reach
    the next, whatever their order.
    """
    import io

    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings

    root = tmp_path_factory.mktemp("demo")
    with (
        override_settings(MEDIA_ROOT=root / "media", DOCUMENTS_ROOT=root / "documents"),
        django_db_blocker.unblock(),
    ):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            output, loaded_at = io.StringIO(), timezone.now()
            call_command("load_demo", "--no-staff", stdout=output)
            yield LoadedDemo(output.getvalue(), loaded_at)
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def staff_user(db):
    """A staff account holding one of the roles of barents_portal.roles (by its name)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def make(role, username=None):
        user = get_user_model().objects.create_user(
            username or role.lower().replace(" ", "-"),
            password=STAFF_PASSWORD,
            is_staff=True,
        )
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def login_as(client, staff_user):
    """Log the test client in as a new staff member with `role`; returns the user."""

    def login(role, username=None):
        user = staff_user(role, username)
        client.force_login(user)
        return user

    return login


@pytest.fixture
def fragment_cache(settings):
    """The fragment cache on, and empty before and after the test."""
    from django.core.cache import caches

    settings.FRAGMENT_CACHE = True
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def head_office(db):
    office = OfficeFactory(
        kind="head",
        name_en="Head office in Kirkenes",
        name_nb="Hovedkontoret i Kirkenes",
        name_ru="Главный офис в Киркенесе",
    )
    StaffMemberFactory(office=office, name="Rune Rafaelsen")
    return office


@pytest.fixture
def closed_office(db):
    return OfficeFactory(
        name_en="Murmansk office",
        name_nb="Murmansk-kontoret",
        name_ru="Мурманский офис",
        city_en="Murmansk",
        city_nb="Murmansk",
        city_ru="Мурманск",
        country="RU",
        closed_on=timezone.datetime(2023, 2, 1).date(),
        order=1,
    )


@pytest.fixture
def about_tree(db):
    root = PageFactory(
        title_en="About us", title_nb="Om oss", title_ru="О нас", show_in_navigation=True
    )
    child = PageFactory(
        title_en="The Barents Region",
        title_nb="Barentsregionen",
        title_ru="Баренцев регион",
        parent=root,
    )
    norwegian_only = PageFactory(
        title_en="",
        title_ru="",
        title_nb="Praksisplass hos oss",
        summary_en="",
        body_en="",
        body_ru="",
        parent=root,
    )
    return {"root": root, "child": child, "norwegian_only": norwegian_only}
