"""An applicant from Murmansk region finds a programme and takes its deadlines home."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.browser.test_accessibility import axe_page  # noqa: F401

# The funding fixtures, beside the Playwright ones of this directory's conftest.
from tests.projects.conftest import landscape, ngo, regions, themes  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_applicant_from_murmansk_region_finds_a_programme_and_downloads_its_deadlines(
    live_server,
    page,
    landscape,  # noqa: F811
):
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Funding").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Find funding for your Barents project"
    )

    page.get_by_label("Where is your organisation?").select_option(label="Murmansk Region")
    page.get_by_label("What kind of applicant are you?").select_option(label="NGO")
    page.get_by_label("Theme", exact=True).select_option(label="Culture")
    page.get_by_label("Amount you need").fill("20 000")
    page.get_by_label("When", exact=True).select_option(label="Open for applications now")
    page.get_by_role("button", name="Show matching programmes").click()

    assert "place=RU-MUR" in page.url  # a shareable address
    results = page.locator(".finder-results")
    assert results.get_by_role("heading", level=2).inner_text() == "1 programme matches"
    assert "Secret draft programme" not in results.inner_text()
    results.get_by_role("link", name="Barents culture fund").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Barents culture fund"
    assert "closes in 12 days" in page.locator("#programme-calls").locator("..").inner_text()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="download (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "barents-culture-fund-deadlines.ics"
    calendar = Calendar.from_ical(download.path().read_bytes())
    summaries = sorted(str(event["summary"]) for event in calendar.walk("VEVENT"))
    assert summaries == [
        "Deadline: Barents culture fund – Autumn call",
        "Deadline: Barents culture fund – Spring call",
    ]


def test_the_funding_pages_have_no_accessibility_violations(live_server, axe_page, landscape):  # noqa: F811
    from django.utils.translation import override

    from tests.browser.test_accessibility import violations

    project = landscape["culture"].projects.first()
    urls = []
    for code in ("nb", "ru", "en"):
        with override(code):
            urls += [
                reverse("projects:index") + "?place=RU-MUR&amount=abc",
                landscape["culture"].get_absolute_url(),
                reverse("projects:call-list"),
                reverse("projects:project-list") + "?page=x&year=abc",
                project.get_absolute_url(),
                reverse("projects:statistics"),
            ]
    urls.append("/en/funding/?theme=youth&place=RU-MUR")  # nothing matches: relaxations
    found = {url: violations(axe_page, live_server.url + url) for url in urls}
    assert not any(found.values()), {url: v for url, v in found.items() if v}
