"""Per-language slugs that read well in Latin letters.

Django's own slugify drops Cyrillic (`Сотрудничество` → ``) and Norwegian letters
(`Ærlig økonomi` → `rlig-konomi`); python-slugify transliterates them instead
(`sotrudnichestvo`, `aerlig-okonomi`).
"""

import functools
import re

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language
from slugify import slugify as _slugify

from barents_portal.languages import language_codes

MAX_LENGTH = 80
# A slug that reverse() would put into the URL unchanged (no quoting, `slug` converter).
PLAIN_SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")
PLACEHOLDER = "slug-placeholder-7f3a"


def slugify(text: str) -> str:
    return _slugify(text or "", max_length=MAX_LENGTH, word_boundary=True, lowercase=True)


def fill_translated_slugs(instance, source_field="title", slug_field="slug"):
    """Give every language that has a source text but no slug a unique slug of its own.

    Uniqueness is per language column (modeltranslation adds one unique constraint per
    language); blank slugs stay NULL so untranslated rows never collide.
    """
    model = type(instance)
    for code in language_codes():
        column = f"{slug_field}_{code}"
        current = getattr(instance, column, None)
        if current:
            continue
        base = slugify(getattr(instance, f"{source_field}_{code}", None) or "")
        if not base:
            setattr(instance, column, None)
            continue
        candidate, counter = base, 2
        others = model._default_manager.exclude(pk=instance.pk) if instance.pk else None
        others = others if others is not None else model._default_manager.all()
        while others.filter(**{column: candidate}).exists():
            suffix = f"-{counter}"
            candidate = f"{base[: MAX_LENGTH - len(suffix)]}{suffix}"
            counter += 1
        setattr(instance, column, candidate)


def unique_per_language(prefix, field="slug"):
    """One unique constraint per language column (the fallback-filled base column is not).

    modeltranslation writes a fallback value into the untranslated base column, so a
    unique base column would make an English slug collide with another item's Norwegian one.
    """
    from django.db.models import UniqueConstraint

    return [
        UniqueConstraint(fields=[f"{field}_{code}"], name=f"{prefix}_unique_{field}_{code}")
        for code in language_codes()
    ]


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
