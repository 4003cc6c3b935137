import pytest

from tests.news.factories import ArticleFactory, EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reader_follows_a_featured_story_reads_it_in_russian_and_saves_an_event(
    live_server, page, tmp_path
):
    ArticleFactory(
        title_en="Barents scholarships awarded",
        title_nb="Barentsstipend delt ut",
        title_ru="Вручены Баренцевы стипендии",
        featured=True,
    )
    EventFactory(
        title_en="Kirkenes Conference",
        title_nb="Kirkeneskonferansen",
        title_ru="Киркенесская конференция",
    )

    page.goto(f"{live_server.url}/en/")
    page.get_by_role("region", name="In focus").get_by_role(
        "link", name="Barents scholarships awarded"
    ).click()
    assert page.url == f"{live_server.url}/en/news/barents-scholarships-awarded/"
    assert page.get_by_role("heading", level=1).inner_text() == "Barents scholarships awarded"

    page.get_by_role("navigation", name="Choose language").get_by_role(
        "link", name="Русский"
    ).click()
    assert page.url == f"{live_server.url}/ru/news/vrucheny-barentsevy-stipendii/"
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("heading", level=1).inner_text() == "Вручены Баренцевы стипендии"

    page.locator("a.brand").click()  # back to the front page, still in Russian
    assert page.url == f"{live_server.url}/ru/"
    page.get_by_role("link", name="Киркенесская конференция").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Киркенесская конференция"
    with page.expect_download() as download_info:
        page.locator("a[href$='/calendar.ics']").click()
    download = download_info.value
    assert download.suggested_filename == "kirkenesskaia-konferentsiia.ics"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    body = saved.read_text(encoding="utf-8")
    assert body.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:Киркенесская конференция" in body
    assert "BEGIN:VTIMEZONE" in body and "TZID:Europe/Oslo" in body
