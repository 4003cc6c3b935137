"""Every feed, calendar and JSON-LD block of the demo content, read by real clients: the
figures of issue 15 ("0 problems from feedparser, 0 RFC 5545/7986 violations")."""

import json
import re

import feedparser
import pytest
from django.urls import reverse
from django.utils.translation import override

from news.models import Event, Topic
from projects.models import Programme
from tests.calendar_checks import check_calendar

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def urls_in_every_language(names, objects):
    urls = []
    for code in ("nb", "ru", "en"):
        with override(code):
            urls += [reverse(name) for name in names]
            urls += [url for obj in objects for url in obj]
    return urls


def test_every_demo_feed_reads_without_a_problem(client, demo_content):
    topics = [(t.get_rss_url, t.get_atom_url) for t in Topic.objects.all()]
    feeds = urls_in_every_language(
        ["news:rss", "news:atom"], [[rss(), atom()] for rss, atom in topics]
    )
    assert len(feeds) > 6
    for url in feeds:
        response = client.get(url)
        assert response.status_code == 200, url
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
        for entry in parsed.entries:
            assert entry.author and entry.id and entry.link


def test_every_demo_calendar_is_valid(client, demo_content):
    events = Event.objects.published()
    programmes = Programme.objects.published()
    with override("en"):
        urls = [reverse("news:event-feed"), reverse("projects:calendar")]
        urls += [event.get_ics_url() for event in events]
        urls += [programme.get_calendar_url() for programme in programmes]
    assert len(urls) > 4
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        check_calendar(response.content)


def test_every_demo_event_page_has_valid_json_ld(client, demo_content):
    with override("ru"):
        urls = [event.get_absolute_url() for event in Event.objects.published()]
    for url in urls:
        page = client.get(url).content.decode()
        types = {json.loads(block)["@type"] for block in BLOCK.findall(page)}
        assert types == {"Event", "BreadcrumbList"}, url
