"""Phones and small windows: every page type reflows at 320 and 390 CSS pixels (WCAG 2.1
1.4.10) in the three languages, the main menu folds away and opens with the keyboard with or
without JavaScript, tables stack their rows, the statistics charts keep readable, unclipped
labels — and axe-core still finds nothing at phone and desktop widths.

The pages are the demo content's (`load_demo`): the live server reads committed rows, and a
transactional test empties the database after itself, so each test that needs it loads it
(a slow step: the checks are grouped into few tests, each reusing one page per width).
"""

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.browser.test_accessibility import AXE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("nb", "ru", "en")
PHONE_WIDTHS = (320, 390)
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def demo(settings, tmp_path):
    from django.core.management import call_command

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DOCUMENTS_ROOT = tmp_path / "documents"
    call_command("load_demo", "--no-staff", stdout=io.StringIO())


def page_urls(code):
    """One URL of every public page type, in language `code` (names for messages)."""
    from news.models import Article, Event, Series, Topic
    from projects.models import FundedProject, Programme
    from secretariat.models import Office, Page

    today = timezone.localdate()
    with override(code):
        return {
            "home": reverse("home"),
            "news list": reverse("news:index"),
            "article": Article.objects.published().order_by("-published_at").first(),
            "event list": reverse("news:event-list"),
            "event": Event.objects.published().order_by("start").last(),
            "month": reverse("news:event-month", args=[today.year, today.month]),
            "series": Series.objects.published().order_by("pk").first(),
            "topic": Topic.objects.order_by("pk").first(),
            "programme": Programme.objects.published().order_by("pk").first(),
            "calls": reverse("projects:call-list"),
            "finder": reverse("projects:index"),
            "projects": reverse("projects:project-list"),
            "project": FundedProject.objects.published().order_by("pk").first(),
            "statistics": reverse("projects:statistics"),
            "offices": reverse("secretariat:office-list"),
            "office": Office.objects.head_office(),
            "about page": Page.objects.published().filter(parent__isnull=False).first(),
            "search": reverse("search:index") + "?q=Barents",
            "accessibility": reverse("secretariat:accessibility"),
            "open data": reverse("open-data"),
            "404": f"/{code}/this-page-does-not-exist/",
        }


def urls_for(code):
    with override(code):
        return {
            name: value if isinstance(value, str) else value.get_absolute_url()
            for name, value in page_urls(code).items()
        }


def new_page(browser, width, **options):
    context = browser.new_context(viewport={"width": width, "height": 800}, **options)
    return context.new_page()


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def test_on_phones_every_page_type_reflows_tables_stack_and_charts_keep_their_labels(
    live_server, browser, demo, screenshot
):
    """One demo load for the three checks of the narrow screens (loading it takes a while);
    the charts are checked at desktop width as well."""
    too_wide, small, stacked, charts = {}, {}, {}, {}
    for width in PHONE_WIDTHS:
        page = new_page(browser, width)
        for code in LANGUAGES:
            for name, url in urls_for(code).items():
                page.goto(live_server.url + url)
                scroll, inner = page.evaluate(
                    "[document.documentElement.scrollWidth, window.innerWidth]"
                )
                if scroll > inner:
                    too_wide[f"{width}px {name} {url}"] = scroll
                if width == 320 and (targets := page.evaluate(SMALL_TARGETS)):
                    small[f"{name} {url}"] = targets
                if name == "calls":  # the series page lists its meetings (no table)
                    stacked[f"{width}px {url}"] = stacked_table_problems(page)
                    if width == 320:
                        screenshot(page, f"phone-{name}-{code}", full_page=True)
                if name == "statistics":
                    charts[f"{width}px {url}"] = chart_problems(page)
                    if width == 320:
                        screenshot(page, f"phone-statistics-{code}", full_page=True)
        page.context.close()
    page = new_page(browser, DESKTOP["width"])  # long Russian labels were cut off there too
    for code in LANGUAGES:
        with override(code):
            url = reverse("projects:statistics")
        page.goto(live_server.url + url)
        charts[f"desktop {url}"] = chart_problems(page)
    page.context.close()
    assert not too_wide, too_wide
    assert not small, small
    assert not any(stacked.values()), stacked
    assert not any(charts.values()), charts


def test_axe_finds_nothing_on_any_page_type_at_phone_and_desktop_widths(live_server, browser, demo):
    """Every page type in the three languages at 320 px, with the menu open once; at desktop
    width in one language a page type (the section tests run axe there in all three)."""
    found = {}
    for viewport, languages in (({"width": 320, "height": 800}, LANGUAGES), (DESKTOP, ("nb",))):
        # Our CSP rightly blocks injected scripts; the checker alone may bypass it.
        context = browser.new_context(viewport=viewport, bypass_csp=True)
        page = context.new_page()
        for code in languages:
            for name, url in urls_for(code).items():
                page.goto(live_server.url + url)
                found[f"{viewport['width']}px {name} {url}"] = axe_violations(page)
        if viewport["width"] < 768:
            page.goto(f"{live_server.url}/ru/")
            page.locator(".main-nav summary").click()
            found[f"{viewport['width']}px the open menu"] = axe_violations(page)
        context.close()
    assert not any(found.values()), {key: value for key, value in found.items() if value}


def menu_button(page, name):
    """The menu's summary as Chromium gives it to screen readers: its role and expanded state.

    (Playwright's role selectors do not know <summary>; the accessibility tree does.)
    """
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    for node in nodes:
        if node.get("name", {}).get("value") == name and not node.get("ignored"):
            properties = {prop["name"]: prop["value"]["value"] for prop in node["properties"]}
            return node["role"]["value"], properties.get("expanded")
    return None


