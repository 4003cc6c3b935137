import re

import pytest
from django.utils import translation


def search_url(code="en"):
    with translation.override(code):
        from django.urls import reverse

        return reverse("search:index")


@pytest.fixture
def search(client):
    """search("prosjekt", code="nb", type="news") → the response of the search page."""

    def run(q=None, code="en", **params):
        if q is not None:
            params["q"] = q
        return client.get(search_url(code), params)

    return run


def titles(response):
    """The results' titles as text, in their order on the page."""
    return [re.sub(r"<[^>]+>", "", str(result.title)) for result in response.context["results"]]
