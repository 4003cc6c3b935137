"""What still needs translating, and the translator's form.

The admin records, on every save, which languages' fields the form changed
(`record_edit`), and on creation which language the item was written in first: its
source. A translation is *outdated* when its source language was edited after it.
Items saved outside the admin (the demo, imports) have no record: their source is the
first language (of settings.LANGUAGES) they have text in, and their filled languages
count as complete.

A translator edits the other languages' fields of an item, never its source language's
and never a slug (slugs are made from the titles on save). Every target-language field
shows the source text beside it (`with_sources`), for whoever translates.
"""

from dataclasses import dataclass, field
from functools import cache

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.forms import BoundField
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from barents_portal.languages import fallback_chain, key_field, language_codes, language_name
from barents_portal.models import TranslationRevision
from barents_portal.richtext import RichTextField, sanitize_html
from barents_portal.roles import content_models, is_translated

MISSING, COMPLETE, OUTDATED = "missing", "complete", "outdated"
STATES = {MISSING: _("Missing"), COMPLETE: _("Complete"), OUTDATED: _("Outdated")}
TO_DO = {MISSING, OUTDATED}


def changed_languages(model, changed_fields):
    from barents_portal.admin import translation_field_names

    names = translation_field_names(model)
    return {name.rsplit("_", 1)[1] for name in changed_fields if name in names}


@transaction.atomic
def record_edit(obj, languages, *, by, created=False, preferred=None):
    """Note that `languages` of `obj` were edited now; on creation, also its source."""
    if not languages:
        return
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    source = None
    if created:
        order = fallback_chain(preferred) if preferred in language_codes() else language_codes()
        source = next((code for code in order if code in languages), None)
    now = timezone.now()
    for code in languages:
        TranslationRevision.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            language=code,
            defaults={
                "updated_at": now,
                "updated_by": by,
                **({"is_source": True} if code == source else {}),
            },
        )


# --- Source and target languages ---------------------------------------------------------
def default_source(present):
    """The source of an item nobody recorded one for: its first language with text."""
    return next((code for code in language_codes() if code in present), language_codes()[0])


def source_language(obj):
    """The language `obj` was written in first (cached on the instance: one query)."""
    if "_translation_source" not in obj.__dict__:
        recorded = None
        if obj.pk is not None:
            recorded = (
                TranslationRevision.objects.filter(
                    content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
                    object_id=obj.pk,
                    is_source=True,
                )
                .values_list("language", flat=True)
                .first()
            )
        key = key_field(obj)
        present = {code for code in language_codes() if getattr(obj, f"{key}_{code}", None)}
        obj.__dict__["_translation_source"] = recorded or default_source(present)
    return obj.__dict__["_translation_source"]


def translation_column(model, name):
    """(original field, language) for a per-language column such as `title_ru`, else None."""
    try:
        column = model._meta.get_field(name)
    except FieldDoesNotExist:  # a form field that is no model field
        return None
    original = getattr(column, "translated_field", None)
    if original is None:
        return None
    return original, column.language


def is_slug(model_field):
    return isinstance(model_field, models.SlugField)


