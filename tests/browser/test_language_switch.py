import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_goes_to_an_office_and_switches_to_russian_on_the_same_office(
    live_server, page, head_office, closed_office
):
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/en/"

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Offices").click()
    page.get_by_role("link", name="Head office in Kirkenes").first.click()
    assert page.url.endswith("/en/offices/head-office-in-kirkenes/")

    page.get_by_role("navigation", name="Choose language").get_by_role(
        "link", name="Русский"
    ).click()
    assert page.url.endswith("/ru/ofisy/glavnyi-ofis-v-kirkenese/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("heading", level=1).inner_text() == "Главный офис в Киркенесе"
