"""The sentences that point a visitor elsewhere when their language found nothing.

Whole sentences and phrases per language: Russian and Norwegian inflect a language's name
("на русском", "på russisk"), so a name is never glued into a sentence.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, override

NO_RESULTS_IN = {
    "nb": _("No results in Norwegian."),
    "ru": _("No results in Russian."),
    "en": _("No results in English."),
}

RESULTS_IN = {
    "nb": ngettext_lazy("%(count)s result in Norwegian", "%(count)s results in Norwegian", "count"),
    "ru": ngettext_lazy("%(count)s result in Russian", "%(count)s results in Russian", "count"),
    "en": ngettext_lazy("%(count)s result in English", "%(count)s results in English", "count"),
}

# When a language has more matches than the search counts (search.engine.MATCH_LIMIT).
MORE_RESULTS_IN = {
    "nb": ngettext_lazy(
        "More than %(count)s result in Norwegian",
        "More than %(count)s results in Norwegian",
        "count",
    ),
    "ru": ngettext_lazy(
        "More than %(count)s result in Russian", "More than %(count)s results in Russian", "count"
    ),
    "en": ngettext_lazy(
        "More than %(count)s result in English", "More than %(count)s results in English", "count"
    ),
}


def search_url(code, query, type_key=None):
    """The search for `query` in the language `code` (its interface and its content)."""
    with override(code):
        url = reverse("search:index")
    params = {"q": query}
    if type_key:
        params["type"] = type_key
    return f"{url}?{urlencode(params)}"


def other_language_links(search):
    return [
        {
            "code": code,
            "text": (MORE_RESULTS_IN if count.more else RESULTS_IN)[code] % {"count": count},
            "url": search_url(code, search.parsed.text, search.type),
        }
        for code, count in search.other_languages.items()
    ]
