"""Translators translate: they change target-language fields only, with the source beside.

A translator may not change an item's source language (the one recorded when it was
created, else its first language with text, else Norwegian), nor any slug, nor anything
that is not a translation — whatever the POST carries.
"""

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from modeltranslation.translator import translator

from barents_portal.languages import key_field
from barents_portal.models import TranslationRevision
from barents_portal.roles import EDITOR, TRANSLATOR
from barents_portal.translations import translated_models
from news.models import Article
from projects.models import Call
from tests.news.factories import (
    ArticleFactory,
    DocumentFactory,
    EventFactory,
    SeriesFactory,
    TopicFactory,
)
from tests.projects.factories import (
    ApplicantTypeFactory,
    CallFactory,
    FundedProjectFactory,
    FunderFactory,
    PartnerFactory,
    ProgrammeFactory,
    ThemeFactory,
)
from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db

FACTORIES = {
    factory._meta.model: factory
    for factory in (
        TopicFactory,
        ArticleFactory,
        SeriesFactory,
        EventFactory,
        DocumentFactory,
        ThemeFactory,
        ApplicantTypeFactory,
        FunderFactory,
        ProgrammeFactory,
        FundedProjectFactory,
        OfficeFactory,
        StaffMemberFactory,
        PageFactory,
    )
}
TAMPERED_SLUG = "changed-by-a-translator"


def columns(model):
    """(original field, language, column name) of every per-language column of `model`."""
    options = translator.get_options_for_model(model)
    return [
        (model._meta.get_field(original), column.language, column.name)
        for original, fields in options.all_fields.items()
        for column in fields
    ]


def norwegian_item(model):
    """An item of `model` with Norwegian text in each of its translated text fields."""
    item = FACTORIES[model]()
    if hasattr(item, "status"):
        # A draft: a change to a live item waits for a publisher (tests/…/test_pending.py).
        item.status = "draft"
    for original, language, name in columns(model):
        if language == "nb" and not isinstance(original, models.SlugField):
            setattr(item, name, getattr(item, name) or f"Norsk {original.name}")
    item.save()
    return item


def form_data(item, **changes):
    data = {name: getattr(item, name) or "" for _field, _language, name in columns(type(item))}
    data.update(changes)
    return data


def test_every_translated_model_with_an_admin_page_is_tested_here():
    registered = {model for model in translated_models() if admin.site.is_registered(model)}
    assert registered == set(FACTORIES)


@pytest.mark.parametrize("model", list(FACTORIES), ids=lambda model: model.__name__)
def test_a_crafted_post_from_a_translator_changes_neither_source_nor_slugs(client, login_as, model):
    login_as(TRANSLATOR)
    item = norwegian_item(model)
    before = {name: getattr(item, name) for _field, _language, name in columns(model)}
    key = key_field(model)
    tampered = {}
    for original, language, name in columns(model):
        if isinstance(original, models.SlugField):
            tampered[name] = TAMPERED_SLUG
        elif language == "nb":
            tampered[name] = "Endret av en oversetter"
    data = form_data(item, **tampered, **{f"{key}_ru": "Перевод"})
    if model.__name__ == "Programme":
        data.update({"calls-TOTAL_FORMS": "0", "calls-INITIAL_FORMS": "0"})
    if model.__name__ == "FundedProject":  # the partners' names are translated in place
        data.update({"partners-TOTAL_FORMS": "0", "partners-INITIAL_FORMS": "0"})
    if model.__name__ == "Office":  # its earlier addresses' notes are translated in place
        data.update(
            {"previous_addresses-TOTAL_FORMS": "0", "previous_addresses-INITIAL_FORMS": "0"}
        )
    opts = model._meta

    response = client.post(f"/admin/{opts.app_label}/{opts.model_name}/{item.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert getattr(item, f"{key}_ru") == "Перевод"
    for original, language, name in columns(model):
        if isinstance(original, models.SlugField):
            assert getattr(item, name) != TAMPERED_SLUG, name
        if language == "nb":
            assert getattr(item, name) == before[name], name


def test_the_recorded_source_language_is_the_one_a_translator_cannot_change(client, login_as):
    login_as(TRANSLATOR)
    page = PageFactory(title_en="Written in English", title_nb="", title_ru="", status="draft")
    TranslationRevision.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=page.pk,
        language="en",
        is_source=True,
        updated_at=timezone.now(),
    )
    client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        form_data(page, title_en="Changed", title_nb="Skrevet på norsk"),
    )
    page.refresh_from_db()
    assert (page.title_en, page.title_nb) == ("Written in English", "Skrevet på norsk")


def test_a_translator_translates_a_programmes_calls_but_adds_none(client, login_as):
    login_as(TRANSLATOR)
    programme = norwegian_item(ProgrammeFactory._meta.model)
    call = CallFactory(programme=programme, title_nb="Søknadsrunde", title_ru="")
    data = form_data(
        programme,
        **{
            "calls-TOTAL_FORMS": "2",
            "calls-INITIAL_FORMS": "1",
            "calls-0-id": call.pk,
            "calls-0-programme": programme.pk,
            "calls-0-title_nb": "Endret",
            "calls-0-title_ru": "Приём заявок",
            "calls-0-title_en": call.title_en,
            "calls-1-programme": programme.pk,
            "calls-1-title_ru": "Новый конкурс",
            "calls-1-title_en": "A new call",
        },
    )
    response = client.post(f"/admin/projects/programme/{programme.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    call.refresh_from_db()
    assert (call.title_nb, call.title_ru) == ("Søknadsrunde", "Приём заявок")
    assert Call.objects.count() == 1


def test_a_translator_names_a_projects_partners_in_russian_in_place(client, login_as):
    login_as(TRANSLATOR)
    project = norwegian_item(FundedProjectFactory._meta.model)
    partner = PartnerFactory(
        project=project,
        organisation_nb="Murmansk fylkesbibliotek",
        organisation_en="Murmansk Regional Library",
        country="RU",
    )
    data = form_data(
        project,
        **{
            "partners-TOTAL_FORMS": "1",
            "partners-INITIAL_FORMS": "1",
            "partners-0-id": partner.pk,
            "partners-0-project": project.pk,
            "partners-0-organisation_nb": "Endret av en oversetter",
            "partners-0-organisation_en": "Murmansk Regional Library",
            "partners-0-organisation_ru": "Мурманская областная библиотека",
        },
    )
    response = client.post(f"/admin/projects/fundedproject/{project.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    partner.refresh_from_db()
    assert partner.organisation_ru == "Мурманская областная библиотека"
    assert partner.organisation_nb == "Murmansk fylkesbibliotek"  # the source stays


def test_a_translator_sees_the_norwegian_source_beside_each_field_and_no_source_input(
    client, login_as
):
    login_as(TRANSLATOR)
    article = ArticleFactory(
        title_nb="Nordlys <script>alert(1)</script>",
        title_ru="",
        body_nb="<h2>Mellomtittel</h2><p>Brødtekst.</p>",
        body_ru="",
    )
    html = client.get(f"/admin/news/article/{article.pk}/change/?language=ru").content.decode()

    assert 'name="title_ru"' in html and 'name="body_ru"' in html
    for name in ("title_nb", "body_nb", "slug_nb", "slug_ru", "slug_en"):
        assert f'name="{name}"' not in html, name
    assert 'id="id_title_ru_source"' in html
    assert 'aria-describedby="id_title_ru_source"' in html
    assert "Nordlys &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    # Rich text reads as text, not as tags.
    assert '<div class="translation-source-text" lang="nb"><h2>Mellomtittel</h2>' in html
    assert "Norwegian Bokmål (source)" in html


def test_an_editor_sees_the_source_too_and_still_edits_every_language(client, login_as):
    login_as(EDITOR)
    article = ArticleFactory(title_nb="Nordlys", title_ru="")
    html = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert 'name="title_nb"' in html and 'name="title_ru"' in html
    assert 'id="id_title_ru_source"' in html and 'id="id_title_nb_source"' not in html


def test_the_admin_language_changes_the_label_not_the_source(client, login_as):
    login_as(TRANSLATOR)
    article = ArticleFactory(title_nb="Nordlys", title_ru="")
    client.cookies["django_language"] = "ru"
    html = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert "(оригинал)" in html
    assert Article.objects.get().title_nb == "Nordlys"
