"""A full disk: uploads answer with a form error and leave nothing, pages are still served.

The disk fills at the operating system's boundary: the file object the storage writes
through raises ENOSPC after some bytes have gone to disk, as a real full filesystem does.
"""

import errno
import io
import os

import pytest
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from barents_portal import storage
from tests.news.factories import ArticleFactory, EventFactory


def jpeg(size=(1200, 800)):
    out = io.BytesIO()
    Image.new("RGB", size, (20, 80, 140)).save(out, "JPEG")
    return out.getvalue()


def pdf():
    return b"%PDF-1.4\n" + b"0" * 200_000 + b"\n%%EOF\n"


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DOCUMENTS_ROOT = tmp_path / "documents"


class FillingDisk:
    """Lets `files_allowed` files through, then fails the next write after a few bytes."""

    def __init__(self, files_allowed=0, error=errno.ENOSPC):
        self.files_allowed = files_allowed
        self.error = error
        self.opened = 0
        self.real_fdopen = os.fdopen

    def __call__(self, fd, *args, **kwargs):
        handle = self.real_fdopen(fd, *args, **kwargs)
        self.opened += 1
        if self.opened <= self.files_allowed:
            return handle
        real_write, error = handle.write, self.error

        def write(data):
            real_write(data[:100])  # a partial write, then the disk is full
            raise OSError(error, os.strerror(error))

        handle.write = write
        return handle


def files_under(root):
    return sorted(
        os.path.relpath(os.path.join(directory, name), root)
        for directory, _dirs, names in os.walk(root)
        for name in names
    )


@pytest.fixture
def full_disk(monkeypatch):
    def fill(files_allowed=0, error=errno.ENOSPC):
        disk = FillingDisk(files_allowed, error)
        monkeypatch.setattr(storage.os, "fdopen", disk)
        return disk

    return fill


def test_a_storage_write_that_fails_leaves_no_file_at_all(settings, full_disk):
    fs = storage.AtomicFileSystemStorage(location=settings.MEDIA_ROOT)
    full_disk()
    with pytest.raises(storage.StorageWriteError) as error:
        fs.save("uploads/photo.jpg", ContentFile(b"x" * 5000))
    assert error.value.disk_full
    assert files_under(settings.MEDIA_ROOT) == []


def test_a_stored_file_is_complete_and_never_replaces_another(settings):
    fs = storage.AtomicFileSystemStorage(location=settings.MEDIA_ROOT)
    first = fs.save("uploads/photo.jpg", ContentFile(b"first"))
    second = fs.save("uploads/photo.jpg", ContentFile(b"second"))
    assert first != second
    assert fs.open(first).read() == b"first"
    assert fs.open(second).read() == b"second"
    assert not [name for name in files_under(settings.MEDIA_ROOT) if storage.TEMP_PREFIX in name]


@pytest.mark.django_db
@pytest.mark.parametrize("files_allowed", [0, 3], ids=["original", "a-rendition"])
def test_an_image_upload_on_a_full_disk_is_a_form_error_and_leaves_no_file(
    admin_client, settings, full_disk, files_allowed
):
    from news.models import Article

    full_disk(files_allowed)
    response = admin_client.post(
        "/admin/news/article/add/",
        {
            "title_nb": "Bilde på full disk",
            "kind": "news",
            "regions": ["FI-10"],
            "status": "draft",
            "featured_order": 0,
            "image": SimpleUploadedFile("photo.jpg", jpeg()),
            "image_alt_nb": "Et bilde",
        },
    )
    assert response.status_code == 200
    assert "disk is full" in response.content.decode()
    assert "Bilde på full disk" in response.content.decode()  # what was typed is kept
    assert not Article.objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


