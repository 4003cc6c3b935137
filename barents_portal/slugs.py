"""Per-language slugs that read well in Latin letters, and finding an item by any of them.

Django's own slugify drops Cyrillic (`Сотрудничество` → ``) and Norwegian letters
(`Ærlig økonomi` → `rlig-konomi`); python-slugify transliterates them instead
(`sotrudnichestvo`, `aerlig-okonomi`).

A model declares `slug = TranslatedSlugField(source="title")` and registers `slug` for
translation; modeltranslation then adds one column per language (slug_nb, slug_ru, slug_en).
The field fills them when the item is saved and declares their unique constraints. Its
queryset mixes in `TranslatedSlugQuerySet`, whose `get_by_slug()` finds an item by the slug
of any language: modeltranslation's fallbacks apply when reading a field but not in
filters, so under /ru/ an item without a Russian slug is linked with its English (or
Norwegian) one.
"""

import functools
import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from slugify import slugify as _slugify

from barents_portal.languages import fallback_chain, language_codes

MAX_LENGTH = 80
# A slug that reverse() would put into the URL unchanged (no quoting, `slug` converter).
PLAIN_SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")
PLACEHOLDER = "slug-placeholder-7f3a"


def slugify(text: str) -> str:
    return _slugify(text or "", max_length=MAX_LENGTH, word_boundary=True, lowercase=True)


class TranslatedSlugField(models.SlugField):
    """A slug per language, made from the `source` field of the same language.

    On every save (also `bulk_create`, which runs `pre_save` too) each language that has a
    source text but no slug gets a unique, transliterated one; a slug once given is kept (a
    link shared stays valid when the title changes); a language with neither a source text
    nor a slug is NULL, not "", so that untranslated rows never collide. Uniqueness is per language
    column: one unique constraint each, declared here for the model. The base column that
    modeltranslation keeps is not unique: it holds whatever language was active when the
    row was saved, so an English slug there could collide with another item's Norwegian one.

    `bulk_create` cannot see the other rows of its own batch: rows created in bulk with the
    same title in one language need their slugs set by the caller.
    """

    def __init__(self, verbose_name=None, *, source="title", **kwargs):
        self.source = source
        kwargs.setdefault("max_length", MAX_LENGTH)
        # NULL, not "", for an untranslated slug: the unique constraints ignore NULLs. With
        # null=True, modeltranslation stores a blank form input as NULL too.
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        # The unique constraints index every language column; the base column needs none.
        kwargs.setdefault("db_index", False)
        super().__init__(verbose_name or _("slug"), **kwargs)

    def deconstruct(self):
        # Migrations see a plain SlugField: filling slugs is Python behaviour that the
        # historical models of a data migration do not need, and the column is the same.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.SlugField", args, kwargs

    def contribute_to_class(self, cls, name, **kwargs):
        # Copies of the field are contributed too: modeltranslation's columns (they carry
        # `language`) and django-simple-history's historical models (copies of a field
        # already attached to its model). Only the declaring model owns the slugs.
        is_copy = hasattr(self, "language") or (
            getattr(self, "model", None) is not None and not self.model._meta.abstract
        )
        super().contribute_to_class(cls, name, **kwargs)
        if is_copy or cls._meta.abstract:
            return
        self.slug_model = cls
        constraints = [
            models.UniqueConstraint(
                fields=[f"{name}_{code}"], name=f"{cls._meta.model_name}_unique_{name}_{code}"
            )
            for code in language_codes()
        ]
        cls._meta.constraints = [*cls._meta.constraints, *constraints]
        # Migrations read the constraints of the models whose Meta declares some.
        cls._meta.original_attrs["constraints"] = cls._meta.constraints

    def pre_save(self, instance, add):
        # The base column's pre_save runs first and fills every language, so the value it
        # stores (the active language's, with fallbacks) is the filled one; a language
        # column's pre_save fills its own language, for save(update_fields=[...]).
        if isinstance(instance, getattr(self, "slug_model", ())):
            language = getattr(self, "language", None)
            for code in [language] if language else language_codes():
                self.fill(instance, code)
        return super().pre_save(instance, add)

    def fill(self, instance, code):
        slug_name = getattr(self, "translated_field", self).name
        column = f"{slug_name}_{code}"
        if getattr(instance, column, None):
            return
        base = slugify(getattr(instance, f"{self.source}_{code}", None) or "")
        if not base:
            setattr(instance, column, None)
            return
        others = self.slug_model._base_manager.all()
        if instance.pk is not None:
            others = others.exclude(pk=instance.pk)
        candidate, counter = base, 2
        while others.filter(**{column: candidate}).exists():
            suffix = f"-{counter}"
            candidate = f"{base[: MAX_LENGTH - len(suffix)]}{suffix}"
            counter += 1
        setattr(instance, column, candidate)


def slug_field_name(model):
    """The name of the model's TranslatedSlugField (the field modeltranslation copies)."""
    for field in model._meta.fields:
        if isinstance(field, TranslatedSlugField) and not hasattr(field, "language"):
            return field.name
    raise FieldDoesNotExist(f"{model.__name__} has no TranslatedSlugField.")


class TranslatedSlugQuerySet(models.QuerySet):
    def get_by_slug(self, slug, language=None):
        """The item whose slug in any language is `slug`, like `get()`.

        The languages are tried in the reader's fallback order (then any other): the same
        slug may belong to different items in different languages, and the one whose slug
        matches in the reader's language wins. Raises `DoesNotExist` when none matches.
        """
        name = slug_field_name(self.model)
        codes = language_codes()
        chain = fallback_chain(language or get_language() or settings.LANGUAGE_CODE)
        order = [code for code in chain if code in codes]
        order += [code for code in codes if code not in order]
        query = Q()
        for code in order:
            query |= Q(**{f"{name}_{code}": slug})
        # Each language column is unique: at most one candidate per language.
        candidates = list(self.filter(query)[: len(order)])
        for code in order:
            for candidate in candidates:
                if getattr(candidate, f"{name}_{code}") == slug:
                    return candidate
        raise self.model.DoesNotExist(
            f"No {self.model._meta.object_name} has the slug {slug!r} in any language."
        )


@functools.lru_cache(maxsize=512)
def _around_slug(viewname, language, script_prefix, urlconf):
    before, _placeholder, after = reverse(viewname, kwargs={"slug": PLACEHOLDER}).partition(
        PLACEHOLDER
    )
    return before, after


def slug_url(viewname, slug):
    """`reverse(viewname, kwargs={"slug": slug})` without the resolver for a plain slug.

    A month view links ~200 events and a list page dozens of items, and reverse() walks
    the URL resolver each time. The URL around a plain ASCII slug depends only on the view,
    the language, the script prefix and the URLconf, so it is reversed once for those; any
    other slug goes through reverse() as before.
    """
    if not isinstance(slug, str) or not PLAIN_SLUG.match(slug):
        return reverse(viewname, kwargs={"slug": slug})
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    before, after = _around_slug(viewname, get_language(), get_script_prefix(), urlconf)
    return f"{before}{slug}{after}"
