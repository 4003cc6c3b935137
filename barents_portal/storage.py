"""File storage that never leaves a partial file, and the admin's answer when a write fails.

An upload (an image, its renditions, a meeting document) is written to a temporary file in
the destination's own directory, flushed to disk, and only then linked into place under
its final name: a reader sees the whole file or none, and a full disk (ENOSPC) or any other
write error leaves nothing behind — no truncated, no empty file.

A model save can write several files (an image and its renditions, the documents of an
event's inline rows). `StorageErrorAdminMixin` records every file the admin writes while
it handles a form; if one write fails, the ones already written are removed, the database
transaction rolls back, and the staff member sees the form again with an error that says
nothing was saved, instead of a server error.
"""

import contextvars
import errno
import os
import shutil
import tempfile
from contextlib import contextmanager, suppress

from django.core.exceptions import ValidationError
from django.core.files import uploadhandler
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext_lazy as _

TEMP_PREFIX = ".upload-"
# Links fail on a few filesystems (some network mounts); then the file is renamed instead.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}

_written = contextvars.ContextVar("barents_portal_storage_written", default=None)


class StorageWriteError(OSError):
    """A file could not be written (disk full, read-only, quota); nothing of it remains."""

    def __init__(self, name, cause):
        super().__init__(cause.errno, cause.strerror or str(cause), name)
        self.name = name

    @property
    def disk_full(self):
        return self.errno in (errno.ENOSPC, errno.EDQUOT)


def free_bytes(path):
    """Free space for unprivileged writers on the filesystem holding `path`."""
    return shutil.disk_usage(path).free


class AtomicFileSystemStorage(FileSystemStorage):
    """FileSystemStorage whose files appear complete or not at all."""

    def _save(self, name, content):
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        try:
            os.makedirs(directory, exist_ok=True)
            fd, temp_path = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=directory)
        except OSError as exc:
            raise StorageWriteError(name, exc) from exc
        try:
            with os.fdopen(fd, "wb") as out:
                if hasattr(content, "seek"):
                    content.seek(0)
                for chunk in content.chunks():
                    out.write(chunk if isinstance(chunk, bytes) else chunk.encode())
                out.flush()
                os.fsync(out.fileno())
            mode = self.file_permissions_mode
            os.chmod(temp_path, 0o644 if mode is None else mode)
            name = self._publish(name, temp_path)
            _fsync_directory(directory)
        except OSError as exc:
            if isinstance(exc, StorageWriteError):
                raise
            raise StorageWriteError(name, exc) from exc
        finally:
            with suppress(FileNotFoundError):
                os.unlink(temp_path)
        journal = _written.get()
        if journal is not None:
            journal.append((self, name))
        return name

    def _publish(self, name, temp_path):
        """Give the complete temporary file its final name, never replacing another file."""
        while True:
            full_path = self.path(name)
            try:
                os.link(temp_path, full_path)
            except FileExistsError:
                if self._allow_overwrite:
                    os.replace(temp_path, full_path)
                    break
                name = self.get_available_name(name)
                continue
            except OSError as exc:
                if exc.errno not in _NO_LINKS:
                    raise
                if os.path.exists(full_path) and not self._allow_overwrite:
                    name = self.get_available_name(name)
                    continue
                os.replace(temp_path, full_path)
            break
        self._ensure_location_group_id(self.path(name))
        return os.path.relpath(self.path(name), self.location).replace("\\", "/")


def _fsync_directory(directory):
    # The new name must survive a crash as well as the content.
    with suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class TemporaryFileUploadHandler(uploadhandler.TemporaryFileUploadHandler):
    """Django's handler for large uploads, which a full disk stops without a server error.

    The upload's temporary file is removed and the rest of the file is read and dropped;
    the admin (StorageErrorAdminMixin) then answers with its form error.
    """

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.write_error = None

    def receive_data_chunk(self, raw_data, start):
        if self.write_error is None:
            try:
                self.file.write(raw_data)
            except OSError as exc:
                self.write_error = StorageWriteError(self.file_name, exc)
                self.request._storage_write_error = self.write_error
                self.upload_interrupted()
        return None

    def file_complete(self, file_size):
        if self.write_error is not None:
            return None
        return super().file_complete(file_size)


@contextmanager
def recording_writes():
    """Collect (storage, name) of every file saved inside the block, for `discard`."""
    journal = []
    token = _written.set(journal)
    try:
        yield journal
    finally:
        _written.reset(token)


def discard(journal):
    for storage, name in journal:
        with suppress(OSError):
            storage.delete(name)
    journal.clear()


def write_error_message(error):
    if error.disk_full:
        return _(
            "The file could not be stored: the server's disk is full. Nothing was saved. "
            "Try again later, and tell the site's operator."
        )
    return _(
        "The file could not be stored because of a write error on the server. Nothing was "
        "saved. Try again later, and tell the site's operator."
    )


class StorageErrorAdminMixin:
    """A failed file write answers with the form and an error, never a server error.

    The first attempt runs as usual. If a file write fails, the files it wrote are removed,
    its transaction has rolled back, and the same request is handled once more with a form
    that refuses to validate, so the admin shows everything the staff member entered with
    the error on top. A large upload that could not even be received
    (TemporaryFileUploadHandler) is refused the same way at once.
    """

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
            return super().changeform_view(request, object_id, form_url, extra_context)
        with recording_writes() as written:
            try:
                return super().changeform_view(request, object_id, form_url, extra_context)
            except StorageWriteError as exc:
                discard(written)
                request._storage_write_error = exc
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        error = getattr(request, "_storage_write_error", None)
        if error is None:
            return form

        class RefusedForm(form):
            def clean(self):
                super().clean()
                raise ValidationError(write_error_message(error), code="storage_write")

        RefusedForm.__name__ = form.__name__
        return RefusedForm