@pytest.mark.django_db
def test_an_image_upload_with_room_on_the_disk_is_stored_with_its_renditions(admin_client):
    from news.models import Article

    response = admin_client.post(
        "/admin/news/article/add/",
        {
            "title_nb": "Bilde med plass",
            "kind": "news",
            "regions": ["FI-10"],
            "status": "draft",
            "featured_order": 0,
            "image": SimpleUploadedFile("photo.jpg", jpeg()),
            "image_alt_nb": "Et bilde",
        },
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.image.storage.exists(article.image.name)


@pytest.mark.django_db
def test_a_document_upload_on_a_full_disk_is_a_form_error_and_leaves_no_file(
    admin_client, settings, full_disk
):
    from news.models import Document

    event = EventFactory()
    full_disk()
    response = admin_client.post(
        "/admin/news/document/add/",
        {
            "event": event.pk,
            "title_en": "Programme",
            "kind": "programme",
            "language": "en",
            "file": SimpleUploadedFile("programme.pdf", pdf()),
            "order": 0,
        },
    )
    assert response.status_code == 200
    assert "disk is full" in response.content.decode()
    assert not Document.objects.exists()
    assert files_under(settings.DOCUMENTS_ROOT) == []


@pytest.mark.django_db
def test_any_other_write_error_is_a_form_error_too(admin_client, settings, full_disk):
    from news.models import Document

    event = EventFactory()
    full_disk(error=errno.EIO)
    response = admin_client.post(
        "/admin/news/document/add/",
        {
            "event": event.pk,
            "title_en": "Programme",
            "kind": "programme",
            "language": "en",
            "file": SimpleUploadedFile("programme.pdf", pdf()),
            "order": 0,
        },
    )
    assert response.status_code == 200
    assert "write error on the server" in response.content.decode()
    assert not Document.objects.exists()
    assert files_under(settings.DOCUMENTS_ROOT) == []


@pytest.fixture
def file_page_cache(settings, tmp_path):
    location = tmp_path / "pages"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(location),
        },
    }
    settings.PAGE_CACHE = True
    settings.FRAGMENT_CACHE = True
    return location


@pytest.mark.django_db
def test_public_pages_are_served_when_the_page_cache_cannot_write(
    client, file_page_cache, monkeypatch
):
    article = ArticleFactory(title_nb="Nyhet på full disk", title_en="Nyhet på full disk")
    before = files_under(file_page_cache)  # the content generation, written with room

    def disk_full(self, file, timeout, value):
        file.write(b"\x80")  # a few bytes, then the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(FileBasedCache, "_write_content", disk_full)
    for _attempt in range(2):
        assert client.get("/robots.txt").status_code == 200
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200
        assert "Nyhet på full disk" in response.content.decode()
        assert client.get("/en/").status_code == 200
    assert files_under(file_page_cache) == before


@pytest.mark.django_db
def test_a_staff_save_forgets_kept_pages_even_when_the_page_cache_cannot_write(
    file_page_cache, monkeypatch
):
    from barents_portal import cache

    before = cache.generation()

    def disk_full(self, file, timeout, value):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(FileBasedCache, "_write_content", disk_full)
    cache.bump_generation()
    assert cache.generation() != before


@pytest.mark.django_db
def test_a_large_upload_that_fills_the_disk_while_received_is_a_form_error(
    admin_client, settings, tmp_path, monkeypatch
):
    from django.core.files.uploadedfile import TemporaryUploadedFile

    from news.models import Document

    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "incoming"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()
    written = []

    def write(self, data):
        if written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(len(data))
        return self.file.write(data)

    monkeypatch.setattr(TemporaryUploadedFile, "write", write, raising=False)
    event = EventFactory()
    large = b"%PDF-1.4\n" + b"0" * (settings.FILE_UPLOAD_MAX_MEMORY_SIZE + 1_000_000)
    response = admin_client.post(
        "/admin/news/document/add/",
        {
            "event": event.pk,
            "title_en": "Programme",
            "kind": "programme",
            "language": "en",
            "file": SimpleUploadedFile("programme.pdf", large),
            "order": 0,
        },
    )
    assert response.status_code == 200
    assert "disk is full" in response.content.decode()
    assert not Document.objects.exists()
    assert files_under(settings.DOCUMENTS_ROOT) == []
    assert files_under(settings.FILE_UPLOAD_TEMP_DIR) == []
