"""A path segment no URL of ours can hold is a 404 on every URL pattern, never a 500.

The test walks the URL resolver: each pattern's parameters are filled with hostile values
(a NUL byte, control characters, a lone surrogate, bytes that are not UTF-8), under every
language prefix.
"""

import re

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils.translation import override

from barents_portal.middleware import is_unusable_path

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
HOSTILE = [
    "%00",  # NUL: PostgreSQL refuses it in a query
    "x%00y",
    "%01",
    "%1B",  # escape
    "%7F",
    "%C2%85",  # next line (C1 control)
    "%E2%80%AE",  # right-to-left override
    "%ED%A0%80",  # a lone surrogate, encoded
    "%FF",  # not UTF-8
    "%C3%28",  # a broken two-byte sequence
]
ROUTE_PARAMETER = re.compile(r"<(?:[^>:]+:)?[^>]+>")
REGEX_GROUP = re.compile(r"\(\?P<[^>]+>(?:[^()]|\([^()]*\))*\)")


def parametrised_routes(resolver=None, prefix=""):
    """Every pattern with a parameter, as a path template with `{}` for the parameters;
    `{lang}` stands for the language prefix of i18n_patterns."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        if isinstance(pattern, LocalePrefixPattern):
            here = prefix + "{lang}/"
        elif isinstance(pattern, RoutePattern):
            here = prefix + ROUTE_PARAMETER.sub("{}", str(pattern._route))
        elif isinstance(pattern, RegexPattern):
            regex = pattern._regex
            here = prefix + REGEX_GROUP.sub("{}", regex).lstrip("^").rstrip("$").replace("\\", "")
        else:  # pragma: no cover - a pattern class we do not know
            raise AssertionError(f"unknown pattern {pattern!r}")
        if isinstance(entry, URLResolver):
            yield from parametrised_routes(entry, here)
        elif isinstance(entry, URLPattern) and "{}" in here:
            yield here


def test_the_walk_finds_the_patterns_that_take_parameters():
    routes = set(parametrised_routes())
    assert any("events" in route for route in routes)
    assert any(route.startswith("admin/") for route in routes)
    assert len(routes) > 20


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_path_segment_is_a_404_on_every_url_pattern(client, value):
    answers = {}
    for code in LANGUAGES:
        # The public routes are translated: walk them in each language.
        with override(code):
            templates = sorted(set(parametrised_routes()))
        for template in templates:
            if code != LANGUAGES[0] and "{lang}" not in template:
                continue  # the admin's and the media's routes, asked once
            path = "/" + template.replace("{lang}", code).replace("{}", value)
            answers[path] = client.get(path).status_code
    wrong = {path: status for path, status in answers.items() if status != 404}
    assert not wrong
    assert len(answers) > 20


@pytest.mark.parametrize(
    "path",
    ["/en/events/%00/", "/en/events/archive/%00/", "/en/events/calendar/2026/%00/"],
)
def test_a_nul_byte_in_an_event_path_is_a_404_page_in_the_language(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b'<html lang="en">' in response.content


@pytest.mark.parametrize(
    "path",
    ["/en/", "/ru/rabota-u-nas/", "/nb/nyheter/", "/en/events/2026/some-event-slug/", "/admin/"],
)
def test_ordinary_paths_are_usable(path):
    assert not is_unusable_path(path)


@pytest.mark.parametrize(
    "path", ["/en/\x00/", "/en/a\x1fb/", "/en/\ud800/", "/en/%FF/", "/en/\u202e/", "/en/\ufffd/"]
)
def test_control_characters_surrogates_and_broken_bytes_are_unusable(path):
    assert is_unusable_path(path)
