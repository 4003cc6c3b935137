"""What `manage.py housekeeping` clears: sessions, lockout records, orphan files, the page cache.

Each task returns a short report line. Orphan files are only listed unless `apply=True`;
the other tasks only ever remove what has expired.
"""

import os
import posixpath
import re
import time
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.db import models
from django.utils import timezone

from barents_portal.images import RENDITION_DIR

RENDITION = re.compile(rf"^{RENDITION_DIR}/(?P<stem>.+)\.w\d+\.[a-z0-9]+$")


def clear_sessions():
    """Expired sessions (what `clearsessions` does), counted."""
    from django.contrib.sessions.models import Session

    expired = Session.objects.filter(expire_date__lt=timezone.now()).count()
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
    return f"sessions: {expired} expired removed"


def clear_lockout_records(*, days=None):
    """django-axes' attempts and logs older than AXES_RECORDS_KEEP_DAYS."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    days = settings.AXES_RECORDS_KEEP_DAYS if days is None else days
    cutoff = timezone.now() - timedelta(days=days)
    removed = sum(
        model.objects.filter(attempt_time__lt=cutoff).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )
    return f"lockout records: {removed} older than {days} days removed"


def _file_fields(model):
    """(field name, storage) for each file of `model`, history models included.

    A revision in the history may be restored, so a file it names is still in use.
    """
    source = getattr(model, "instance_type", None) or model
    names = {f.name for f in model._meta.concrete_fields}
    return [
        (f.attname, f.storage)
        for f in source._meta.concrete_fields
        if isinstance(f, models.FileField) and f.attname in names
    ]


def referenced_files():
    """{storage root (resolved path): set of names the database refers to}."""
    referenced = {}
    for model in apps.get_models():
        for name, storage in _file_fields(model):
            root = str(Path(storage.location).resolve())
            names = referenced.setdefault(root, set())
            names.update(
                value for value in model._default_manager.values_list(name, flat=True) if value
            )
    return referenced


@dataclass
class OrphanReport:
    orphans: list = field(default_factory=list)
    removed: int = 0


def find_orphans(*, min_age_hours=24):
    """Files under MEDIA_ROOT and DOCUMENTS_ROOT that no row names and that are older than
    `min_age_hours` (an upload saves its file before its row: young files are left alone).

    An image's renditions belong to it as long as the image is referenced.
    """
    referenced = referenced_files()
    threshold = time.time() - min_age_hours * 3600
    orphans = []
    for root in {Path(settings.MEDIA_ROOT).resolve(), Path(settings.DOCUMENTS_ROOT).resolve()}:
        names = referenced.get(str(root), set())
        stems = {posixpath.splitext(name)[0] for name in names}
        if not root.is_dir():
            continue
        for directory, _dirs, files in os.walk(root):
            for filename in files:
                path = Path(directory) / filename
                name = path.relative_to(root).as_posix()
                if name in names:
                    continue
                rendition = RENDITION.match(name)
                if rendition and rendition["stem"] in stems:
                    continue
                try:
                    if path.stat().st_mtime > threshold:
                        continue
                except FileNotFoundError:
                    continue
                orphans.append(path)
    return sorted(orphans)


def remove_orphans(orphans):
    removed = 0
    for path in orphans:
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def trim_file_caches():
    """Expired entries of every file-based cache (the page cache's default backend).

    Django's file cache removes an expired entry only when someone asks for it, so pages
    nobody asks for again would stay on disk. Redis and local memory expire by themselves.
    """
    removed = kept = 0
    for alias in settings.CACHES:
        cache = caches[alias]
        if not isinstance(cache, FileBasedCache):
            continue
        for path in cache._list_cache_files():
            try:
                with open(path, "rb") as entry:
                    if cache._is_expired(entry):
                        removed += 1
                    else:
                        kept += 1
            except (FileNotFoundError, EOFError, ValueError, OSError):
                continue
    return f"page cache: {removed} expired entries removed, {kept} kept"
