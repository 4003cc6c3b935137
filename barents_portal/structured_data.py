"""schema.org JSON-LD data blocks that no text can break out of.

A `<script type="application/ld+json">` is a data block: never executed, so CSP does not
apply and it carries no nonce (a cached page would hand every visitor the same one). The
HTML parser still ends it at the first `</script` and treats `<!--` specially, so `<`, `>`
and `&` are written as JSON escapes (\\u003C …), which JSON readers turn back into the
same characters; U+2028 and U+2029 likewise, for readers that treat JSON as JavaScript.
Control characters are removed (barents_portal.plaintext).
"""

import json
from html.parser import HTMLParser

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from barents_portal import plaintext

_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


_EMPTY = (None, "", [], {})


def compact(value):
    """The value without empty entries (None, "", [], {}) at any depth, and its texts
    without control characters."""
    if isinstance(value, dict):
        items = ((key, compact(item)) for key, item in value.items())
        return {key: item for key, item in items if not _is_empty(item)}
    if isinstance(value, (list, tuple)):
        return [item for item in map(compact, value) if not _is_empty(item)]
    if isinstance(value, str):
        return plaintext.clean(value)
    return value


def _is_empty(value):
    return any(value == empty and type(value) is type(empty) for empty in _EMPTY)


def dumps(data):
    """The JSON text of `data` (compacted), safe inside an HTML `<script>` element."""
    return json.dumps(compact(data), ensure_ascii=False, default=str).translate(_ESCAPES)


def json_ld(data):
    """`<script type="application/ld+json">…</script>` for `data` (a dict), as safe HTML."""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(dumps(data)),  # noqa: S308 - JSON with <, >, & and line separators escaped
    )


class _CrumbReader(HTMLParser):
    """The (name, href) of each `<li>` of a breadcrumb trail; href None for the current page.

    A fallback's label ("на норвежском", `<span class="lang-label">`) is no part of the name."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.crumbs = []
        self._inside = False
        self._label_depth = 0  # open <span>s from a lang-label span inwards

    def handle_starttag(self, tag, attrs):
        if tag == "span" and (
            self._label_depth or "lang-label" in (dict(attrs).get("class") or "").split()
        ):
            self._label_depth += 1
        elif tag == "li":
            self._inside = True
            self.crumbs.append(["", None])
        elif tag == "a" and self._inside and self.crumbs[-1][1] is None:
            self.crumbs[-1][1] = dict(attrs).get("href")

    def handle_endtag(self, tag):
        if tag == "span" and self._label_depth:
            self._label_depth -= 1
        elif tag == "li":
            self._inside = False

    def handle_data(self, data):
        if self._inside and not self._label_depth:
            self.crumbs[-1][0] += data


def breadcrumbs(html):
    """[(name, href)] of the breadcrumb trail in `html`, as a reader sees it."""
    reader = _CrumbReader()
    reader.feed(str(html))
    reader.close()
    return [(" ".join(name.split()), href) for name, href in reader.crumbs if name.strip()]


def breadcrumb_list(crumbs, absolute_url):
    """schema.org BreadcrumbList of `crumbs` ([(name, href)]); `absolute_url(href)` makes a
    link absolute, and is called with None for the current page."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": absolute_url(href)}
            for position, (name, href) in enumerate(crumbs, start=1)
        ],
    }
