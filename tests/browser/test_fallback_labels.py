"""A visitor on a Russian page sees which texts are Norwegian: a small label beside them."""

import pytest

from tests.news.factories import ArticleFactory, EventFactory
from tests.secretariat.factories import OfficeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [1280, 375])
def test_norwegian_only_items_on_the_russian_home_page_carry_a_small_label(
    live_server, page, width
):
    ArticleFactory(title_ru="Вручены стипендии")
    ArticleFactory(
        title_nb="Kulturnatt i Vardø trakk fullt hus",
        title_en="",
        title_ru="",
        summary_en="",
        summary_ru="",
        summary_nb="Konserter og fortellerkvelder fylte byen.",
    )
    EventFactory(title_nb="Kulturnatt i Kirkenes", title_en="", title_ru="", summary_en="")
    OfficeFactory(name_ru="Главный офис в Киркенесе")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/ru/")

    labels = page.locator(".lang-label")
    assert labels.count() == 2
    for index in range(2):
        label = labels.nth(index)
        assert label.is_visible()
        assert label.inner_text() == "на норвежском"
        assert label.get_attribute("lang") == "ru"
        # The title around it says it is Norwegian; the label is smaller than the title.
        title = label.locator("xpath=..")
        assert title.get_attribute("lang") == "nb"
        size = label.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
        title_size = title.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")
        assert size < title_size
    russian = page.get_by_role("link", name="Вручены стипендии")
    assert russian.evaluate("node => node.closest('[lang]').lang") == "ru"
    # Nothing sticks out of the page on a phone.
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow
