"""A save never writes one language's text into another language's columns.

Every translated model the admin edits is covered through modeltranslation's registry
(a model added later is tested, or the test asks for its factory): an item written in one
language only is opened in the admin with the admin in each language and saved unchanged.
"""

import inspect
from html.parser import HTMLParser

import factory
import pytest
from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils import translation
from modeltranslation.translator import translator

from barents_portal import services
from barents_portal.languages import key_field, language_codes
from barents_portal.richtext import RichTextField
from barents_portal.roles import is_publishable
from barents_portal.slugs import slugify
from tests.news import factories as news_factories
from tests.projects import factories as projects_factories
from tests.secretariat import factories as secretariat_factories

pytestmark = pytest.mark.django_db

ADMIN_MODELS = sorted(
    (model for model in translator.get_registered_models() if model in admin.site._registry),
    key=lambda model: model._meta.label,
)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


class BrowserForm(HTMLParser):
    """What a browser submits for the admin's change form (no button, no file)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.append((name, attrs.get("value", "on")))
                return
            self.data.append((name, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.data.append((self._select, attrs.get("value", "")))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # Browsers drop the newline that follows <textarea>, as Django's template adds.
            self.data.append((name, text.removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None


def browser_form(html, model, form_id=None):
    parser = BrowserForm(form_id or f"{model._meta.model_name}_form")
    parser.feed(html)
    data = {}
    for name, value in parser.data:
        data.setdefault(name, []).append(value)
    return data


def factory_for(model):
    for module in (secretariat_factories, news_factories, projects_factories):
        for _name, candidate in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(candidate, factory.django.DjangoModelFactory)
                and candidate._meta.model is model
            ):
                return candidate
    pytest.fail(f"{model._meta.label} is translated and in the admin: give it a factory in tests/")


def translation_columns(model):
    options = translator.get_options_for_model(model)
    return {
        name: [field.name for field in sorted(fields, key=lambda f: f.name)]
        for name, fields in options.all_fields.items()
    }


def empty_value(field):
    return None if field.null else ""


def text_in(code, field, *, marker="text"):
    """A value of the kind `field` holds, recognisably written in `code`."""
    if isinstance(field, models.SlugField):
        return f"{marker}-{code}"
    if isinstance(field, RichTextField):
        return f"<p>Rich {marker} ({code}).</p>"
    return f"Plain {marker} ({code})"[: field.max_length or None]


def written_in_one_language(model, code):
    """An item of `model` whose every translated field is written in `code` only.

    A field the model requires (a reference list's name) is required in the default
    language by modeltranslation, so that one column is filled in it as well.
    """
    with translation.override("en"):
        item = factory_for(model)()
    required = {
        name for name in translation_columns(model) if not model._meta.get_field(name).blank
    }
    columns = {}
    for name, per_language in translation_columns(model).items():
        for column in per_language:
            field = model._meta.get_field(column)
            if field.language == code or (
                required
                and field.language == DEFAULT_LANGUAGE
                and (name in required or isinstance(field, models.SlugField))
            ):
                columns[column] = text_in(field.language, field)
            else:
                columns[column] = empty_value(field)
    model._default_manager.filter(pk=item.pk).update(**columns)
    return item


def every_translated_column():
    """All rows of all translated models, language columns only (inlines included)."""
    snapshot = {}
    for model in translator.get_registered_models():
        columns = [c for per in translation_columns(model).values() for c in per]
        for row in model._default_manager.values("pk", *columns):
            snapshot[(model._meta.label, row.pop("pk"))] = row
    return snapshot


def changed(before, after):
    return {
        (key, column): (value, after.get(key, {}).get(column))
        for key, row in before.items()
        for column, value in row.items()
        if after.get(key, {}).get(column) != value
    }


def change_url(item):
    opts = item._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{item.pk}/change/"


def open_and_save(client, item, edit=None, url=None, form_id=None):
    """Open the item's change form as a browser would and press Save (after `edit`)."""
    url = url or change_url(item)
    response = client.get(url)
    assert response.status_code == 200
    data = browser_form(response.content.decode(), type(item), form_id)
    assert data, "the change form was not found in the page"
    for name, value in (edit or {}).items():
        data[name] = [value]
    response = client.post(url, data)
    errors = response.context and response.context.get("errors")
    assert response.status_code == 302, errors or response.content.decode()[:2000]


@pytest.fixture
def admin_in(admin_client):
    def switch(code):
        admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = code
        return admin_client

    return switch


def _each_model():
    for model in ADMIN_MODELS:
        yield pytest.param(model, id=model._meta.label)


@pytest.mark.parametrize("admin_language", LANGUAGES)
@pytest.mark.parametrize("written_in", ["nb", "ru"])
@pytest.mark.parametrize("model", list(_each_model()))
def test_saving_an_item_unchanged_in_the_admin_changes_no_language(
    admin_in, model, written_in, admin_language
):
    item = written_in_one_language(model, written_in)
    before = every_translated_column()
    open_and_save(admin_in(admin_language), item)
    assert changed(before, every_translated_column()) == {}


@pytest.mark.parametrize("admin_language", LANGUAGES)
@pytest.mark.parametrize("model", list(_each_model()))
def test_changing_the_russian_text_changes_only_russian_columns(admin_in, model, admin_language):
    item = written_in_one_language(model, "nb")
    name = key_field(model)
    field = model._meta.get_field(f"{name}_ru")
    new_text = text_in("ru", field, marker="new")
    before = every_translated_column()
    open_and_save(admin_in(admin_language), item, edit={field.name: new_text})
    changes = changed(before, every_translated_column())
    key = (model._meta.label, item.pk)
    assert changes.pop((key, field.name)) == (None, new_text)
    if (key, "slug_ru") in changes:
        # A Russian slug, made from the Russian text alone.
        assert changes.pop((key, "slug_ru")) == (None, slugify(new_text))
    assert changes == {}


def test_the_registry_walk_covers_the_content_models():
    labels = {model._meta.label for model in ADMIN_MODELS}
    assert {"news.Article", "news.Event", "secretariat.Page", "projects.Programme"} <= labels
    assert set(language_codes()) == set(LANGUAGES)


@pytest.mark.parametrize("active", LANGUAGES)
@pytest.mark.parametrize(
    "model",
    sorted(translator.get_registered_models(), key=lambda model: model._meta.label),
    ids=lambda model: model._meta.label,
)
def test_saving_validating_and_publishing_in_code_changes_no_language(model, active, admin_user):
    item = written_in_one_language(model, "nb")
    before = every_translated_column()
    with translation.override(active):
        item = model._default_manager.get(pk=item.pk)
        item.full_clean(exclude=[f.name for f in model._meta.fields if f.unique])
        item.save()
        if is_publishable(model):
            services.unpublish(item, by=admin_user)
            services.publish(item, by=admin_user)
    assert changed(before, every_translated_column()) == {}


@pytest.mark.parametrize("admin_language", LANGUAGES)
def test_restoring_an_old_version_brings_back_its_languages_and_fills_no_other(
    admin_in, admin_language
):
    from news.models import Article

    article = written_in_one_language(Article, "nb")
    article = Article.objects.get(pk=article.pk)
    with translation.override("nb"):
        article.save()  # the first version, Norwegian only
        first = article.history.latest()
        article.body_nb = "<p>Second Norwegian text.</p>"
        article.save()
    before = every_translated_column()
    url = f"{change_url(article).removesuffix('change/')}history/{first.history_id}/"
    open_and_save(admin_in(admin_language), article, url=url, form_id="historicalarticle_form")
    key = ("news.Article", article.pk)
    assert changed(before, every_translated_column()) == {
        (key, "body_nb"): ("<p>Second Norwegian text.</p>", "<p>Rich text (nb).</p>")
    }


def test_a_norwegian_article_saved_with_the_admin_in_russian_still_reads_as_norwegian_in_ru(
    admin_in, client
):
    from news.models import Article

    article = written_in_one_language(Article, "nb")
    open_and_save(admin_in("ru"), article)
    article.refresh_from_db()
    assert article.body_ru is None and article.title_ru is None
    client.cookies.clear()
    with translation.override("ru"):
        page = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert "<p>Rich text (nb).</p>" in page
    assert '<h1 lang="nb">Plain text (nb)</h1>' in page
    with translation.override("ru"):
        assert (
            translation.gettext("This page is not available in Russian; it is shown in Norwegian.")
            in page
        )
