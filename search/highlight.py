"""Highlighted text that is safe to show: the markup is ours, the text is escaped.

ts_headline marks the words it found with START and STOP, characters from Unicode's private
use area that a query cannot contain (search.query.clean drops them). The text between them
is escaped (after resolving the character references kept from rich text), and the markers
become <mark> and </mark>, always balanced, whatever the text itself contains.
"""

import html
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

START = "\ue000"
STOP = "\ue001"
MARKERS = re.compile(f"({START}|{STOP})")
SPACES = re.compile(r"\s+")


def highlighted(text, *, references=False):
    parts, open_ = [], False
    for piece in MARKERS.split(text or ""):
        if piece == START:
            if not open_:
                parts.append("<mark>")
                open_ = True
        elif piece == STOP:
            if open_:
                parts.append("</mark>")
                open_ = False
        elif piece:
            if references:
                piece = html.unescape(piece)
            parts.append(escape(SPACES.sub(" ", piece)))
    if open_:
        parts.append("</mark>")
    return mark_safe("".join(parts).strip())  # noqa: S308 - built from escaped parts only