def test_the_menu_folds_away_on_phones_and_opens_with_the_keyboard_with_or_without_javascript(
    live_server, browser, screenshot
):
    for javascript in (True, False):
        page = new_page(browser, 320, java_script_enabled=javascript)
        page.goto(f"{live_server.url}/en/")
        nav = page.get_by_role("navigation", name="Main")
        toggle = nav.locator("summary")
        offices = nav.get_by_role("link", name="Offices")
        assert toggle.inner_text() == "Menu"
        assert toggle.bounding_box()["height"] >= 44
        assert menu_button(page, "Menu") == ("DisclosureTriangle", False)  # a collapsed button
        assert not offices.is_visible()
        assert page.locator("main").bounding_box()["y"] < 220  # the header stays short
        screenshot(page, f"phone-menu-closed-js-{javascript}")

        toggle.focus()
        page.keyboard.press("Enter")
        assert menu_button(page, "Menu") == ("DisclosureTriangle", True)
        assert offices.is_visible()
        page.keyboard.press("Tab")  # the first link follows the button
        assert page.evaluate("document.activeElement.closest('.main-nav ul') !== null")
        heights = [link.bounding_box()["height"] for link in nav.get_by_role("link").all()]
        assert min(heights) >= 44, heights
        screenshot(page, f"phone-menu-open-js-{javascript}")

        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Space")
        assert not offices.is_visible()
        page.context.close()


def test_on_wide_screens_the_menu_shows_expanded_and_targets_are_44_pixels(live_server, browser):
    for width in (320, 1280):
        page = new_page(browser, width)
        page.goto(f"{live_server.url}/ru/")
        nav = page.locator(".main-nav")
        if width > 1000:
            assert not nav.locator("summary").is_visible()
            assert menu_button(page, "Меню") is None  # no button to announce
            assert nav.get_by_role("link", name="Офисы").is_visible()
            heights = [link.bounding_box()["height"] for link in nav.get_by_role("link").all()]
            assert min(heights) >= 44, heights
        switcher = page.get_by_role("navigation", name="Выберите язык")
        heights = [link.bounding_box()["height"] for link in switcher.get_by_role("link").all()]
        assert len(heights) == 3 and min(heights) >= 44, heights
        buttons = [button.bounding_box()["height"] for button in page.get_by_role("button").all()]
        assert min(buttons) >= 44, buttons
        page.context.close()


# Menus, the language switch, pagination, chips used as navigation, buttons: 44 px high.
SMALL_TARGETS = """() => [...document.querySelectorAll(`.main-nav a, .main-nav summary,
    .language-switcher a, .pagination a, .section-nav a, .events-nav a, .news-aside .tag,
    .search-types a, .month-nav a, button, input[type=submit], .chart__data > summary`)]
    .filter(target => target.checkVisibility())
    .map(target => [target.textContent.trim(), target.getBoundingClientRect().height])
    .filter(([text, height]) => height < 44)"""


CHART_LABELS = """() => [...document.querySelectorAll('.chart__label')].map(label => {
    const box = label.getBoundingClientRect(), chart = label.closest('.chart__bars')
        .getBoundingClientRect();
    return {
        text: label.textContent,
        fontSize: parseFloat(getComputedStyle(label).fontSize),
        inside: box.left >= chart.left - 0.5 && box.right <= chart.right + 0.5
            && box.top >= chart.top - 0.5 && box.bottom <= chart.bottom + 0.5
            && box.right <= window.innerWidth && box.width > 0,
        clipped: label.scrollWidth > label.clientWidth + 0.5,
    };
})"""


def chart_problems(page):
    """Labels smaller than 12 px, outside their chart or cut off; a table that does not open."""
    labels = page.evaluate(CHART_LABELS)
    problems = [label for label in labels if label["fontSize"] < 12 or not label["inside"]]
    problems += [label for label in labels if label["clipped"]]
    if len(labels) < 10:
        problems.append(f"only {len(labels)} labels")
    # The figures as a table, for everyone: behind a disclosure, no script needed.
    table = page.locator(".chart__data table").first
    if table.is_visible():
        problems.append("the table shows before it is asked for")
    page.locator(".chart__data > summary").first.click()
    if not table.is_visible() or table.locator("tbody tr").count() != len(
        page.locator(".chart").first.locator(".chart__label").all()
    ):
        problems.append("the table does not show every bar")
    return problems


STACKED_CELLS = """() => [...document.querySelectorAll('table.table--stack')].flatMap(table => {
    const headings = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
    return [...table.querySelectorAll('tbody tr')].map(row => [...row.children].map(
        (cell, index) => {
            const box = cell.getBoundingClientRect();
            return {
                heading: headings[index],
                label: getComputedStyle(cell, '::before').content,
                visible: box.width > 0 && box.height > 0 && box.right <= window.innerWidth,
                text: cell.innerText.trim(),
            };
        }));
})"""


def stacked_table_problems(page):
    """Cells hidden, empty, off screen or without their column's name drawn above them."""
    rows = page.evaluate(STACKED_CELLS)
    problems = [] if rows else ["no stacked table"]
    for cells in rows:
        if len(cells) != len({cell["heading"] for cell in cells}):
            problems.append(cells)
        for cell in cells:
            # the column's name drawn above the value (hidden from screen readers)
            if not (cell["visible"] and cell["text"]) or not cell["label"].startswith(
                f'"{cell["heading"]}"'
            ):
                problems.append(cell)
    # Still a table for assistive technology, with its column headers.
    if page.get_by_role("table").first.get_by_role("columnheader").count() < 4:
        problems.append("no column headers")
    return problems
