"""`manage.py housekeeping`: sessions, lockout records, orphan files, the page cache."""

import io
import os
import time
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from barents_portal import housekeeping, images
from tests.barents_portal.test_images import encoded
from tests.news.factories import DocumentFactory, EventFactory
from tests.secretariat.factories import StaffMemberFactory

pytestmark = pytest.mark.django_db

DAY = 24 * 60 * 60


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DOCUMENTS_ROOT = tmp_path / "documents"


def age(path, days=2):
    then = time.time() - days * DAY
    os.utime(path, (then, then))


def run(*args):
    out = io.StringIO()
    call_command("housekeeping", *args, stdout=out)
    return out.getvalue()


def test_expired_sessions_are_removed_and_live_ones_kept():
    live = SessionStore()
    live.create()
    expired = SessionStore()
    expired.create()
    Session.objects.filter(session_key=expired.session_key).update(
        expire_date=timezone.now() - timedelta(minutes=1)
    )
    assert "sessions: 1 expired removed" in run()
    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]


def test_lockout_records_older_than_the_setting_are_removed(settings):
    from axes.models import AccessAttempt

    settings.AXES_RECORDS_KEEP_DAYS = 30
    old = AccessAttempt.objects.create(
        username="old", ip_address="203.0.113.1", failures_since_start=5
    )
    recent = AccessAttempt.objects.create(
        username="recent", ip_address="203.0.113.2", failures_since_start=5
    )
    AccessAttempt.objects.filter(pk=old.pk).update(attempt_time=timezone.now() - timedelta(days=31))
    assert "lockout records: 1 older than 30 days removed" in run()
    assert list(AccessAttempt.objects.all()) == [recent]


def test_orphan_uploads_are_listed_and_deleted_only_with_apply(settings):
    person = StaffMemberFactory(photo=ContentFile(encoded("PNG", (1200, 900)), name="p.png"))
    media = settings.MEDIA_ROOT
    kept = [media / person.photo.name] + [
        media / images.rendition_name(person.photo.name, width, extension)
        for width in (480, 960)
        for extension in ("webp", "jpg")
    ]
    orphan = media / "staff" / "gone.png"
    orphan_rendition = media / images.rendition_name("staff/gone.png", 480, "webp")
    young = media / "staff" / "being-uploaded.png"
    for path in (orphan, orphan_rendition, young):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    for path in [*kept, orphan, orphan_rendition]:
        age(path)

    report = run()
    assert f"orphan file: {orphan}" in report
    assert f"orphan file: {orphan_rendition}" in report
    assert "orphan files: 2 found" in report
    assert orphan.exists()

    assert "orphan files: 2 removed" in run("--apply")
    assert not orphan.exists() and not orphan_rendition.exists()
    assert young.exists()  # an upload in progress may not have its row yet
    assert all(path.exists() for path in kept)


def test_orphan_documents_are_found_under_documents_root(settings):
    document = DocumentFactory(event=EventFactory())
    used = settings.DOCUMENTS_ROOT / document.file.name
    orphan = settings.DOCUMENTS_ROOT / "events" / "abc" / "left-behind.pdf"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"%PDF-1.4")
    age(used)
    age(orphan)
    assert housekeeping.find_orphans() == [orphan]


def test_a_file_named_only_by_the_history_is_kept(settings):
    person = StaffMemberFactory(photo=ContentFile(encoded("PNG", (300, 200)), name="old.png"))
    old = settings.MEDIA_ROOT / person.photo.name
    person.photo = ContentFile(encoded("PNG", (300, 200)), name="new.png")
    person.save()
    age(old)
    assert old not in housekeeping.find_orphans()


def test_the_file_page_cache_loses_its_expired_entries(settings, tmp_path):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "pages"),
        },
    }
    pages = caches["pages"]
    pages.set("fresh", "page", 300)
    pages.set("stale", "page", 1)
    time.sleep(1.1)
    assert "page cache: 1 expired entries removed, 1 kept" in run()
    assert len(pages._list_cache_files()) == 1
    assert pages.get("fresh") == "page"
