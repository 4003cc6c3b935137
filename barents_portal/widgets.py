"""Form widgets written in Python rather than through a template per option.

Django renders a `<select>` with one template include per `<option>`: the funded-projects
filters (about 100 options) spent a fifth of the page's time there. `PlainSelect` writes
the same HTML as Django's `select.html` and `select_option.html`, escaped the same way;
`PlainTextInput` that of `input.html` and `attrs.html` (three templates per text field).
"""

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


def _attrs(attrs):
    return mark_safe(  # noqa: S308 - each attribute escaped by format_html
        "".join(
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in attrs.items()
            if value is not False
        )
    )


class PlainSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"', widget["name"]), _attrs(widget["attrs"]), ">"]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            # Escaped value by value: format_html per option was most of a select's time.
            for option in options:
                value = conditional_escape(str(option["value"]))
                label = conditional_escape(option["label"])
                attrs = _attrs(option["attrs"])
                parts.append(f'\n  <option value="{value}"{attrs}>{label}</option>\n')
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every part escaped by format_html


class PlainTextInput(forms.TextInput):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            widget["type"],
            widget["name"],
            value,
            _attrs(widget["attrs"]),
        )
