"""The benchmark's floor (present only with BENCHMARK=true): what Django itself costs.

`floor` renders a template of the size and shape of a list page with no query at all;
`literal` returns the same number of bytes without a template. `make bench` measures every
page against them.
"""

import datetime

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

ITEMS = [
    {
        "title": f"Cross-border cooperation in the Barents Region, part {index}",
        "summary": "Youth, culture, indigenous peoples, health and the environment: "
        "what the working groups agreed at their spring meetings in Kirkenes and Luleå.",
        "url": f"/en/page/item-{index}/",
        "published_at": timezone.make_aware(datetime.datetime(2026, 1, 1))
        + datetime.timedelta(days=index),
        "topics": ["Culture", "Youth", "Climate"],
    }
    for index in range(40)
]
_literal = None


def floor(request):
    return render(request, "benchmarks/floor.html", {"items": ITEMS})


def literal(request):
    global _literal  # noqa: PLW0603 - rendered once, then served as bytes
    if _literal is None:
        _literal = floor(request).content
    return HttpResponse(_literal)
