"""The plain widgets write exactly what Django's templates write, escaping included."""

import pytest
from django import forms

from barents_portal.widgets import PlainSelect, PlainTextInput

HOSTILE = "\"><script>alert(1)</script>&'"


@pytest.mark.parametrize("value", [None, "", "arctic", "10 000", HOSTILE])
@pytest.mark.parametrize("attrs", [{}, {"id": "id_q", "maxlength": 100, "required": True}])
def test_text_input_as_django_writes_it(value, attrs):
    widget_attrs = {"aria-invalid": "true", "data-x": HOSTILE}
    plain = PlainTextInput(attrs=widget_attrs).render("q", value, attrs)
    django = forms.TextInput(attrs=widget_attrs).render("q", value, attrs)
    assert plain == django


@pytest.mark.parametrize("value", [None, "", "b", HOSTILE])
def test_select_as_django_writes_it(value):
    choices = [
        ("", "Any"),
        ("a", "Arctic"),
        ("Group", [("b", "Barents"), (HOSTILE, HOSTILE)]),
    ]
    attrs = {"id": "id_region"}
    plain = PlainSelect(choices=choices).render("region", value, attrs)
    django = forms.Select(choices=choices).render("region", value, attrs)
    assert plain == django
