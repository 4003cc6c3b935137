"""Meeting documents: which files we accept, judged by their content, not their name.

Accepted are PDF and the office formats without macros: Word, Excel and PowerPoint
(Office Open XML) and their OpenDocument counterparts. A file must be what its content
says it is, carry the matching extension, and stay under the size cap. Documents are
served by a view (`news.views.DocumentDownloadView`) as attachments with `nosniff`, never
straight from the media directory, so a file is only reachable while its event is public.
"""

import posixpath
import zipfile
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from barents_portal.slugs import slugify
from barents_portal.storage import AtomicFileSystemStorage

MAX_BYTES = 25 * 1024 * 1024
MAX_CONTENT_TYPES_BYTES = 1024 * 1024


@dataclass(frozen=True)
class FileFormat:
    extension: str
    content_type: str
    label: str


PDF = FileFormat("pdf", "application/pdf", "PDF")
OOXML = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": FileFormat(
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word",
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": FileFormat(
        "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        FileFormat(
            "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "PowerPoint",
        )
    ),
}
ODF = {
    "application/vnd.oasis.opendocument.text": FileFormat(
        "odt", "application/vnd.oasis.opendocument.text", "OpenDocument"
    ),
    "application/vnd.oasis.opendocument.spreadsheet": FileFormat(
        "ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument"
    ),
    "application/vnd.oasis.opendocument.presentation": FileFormat(
        "odp", "application/vnd.oasis.opendocument.presentation", "OpenDocument"
    ),
}
FORMATS_BY_EXTENSION = {
    fmt.extension: fmt for fmt in [PDF, *OOXML.values(), *ODF.values()]
}  # fmt: skip


def _not_accepted():
    return ValidationError(
        _(
            "The file is not a document we accept: PDF, Word, Excel, PowerPoint or "
            "OpenDocument (without macros)."
        ),
        code="not_document",
    )


def _sniff_zip(file):
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_accepted() from exc
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        # OpenDocument: the first entry is an uncompressed `mimetype` naming the format.
        if infos and infos[0].filename == "mimetype":
            if infos[0].file_size > 200:
                raise _not_accepted()
            mimetype = archive.read(infos[0]).decode("ascii", "replace").strip()
            if mimetype in ODF:
                return ODF[mimetype]
            raise _not_accepted()
        # Office Open XML: [Content_Types].xml names the main part's type.
        if "[Content_Types].xml" not in names:
            raise _not_accepted()
        if any("vbaproject" in name.lower() for name in names):
            raise _not_accepted()
        info = archive.getinfo("[Content_Types].xml")
        if info.file_size > MAX_CONTENT_TYPES_BYTES:
            raise _not_accepted()
        content_types = archive.read(info).decode("utf-8", "replace")
        for main_type, fmt in OOXML.items():
            if f'ContentType="{main_type}"' in content_types:
                return fmt
    raise _not_accepted()


def sniff(file):
    """The FileFormat of a file by its content, or ValidationError."""
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, 2)
        size = file.tell()
    if size > MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s MB; the limit is %(limit)s MB."),
            code="too_large",
            params={"size": round(size / 1024 / 1024, 1), "limit": MAX_BYTES // 1024 // 1024},
        )
    file.seek(0)
    try:
        head = file.read(8)
        file.seek(0)
        if head.startswith(b"%PDF-"):
            return PDF
        if head.startswith(b"PK\x03\x04"):
            return _sniff_zip(file)
        raise _not_accepted()
    finally:
        file.seek(0)


def validate_document(fieldfile):
    """Model field validator: content, size and a matching extension."""
    if getattr(fieldfile, "_committed", False):
        return  # already stored: it was checked on its way in
    file = fieldfile.file if hasattr(fieldfile, "file") else fieldfile
    fmt = sniff(file)
    extension = posixpath.splitext(getattr(fieldfile, "name", "") or "")[1].lower().lstrip(".")
    if extension != fmt.extension:
        raise ValidationError(
            _("The file is a %(format)s document, so its name must end in .%(extension)s."),
            code="extension_mismatch",
            params={"format": fmt.label, "extension": fmt.extension},
        )


class DocumentStorage(AtomicFileSystemStorage):
    """Files under settings.DOCUMENTS_ROOT, outside MEDIA_ROOT: only the view serves them.

    The location is read from the settings on every use, so tests can point it elsewhere.
    Written like the media: complete or not at all (barents_portal.storage).
    """

    @property
    def base_location(self):
        return settings.DOCUMENTS_ROOT

    @property
    def location(self):
        return str(settings.DOCUMENTS_ROOT)

    @cached_property
    def base_url(self):
        return None


def document_storage():
    return DocumentStorage()


class DocumentFieldFile(FieldFile):
    """A stored document whose `url` is the staff download in the admin.

    The storage has no URL on purpose (files are outside the media directory), but Django's
    file widget and read-only display ask every file for one: they answered 500. Staff get
    the admin's download view, which serves drafts too; visitors use the public view
    (`Document.get_absolute_url`).
    """

    @property
    def url(self):
        self._require_file()
        document_id = getattr(self.instance, "id", None)
        if document_id is None:
            return ""
        return reverse("admin:news_document_file", args=[document_id])


class DocumentFileField(models.FileField):
    attr_class = DocumentFieldFile

    def deconstruct(self):
        # Only the Python side differs from a FileField: migrations need not know it.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.FileField", args, kwargs


def attachment_response(document):
    """The document's file as an attachment that no browser renders or sniffs."""
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, ValueError) as exc:
        raise Http404("The file is missing.") from exc
    response = FileResponse(handle, content_type=document.content_type)
    response["Content-Disposition"] = attachment_header(
        document.download_name(), fallback=f"document-{document.pk}.{document.file_format}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def attachment_header(filename, fallback):
    """RFC 6266 with an ASCII fallback and the real name in RFC 5987 `filename*`."""
    ascii_name = slugify(posixpath.splitext(filename)[0])
    extension = posixpath.splitext(filename)[1]
    ascii_name = f"{ascii_name}{extension}" if ascii_name else fallback
    cleaned = "".join(ch for ch in filename if ch.isprintable() and ch not in '/\\"')
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(cleaned, safe='')}"
