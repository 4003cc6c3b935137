"""Meeting documents: accepted by content, size-capped, served safely while public."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from news import documents
from news.models import Document
from tests.news.factories import MINIMAL_PDF, DocumentFactory, EventFactory

pytestmark = pytest.mark.django_db

DOCX_TYPES = (
    '<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="'
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCM_TYPES = DOCX_TYPES.replace(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
)


def zipped(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zipped([("[Content_Types].xml", DOCX_TYPES), ("word/document.xml", "<w:document/>")])
ODT = zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")])


def check(name, data):
    documents.validate_document(SimpleUploadedFile(name, data))


@pytest.mark.parametrize(
    ("name", "data"),
    [("programme.pdf", MINIMAL_PDF), ("conclusions.docx", DOCX), ("speech.odt", ODT)],
)
def test_pdf_and_office_documents_are_accepted(name, data):
    check(name, data)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.pdf", b"<html><script>alert(1)</script></html>"),
        ("archive.docx", zipped([("readme.txt", "hello")])),
        ("macro.docx", zipped([("[Content_Types].xml", DOCM_TYPES)])),
        (
            "vba.docx",
            DOCX[:0] + zipped([("[Content_Types].xml", DOCX_TYPES), ("word/vbaProject.bin", "x")]),
        ),
        ("other.odt", zipped([("mimetype", "application/x-something"), ("content.xml", "<x/>")])),
        ("truncated.docx", b"PK\x03\x04broken"),
        ("empty.pdf", b""),
    ],
)
def test_other_files_are_refused_by_their_content(name, data):
    with pytest.raises(ValidationError) as error:
        check(name, data)
    assert error.value.code == "not_document"


def test_a_document_must_carry_the_extension_of_what_it_is():
    with pytest.raises(ValidationError) as error:
        check("programme.docx", MINIMAL_PDF)
    assert error.value.code == "extension_mismatch"


def test_a_document_over_the_size_cap_is_refused(monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 10)
    with pytest.raises(ValidationError) as error:
        check("programme.pdf", MINIMAL_PDF)
    assert error.value.code == "too_large"


def test_documents_are_stored_outside_the_media_directory(settings):
    document = DocumentFactory()
    path = document.file.path
    assert path.startswith(str(settings.DOCUMENTS_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert (document.file_format, document.file_size) == ("pdf", len(MINIMAL_PDF))


def test_a_public_document_downloads_as_an_attachment_with_nosniff(client):
    document = DocumentFactory(title_en="Программа встречи", language="ru", event=EventFactory())
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="programma-vstrechi-ru.pdf"; ')
    assert "filename*=UTF-8''%D0%9F%D1%80%D0%BE%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0" in disposition
    assert b"".join(response.streaming_content) == MINIMAL_PDF


def test_a_document_whose_file_is_gone_is_a_404_not_a_500(client):
    document = DocumentFactory()
    document.file.storage.delete(document.file.name)
    assert client.get(document.get_absolute_url()).status_code == 404


def test_a_language_version_must_belong_to_the_same_event_and_be_of_an_original():
    original = DocumentFactory()
    version = DocumentFactory(event=original.event, language="ru", translation_of=original)
    elsewhere = Document(event=EventFactory(), title_en="x", translation_of=original)
    with pytest.raises(ValidationError):
        elsewhere.clean()
    chained = Document(event=original.event, title_en="x", translation_of=version)
    with pytest.raises(ValidationError):
        chained.clean()


def test_staff_open_a_documents_admin_page_and_download_its_file_while_the_event_is_a_draft(
    admin_client,
):
    document = DocumentFactory(event=EventFactory(status="draft"))
    url = f"/admin/news/document/{document.pk}/file/"
    for page in (f"/admin/news/document/{document.pk}/change/", "/admin/news/event/"):
        assert admin_client.get(page).status_code == 200
    event_page = admin_client.get(f"/admin/news/event/{document.event_id}/change/")
    assert f'href="{url}"' in event_page.content.decode()
    response = admin_client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; ")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == MINIMAL_PDF


def test_the_staff_download_is_refused_to_staff_without_a_right_to_documents(client, login_as):
    from barents_portal.roles import OFFICE_MANAGER

    document = DocumentFactory()
    login_as(OFFICE_MANAGER)
    assert client.get(f"/admin/news/document/{document.pk}/file/").status_code == 403
    client.logout()
    response = client.get(f"/admin/news/document/{document.pk}/file/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
