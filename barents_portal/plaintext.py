"""Plain text without control characters: refused on the way in, stripped on the way out.

A word processor pastes invisible control characters (a vertical tab, U+000B, for a line
break; a form feed; C1 codes from old encodings). XML 1.0 forbids most of them, so one in a
title breaks every feed that carries it, and RFC 5545 forbids them in calendar text. Editors
get a form error naming the problem (`PlainTextAdminMixin`); feeds and calendars pass
every text through `clean()`, so a row stored before the check, or by an import, never
breaks a file.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# C0 controls except tab and line feed (CR is normalised away first), DEL, C1 controls, and
# the two noncharacters XML refuses. Surrogates never reach here: PostgreSQL refuses them.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def clean(value):
    """`value` with CR LF and CR as LF and every other control character removed."""
    if not value:
        return value or ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARACTERS.sub("", text)


def validate_no_control_characters(value):
    if value and CONTROL_CHARACTERS.search(str(value).replace("\r", "")):
        raise ValidationError(
            _(
                "This text contains an invisible control character (often pasted from a word "
                "processor). Retype the text around it or paste it as plain text."
            ),
            code="control_character",
        )


class PlainTextAdminMixin:
    """Refuses control characters in every text field of an admin form (all languages)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(formfield, forms.CharField):
            formfield.validators.append(validate_no_control_characters)
        return formfield
