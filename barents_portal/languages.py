"""Which language a translated object really exists in, and which one a reader is shown.

modeltranslation falls back to another language when a field is empty in the active one
(settings.MODELTRANSLATION_FALLBACK_LANGUAGES). These helpers tell templates when that
happened, so the text can carry its own `lang` and a visible notice, and tell the language
switcher and `hreflang` links which languages an item really exists in.
"""

import functools

from django.conf import settings
from django.db.models import Case, CharField, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_name(code):
    return dict(settings.LANGUAGES)[code]


def key_field(obj):
    """The translated field whose presence means "this item exists in a language".

    A model names it in `translation_key_field`; otherwise its `title`, or else its first
    translated field.
    """
    explicit = getattr(obj, "translation_key_field", None)
    if explicit:
        return explicit
    return _registered_key_field(obj if isinstance(obj, type) else type(obj))


@functools.cache
def _registered_key_field(model):
    # Asked for every item a list shows (its `lang` attribute): looked up once per model.
    from modeltranslation.translator import NotRegistered, translator

    try:
        fields = translator.get_options_for_model(model).fields
    except NotRegistered:
        return "title"
    return "title" if "title" in fields else next(iter(fields))


def languages_with_content(obj):
    field = key_field(obj)
    return [code for code in language_codes() if getattr(obj, f"{field}_{code}", None)]


def field_language(obj, field, code=None):
    """The language one translated field of `obj` is read in for a reader of `code`: the
    first language along the fallback chain where it is filled (modeltranslation's rule)."""
    code = code or get_language()
    for candidate in fallback_chain(code):
        if getattr(obj, f"{field}_{candidate}", None):
            return candidate
    return code


# For rows read with values() rather than as instances (a list of many items): what a
# reader of `code` is shown of a translated field, and the language it is in, in SQL.
def field_text_expression(field, code=None):
    """The first filled `field_<language>` along the fallback chain (modeltranslation's rule)."""
    chain = fallback_chain(code or get_language())
    columns = (NullIf(f"{field}_{candidate}", Value("")) for candidate in chain)
    return Coalesce(*columns, Value(""), output_field=CharField())


def field_language_expression(field, code=None):
    """`field_language`: the language of that first filled column (neither NULL nor '')."""
    chain = fallback_chain(code or get_language())
    return Case(
        *(When(**{f"{field}_{candidate}__gt": ""}, then=Value(candidate)) for candidate in chain),
        default=Value(chain[0]),
    )


def fallback_chain(code):
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    return [code, *fallbacks.get(code, fallbacks["default"])]


def shown_language(obj, code=None):
    """The language whose text a reader of `code` (default: the active language) sees."""
    return field_language(obj, key_field(obj), code)


# The small label beside text shown in another language than the page's: the name of the
# language the text is really in ("на норвежском", "på russisk", "in English").
TEXT_LANGUAGE_LABELS = {
    "nb": pgettext_lazy("text written in", "in Norwegian"),
    "ru": pgettext_lazy("text written in", "in Russian"),
    "en": pgettext_lazy("text written in", "in English"),
}


def text_language_label(code):
    return TEXT_LANGUAGE_LABELS.get(code) or language_name(code)


def labelled_text(text, obj, code=None):
    """Plain text with the label in brackets when `obj` is shown in another language:
    for places that hold no markup (a filter's <option>), "Reindrift (на норвежском)"."""
    code = code or get_language()
    shown = shown_language(obj, code)
    if shown == code:
        return text
    return f"{text} ({text_language_label(shown)})"


# Whole sentences, one per pair: Russian and Norwegian inflect a language's name
# ("на русском", "på russisk"), so the names cannot be glued into one sentence.
FALLBACK_NOTICES = {
    ("nb", "en"): _("This page is not available in Norwegian; it is shown in English."),
    ("nb", "ru"): _("This page is not available in Norwegian; it is shown in Russian."),
    ("ru", "en"): _("This page is not available in Russian; it is shown in English."),
    ("ru", "nb"): _("This page is not available in Russian; it is shown in Norwegian."),
    ("en", "nb"): _("This page is not available in English; it is shown in Norwegian."),
    ("en", "ru"): _("This page is not available in English; it is shown in Russian."),
}


def fallback_notice(obj, code=None):
    code = code or get_language()
    return FALLBACK_NOTICES.get((code, shown_language(obj, code)))
