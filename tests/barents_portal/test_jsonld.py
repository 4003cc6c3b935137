"""The one JSON-LD writer: no text breaks out of its script element, empty values left out."""

import json

from barents_portal import structured_data


def test_no_text_can_end_the_script_element_or_open_markup():
    hostile = "</script><script>alert(1)</script> <!-- ]]> & \u2028"
    html = str(structured_data.json_ld({"name": hostile}))
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body and "\u2028" not in body
    assert json.loads(body) == {"name": hostile}


def test_empty_values_are_left_out_at_every_depth():
    data = {"a": "", "b": None, "c": [], "d": {"e": "", "f": [{"g": None}]}, "h": 0, "i": "x"}
    assert structured_data.compact(data) == {"h": 0, "i": "x"}
