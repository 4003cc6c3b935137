"""axe-core (vendored in tests/browser/vendor, MPL-2.0) checks the pages in chromium."""

from pathlib import Path

import pytest
from django.urls import reverse
from django.utils.translation import override

from tests.secretariat.factories import PreviousAddressFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"


@pytest.fixture
def axe_page(browser):
    # Our CSP rightly blocks injected scripts; the checker alone may bypass it.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def violations(page, url):
    page.goto(url)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def test_the_secretariat_pages_have_no_accessibility_violations(
    live_server, axe_page, head_office, closed_office, about_tree
):
    PreviousAddressFactory(office=head_office, note_en="The first offices.")
    PreviousAddressFactory(office=closed_office, street="пр. Ленина, 82", city="Мурманск")
    closed_office.moved_to = head_office
    closed_office.save()
    urls = []
    for code in ("nb", "ru", "en"):
        with override(code):
            urls += [
                "/" + code + "/",
                head_office.get_absolute_url(),
                closed_office.get_absolute_url(),
                closed_office.get_vcard_url(),  # 410: the card is gone
                about_tree["child"].get_absolute_url(),
            ]
    urls.append("/en/offices/")
    urls.append("/ru/this-page-does-not-exist/")
    found = {url: violations(axe_page, live_server.url + url) for url in urls}
    assert not any(found.values()), {url: v for url, v in found.items() if v}


def test_the_open_data_page_has_no_accessibility_violations(live_server, axe_page):
    urls = []
    for code in ("nb", "ru", "en"):
        with override(code):
            urls.append(reverse("open-data"))
    found = {url: violations(axe_page, live_server.url + url) for url in urls}
    assert not any(found.values()), {url: v for url, v in found.items() if v}
