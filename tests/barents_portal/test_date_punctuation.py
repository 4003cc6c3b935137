"""A date in a sentence reads right in every language: Russian dates end in "г."
("1 февраля 2023 г."), so a translation must not put a full stop straight after one."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import formats
from django.utils.translation import override

from tests.secretariat.factories import OfficeFactory

DATE_VARIABLES = re.compile(r"(\w+)=[\w.]+\|date:\"DATE_FORMAT\"")


def date_variables():
    """The names templates give a date written with DATE_FORMAT inside a sentence."""
    names = set()
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        names |= set(DATE_VARIABLES.findall(template.read_text()))
    return names


def msgstrs(code):
    text = Path(settings.BASE_DIR, "locale", code, "LC_MESSAGES", "django.po").read_text()
    for block in text.split("\n\n"):
        lines = block.splitlines()
        start = next((i for i, line in enumerate(lines) if line.startswith("msgstr")), None)
        if start is not None:
            yield "".join(re.findall(r'"(.*)"', "\n".join(lines[start:])))


@pytest.mark.parametrize("code", ["nb", "ru"])
def test_no_translation_puts_a_full_stop_after_a_date_that_ends_in_one(code):
    with override(code):
        ends_in_stop = formats.date_format(datetime.date(2023, 2, 1)).endswith(".")
    if not ends_in_stop:
        return
    names = date_variables()
    assert "date" in names
    doubled = [text for text in msgstrs(code) if any(f"%({name})s." in text for name in names)]
    assert not doubled


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["nb", "ru", "en"])
def test_a_closed_office_says_when_it_closed_without_doubled_punctuation(client, code):
    office = OfficeFactory(closed_on=datetime.date(2023, 2, 1))
    with override(code):
        url = office.get_absolute_url()
    page = client.get(url).content.decode()
    closed = r'<div class="notice notice--closed" role="note">(.*?)</div>'
    notice = re.search(closed, page, re.S).group(1)
    assert "2023" in notice
    assert ".." not in notice
    assert "г.." not in page
