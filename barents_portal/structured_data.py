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


def _cleaned(value):
    if isinstance(value, dict):
        return {
            key: _cleaned(item) for key, item in value.items() if item not in (None, "", [], {})
        }
    if isinstance(value, (list, tuple)):
        return [_cleaned(item) for item in value]
    if isinstance(value, str):
        return plaintext.clean(value)
    return value


def json_ld(data):
    """`data` (a dict; empty values left out) as a safe JSON-LD data block."""
    payload = json.dumps(_cleaned(data), ensure_ascii=False).translate(_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload),  # noqa: S308 - JSON with <, >, & and line separators escaped
    )


class _CrumbReader(HTMLParser):
    """The (name, href) of each `<li>` of a breadcrumb trail; href None for the current page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.crumbs = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "li":
            self._inside = True
            self.crumbs.append(["", None])
        elif tag == "a" and self._inside and self.crumbs[-1][1] is None:
            self.crumbs[-1][1] = dict(attrs).get("href")

    def handle_endtag(self, tag):
        if tag == "li":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
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
