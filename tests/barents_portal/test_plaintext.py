"""Control characters: refused in the admin's text fields, removed from feeds and calendars."""

from types import SimpleNamespace

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from barents_portal.plaintext import clean, validate_no_control_characters
from news.models import Article, Document, Event, Series, Topic
from projects.models import ApplicantType, FundedProject, Funder, Programme, Theme
from secretariat.models import Page


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Tromsø\x0bKirkenes", "TromsøKirkenes"),
        ("a\x00b\x1bc\x7fd\x85e\x9ff\ufffeg", "abcdefg"),
        ("one\r\ntwo\rthree\nfour\tfive", "one\ntwo\nthree\nfour\tfive"),
        ('Мурманск, «Баренц»; "quoted" <b>', 'Мурманск, «Баренц»; "quoted" <b>'),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_removes_control_characters_and_keeps_the_text(written, kept):
    assert clean(written) == kept


@pytest.mark.parametrize("text", ["a\x0bb", "a\x0cb", "a\x00b", "a\x85b", "a\x1bb"])
def test_the_validator_refuses_a_control_character_with_a_clear_message(text):
    with pytest.raises(ValidationError) as refused:
        validate_no_control_characters(text)
    assert refused.value.code == "control_character"
    assert "control character" in refused.value.messages[0]


@pytest.mark.parametrize("text", ["plain", "tab\tand\r\nlines\nand\rbreaks", "<b>é</b>", ""])
def test_the_validator_lets_tabs_and_line_breaks_through(text):
    validate_no_control_characters(text)


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Article, ["title_nb", "title_ru", "title_en", "summary_en", "byline", "body_ru"]),
        (Topic, ["name_en", "description_nb"]),
        (Event, ["title_ru", "summary_en", "location_nb", "city_en", "theme_en"]),
        (Series, ["title_en", "summary_nb"]),
        (Document, ["title_ru"]),
        (Programme, ["name_nb", "summary_en"]),
        (Funder, ["name_en"]),
        (Theme, ["name_ru"]),
        (ApplicantType, ["name_nb"]),
        (FundedProject, ["title_en", "summary_ru"]),
        (Page, ["title_nb", "summary_en"]),
    ],
)
def test_every_translated_text_field_in_the_admin_refuses_control_characters(
    admin_user, model, fields
):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    request.resolver_match = SimpleNamespace(kwargs={})  # an add page
    model_admin = admin.site._registry[model]
    form_fields = model_admin.get_form(request).base_fields
    for name in fields:
        assert validate_no_control_characters in form_fields[name].validators, name
    for inline in model_admin.get_inline_instances(request):
        formset = inline.get_formset(request)
        for name, field in formset.form.base_fields.items():
            if name.startswith(("title", "summary")):
                assert validate_no_control_characters in field.validators, name


@pytest.mark.django_db
def test_an_article_with_a_pasted_vertical_tab_is_refused_with_a_form_error(admin_client):
    response = admin_client.post(
        "/admin/news/article/add/",
        {
            "title_en": "New\x0bscholarship",
            "summary_en": "Two lines\r\nof summary\tare fine.",
            "kind": "news",
            "status": "draft",
            "featured_order": 0,
        },
    )
    assert response.status_code == 200
    assert "invisible control character" in response.content.decode()
    assert not Article.objects.exists()
