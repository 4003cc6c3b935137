"""What an office's text fields accept: no control characters, and phone numbers as such.

An office's fields end up in its vCard, its JSON-LD and its page; a carriage return or a
line feed typed (or pasted) into a one-line field would start a new vCard property there.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Line and paragraph separators end a line for some readers, like CR and LF.
_LINE_BREAKING = {"Cc", "Zl", "Zp"}

PHONE_RE = re.compile(r"\+[0-9]+(?: [0-9]+)*")
PHONE_DIGITS = (5, 15)  # E.164 allows at most 15 digits


def _controls(value, allowed=""):
    return [ch for ch in value if ch not in allowed and unicodedata.category(ch) in _LINE_BREAKING]


def no_control_characters(value):
    """A one-line field: no line breaks, tabs or other control characters."""
    if value and _controls(value):
        raise ValidationError(
            _("Line breaks, tabs and other control characters are not allowed here."),
            code="control_characters",
        )


def no_control_characters_except_line_breaks(value):
    """A field of several lines: line feeds (with or without a carriage return) only."""
    if value and _controls(value.replace("\r\n", "\n"), allowed="\n"):
        raise ValidationError(
            _("Control characters other than line breaks are not allowed here."),
            code="control_characters",
        )


def validate_phone(value):
    """+47 78 97 70 50: a plus, the country code and the number, in groups of digits."""
    digits = sum(ch.isdigit() for ch in value or "")
    if value and (
        not PHONE_RE.fullmatch(value) or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]
    ):
        raise ValidationError(
            _(
                "Enter a phone number in international form: a plus sign, the country code "
                "and the number, in digits and single spaces (like +47 78 97 70 50)."
            ),
            code="invalid_phone",
        )