def translator_readonly_fields(model, source):
    """The per-language columns a translator may not change: the source's and every slug."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return [
        column.name
        for original, columns in options.all_fields.items()
        for column in columns
        if column.language == source or is_slug(model._meta.get_field(original))
    ]


# --- The source beside each field --------------------------------------------------------
def render_source(model_field, value):
    """Rich text as the reader sees it (sanitised again), plain text as escaped text."""
    if isinstance(model_field, RichTextField):
        return mark_safe(sanitize_html(value))  # noqa: S308 - nh3's allow-list output
    return linebreaksbr(value, autoescape=True)


@dataclass(frozen=True)
class SourceText:
    language: str
    html: str


class SourceBesideBoundField(BoundField):
    """The field's widget, then its source text, read-only; the input names it as its
    description so a screen reader reads the source with the field."""

    @property
    def source_id(self):
        return f"{self.auto_id}_source" if self.auto_id else ""

    @property
    def aria_describedby(self):
        described = super().aria_describedby
        if described is None:  # the widget sets its own
            return None
        return " ".join(part for part in (described, self.source_id) if part)

    def __str__(self):
        source = self.field.translation_source
        label = gettext("%(language)s (source)") % {
            "language": capfirst(language_name(source.language))
        }
        return super().__str__() + format_html(
            '<div class="translation-source"{}>'
            '<p class="translation-source-label">{}</p>'
            '<div class="translation-source-text" lang="{}">{}</div></div>',
            format_html(' id="{}"', self.source_id) if self.source_id else "",
            label,
            source.language,
            source.html,
        )

    __html__ = __str__


def attach_sources(form, source):
    """Give every target-language field of a bound model form its source text."""
    instance = form.instance
    if instance.pk is None:
        return
    model = type(instance)
    for name, form_field in form.fields.items():
        column = translation_column(model, name)
        if column is None:
            continue
        original, language = column
        if language == source or is_slug(original):
            continue
        value = getattr(instance, f"{original.name}_{source}", None)
        if not value:
            continue
        form_field.translation_source = SourceText(source, render_source(original, value))
        form_field.bound_field_class = SourceBesideBoundField


def with_sources(form_class, source=None):
    """`form_class` showing the source text beside each target-language field.

    `source` fixes the source language (an inline's rows follow their parent); without
    it, each form asks its own instance.
    """

    class SourceBesideForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            attach_sources(self, source or source_language(self.instance))

    SourceBesideForm.__name__ = form_class.__name__
    return SourceBesideForm


# --- The dashboard -----------------------------------------------------------------------
def translated_models():
    return [model for model in content_models() if is_translated(model)]


@dataclass(frozen=True)
class Editor:
    """Where a model's items are edited: its own admin, or its parent's (as an inline)."""

    model_admin: admin.ModelAdmin
    parent_field: str | None = None  # the foreign key to the parent, for an inline
    prefix: str | None = None  # the inline formset's prefix (`calls`)

    @classmethod
    def of(cls, model):
        return _editor_of(model)


@cache
def _editor_of(model, site=admin.site):
    """Found once per model: the admin registry does not change while the site runs."""
    if site.is_registered(model):
        return Editor(site.get_model_admin(model))
    for parent_admin in site._registry.values():
        for inline in parent_admin.inlines:
            if inline.model is model:
                fk = next(
                    f
                    for f in model._meta.fields
                    if f.is_relation
                    and f.related_model is parent_admin.model
                    and (inline.fk_name is None or f.name == inline.fk_name)
                )
                return Editor(
                    parent_admin,
                    fk.attname,
                    fk.remote_field.get_accessor_name(model=model).replace("+", ""),
                )
    return None


@dataclass
class Row:
    model: type
    pk: int
    title: str
    source: str
    states: dict = field(default_factory=dict)
    parent_pk: int | None = None
    index: int = 0  # position among its parent's inline rows

    @property
    def section(self):
        return self.model._meta.verbose_name_plural

    @property
    def editor(self):
        return Editor.of(self.model)

    @property
    def change_url(self):
        """The item's change page; an inline item's (a call's) is its parent's."""
        editor = self.editor
        if editor is None:
            return None
        opts = editor.model_admin.model._meta
        pk = self.pk if editor.parent_field is None else self.parent_pk
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])

    def field_id(self, code):
        key = key_field(self.model)
        editor = self.editor
        if editor is not None and editor.prefix:
            return f"id_{editor.prefix}-{self.index}-{key}_{code}"
        return f"id_{key}_{code}"

    def translate_url(self, code):
        """The change page opened on `code`'s tab with its first field focused."""
        return f"{self.change_url}?language={code}#{self.field_id(code)}"


def dashboard_rows():
    """One row per translated content item: a query per model, one for the revisions."""
    revisions = {}
    for revision in TranslationRevision.objects.all():
        revisions.setdefault((revision.content_type_id, revision.object_id), {})[
            revision.language
        ] = revision
    codes = language_codes()
    rows = []
    for model in translated_models():
        content_type = ContentType.objects.get_for_model(model)
        key = key_field(model)
        editor = Editor.of(model)
        parent = editor.parent_field if editor is not None else None
        columns = [f"{key}_{code}" for code in codes]
        if parent:
            # In the order of the parent's inline rows, so a row knows its form's index.
            items = model._default_manager.values_list("pk", parent, *columns).order_by(
                parent, *(model._meta.ordering or ["pk"])
            )
        else:
            items = (
                (pk, None, *values)
                for pk, *values in model._default_manager.values_list("pk", *columns).order_by("pk")
            )
        previous_parent, index = None, 0
        for pk, parent_pk, *values in items:
            index = index + 1 if parent and parent_pk == previous_parent else 0
            previous_parent = parent_pk
            present = {code for code, value in zip(codes, values, strict=True) if value}
            edits = revisions.get((content_type.id, pk), {})
            recorded = next((r for r in edits.values() if r.is_source), None)
            source = recorded.language if recorded else default_source(present)
            row = Row(
                model=model,
                pk=pk,
                title=next((v for v in values if v), "") or f"#{pk}",
                source=source,
                parent_pk=parent_pk if parent else None,
                index=index,
            )
            for code in codes:
                if code not in present:
                    row.states[code] = MISSING
                elif (
                    recorded is not None
                    and code != source
                    and code in edits
                    and edits[code].updated_at < recorded.updated_at
                ):
                    row.states[code] = OUTDATED
                else:
                    row.states[code] = COMPLETE
            rows.append(row)
    return rows


def counts(rows):
    return {
        code: {state: sum(1 for row in rows if row.states[code] == state) for state in STATES}
        for code in language_codes()
    }
