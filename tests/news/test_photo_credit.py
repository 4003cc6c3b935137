"""Photo credits per language: the portal's own pictures are credited with its name in the
page's language ("Фото: Баренц-портал"), a credit given once shows in every language."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import override
from PIL import Image

from barents_portal.demo import portal_name
from news.demo import _article_fields
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def picture():
    buffer = io.BytesIO()
    Image.new("RGB", (800, 400), (20, 40, 80)).save(buffer, "JPEG")
    return SimpleUploadedFile("hero.jpg", buffer.getvalue(), content_type="image/jpeg")


def credit_on(client, article, code):
    with override(code):
        url = article.get_absolute_url()
    page = client.get(url).content.decode()
    return re.search(r'<span class="credit">(.*?)</span>', page).group(1)


def test_the_portals_own_picture_is_credited_in_each_language(client):
    article = ArticleFactory(
        image=picture(),
        **{f"image_credit_{code}": name for code, name in portal_name().items()},
    )
    assert credit_on(client, article, "ru") == "Фото: Баренц-портал"
    assert credit_on(client, article, "nb") == "Foto: Barentsportalen"
    assert credit_on(client, article, "en") == "Photo: Barents Portal"


def test_a_credit_given_once_is_shown_in_every_language(client):
    article = ArticleFactory(image=picture(), image_credit_en="Ola Nordmann")
    assert credit_on(client, article, "ru") == "Фото: Ola Nordmann"


def test_the_demo_credits_its_pictures_with_the_translated_name_not_a_literal():
    fields = _article_fields(
        {"kind": "news", "regions": [], "image": {"palette": "night"}, "title": {"en": "x"}}, 0
    )
    with override("ru"):
        assert fields["image_credit_ru"] == portal_name()["ru"] != "Barents Portal"
    assert fields["image_credit_nb"] == "Barentsportalen"
    assert fields["image_credit_en"] == "Barents Portal"
