"""schema.org structured data as JSON-LD, in a `<script>` element no text can break out of.

JSON inside `<script>` is raw text to the HTML parser: a `</script>` (or `<!--`) in a title
would end the element early and let the rest be read as markup. So `<`, `>` and `&` are
written as `\\u003C`, `\\u003E`, `\\u0026` — still the same characters to a JSON reader — and
U+2028/U+2029 as escapes too, for readers that treat the block as JavaScript. Empty values
are left out, at every depth, so a template need not test each field.

A data block is never executed, so CSP does not apply to it and it needs no nonce; it must
not carry one either, since a cached page would hand every visitor the same nonce.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
_EMPTY = (None, "", [], {})


def compact(value):
    """The value without empty entries (None, "", [], {}), in nested dicts and lists too."""
    if isinstance(value, dict):
        items = ((key, compact(item)) for key, item in value.items())
        return {key: item for key, item in items if not _is_empty(item)}
    if isinstance(value, (list, tuple)):
        return [item for item in map(compact, value) if not _is_empty(item)]
    return value


def _is_empty(value):
    return any(value == empty and type(value) is type(empty) for empty in _EMPTY)


def dumps(data):
    """The JSON text of `data` (compacted), safe inside an HTML `<script>` element."""
    return json.dumps(compact(data), ensure_ascii=False, default=str).translate(_ESCAPES)


def script(data):
    """`<script type="application/ld+json">…</script>` for `data`, as safe HTML."""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(dumps(data)),  # noqa: S308 - JSON with <, >, & and U+2028/9 escaped
    )
