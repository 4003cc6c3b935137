import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from barents_portal import images
from barents_portal.images import inspect_image
from tests.secretariat.factories import StaffMemberFactory


def encoded(fmt, size=(800, 600), **options):
    out = io.BytesIO()
    Image.new("RGB", size, (20, 80, 140)).save(out, fmt, **options)
    return out.getvalue()


def upload(name, data):
    return SimpleUploadedFile(name, data)


def test_a_normal_jpeg_is_accepted():
    assert inspect_image(upload("photo.jpg", encoded("JPEG"))) == ("JPEG", 800, 600, 1)


def test_a_decompression_bomb_png_of_a_few_kilobytes_is_refused():
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG", optimize=True)
    assert len(out.getvalue()) < 100_000
    with pytest.raises(ValidationError) as error:
        inspect_image(upload("bomb.png", out.getvalue()))
    assert error.value.code == "too_many_pixels"


def test_an_html_file_named_jpg_is_refused():
    with pytest.raises(ValidationError) as error:
        inspect_image(upload("photo.jpg", b"<html><script>alert(1)</script></html>"))
    assert error.value.code == "not_image"


def test_a_png_named_jpg_is_refused():
    with pytest.raises(ValidationError) as error:
        inspect_image(upload("photo.jpg", encoded("PNG")))
    assert error.value.code == "extension_mismatch"


def test_a_300_frame_gif_is_refused_because_every_frame_counts():
    frames = [Image.new("P", (1000, 1000), i % 255) for i in range(300)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    with pytest.raises(ValidationError) as error:
        inspect_image(upload("anim.gif", out.getvalue()))
    assert error.value.code == "too_many_pixels"


def test_an_oversized_file_is_refused(monkeypatch):
    monkeypatch.setattr(images, "MAX_BYTES", 1000)
    with pytest.raises(ValidationError) as error:
        inspect_image(upload("photo.jpg", encoded("JPEG")))
    assert error.value.code == "too_large"


@pytest.mark.django_db
def test_a_saved_image_is_reencoded_without_appended_data_and_gets_renditions():
    data = encoded("PNG", size=(1200, 900)) + b"<html><script>alert(1)</script></html>"
    person = StaffMemberFactory(photo=ContentFile(data, name="portrait.png"))
    person.refresh_from_db()
    stored = default_storage.open(person.photo.name).read()
    assert b"<script>" not in stored
    assert (person.photo_width, person.photo_height) == (1200, 900)
    for width in (480, 960):
        for extension in ("webp", "jpg"):
            assert default_storage.exists(
                images.rendition_name(person.photo.name, width, extension)
            )


@pytest.mark.django_db
def test_the_admin_form_shows_a_clear_error_for_a_bomb(admin_client, head_office):
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG", optimize=True)
    person = head_office.staff.get()
    response = admin_client.post(
        f"/admin/secretariat/staffmember/{person.pk}/change/",
        {
            "name": person.name,
            "job_title_en": "Adviser",
            "office": head_office.pk,
            "order": 0,
            "active": "on",
            "photo": upload("bomb.png", out.getvalue()),
        },
    )
    assert response.status_code == 200
    assert (
        "too many pixels" in response.content.decode() or "megapixels" in response.content.decode()
    )


@pytest.mark.django_db
def test_the_picture_tag_gives_srcset_dimensions_and_lazy_loading_without_opening_files(
    django_assert_num_queries,
):
    from django.template import Context, Template

    person = StaffMemberFactory(photo=ContentFile(encoded("JPEG", (1200, 800)), name="p.jpg"))
    template = Template('{% load portal %}{% picture person.photo alt="Portrait" sizes="50vw" %}')
    with django_assert_num_queries(0):
        html = template.render(Context({"person": person}))
    assert '<source type="image/webp" srcset="' in html
    assert ".w480.webp 480w" in html and ".w960.jpg 960w" in html
    assert 'width="960" height="640"' in html
    assert 'alt="Portrait"' in html and 'loading="lazy"' in html


def truncated_jpeg():
    """A photo cut off half-way, as an interrupted copy leaves it: its header is intact."""
    noisy = Image.effect_noise((800, 600), 60).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, "JPEG", quality=90)
    data = out.getvalue()
    return data[: len(data) // 2]


def test_a_truncated_jpeg_passes_pillows_verify_but_is_refused_as_broken():
    data = truncated_jpeg()
    Image.open(io.BytesIO(data)).verify()  # what the header check alone would accept
    with pytest.raises(ValidationError) as error:
        inspect_image(upload("photo.jpg", data))
    assert error.value.code == "broken_image"


@pytest.mark.django_db
def test_a_truncated_jpeg_as_an_article_image_is_a_form_error_not_a_500(admin_client):
    from news.models import Article

    response = admin_client.post(
        "/admin/news/article/add/",
        {
            "title_nb": "Bilde som brast",
            "kind": "news",
            "regions": ["FI-10"],
            "status": "draft",
            "featured_order": 0,
            "image": upload("photo.jpg", truncated_jpeg()),
            "image_alt_nb": "Et bilde",
        },
    )
    assert response.status_code == 200
    assert "damaged or incomplete" in response.content.decode()
    assert not Article.objects.exists()
