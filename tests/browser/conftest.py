"""Playwright driving Debian's chromium (`make test` installs it when missing).

Playwright's own browser download is not used: no host but the package registries is
reachable, and the system browser is the one we support.
"""

import os
import shutil

import pytest

# live_server runs in a thread; the test body touches the database beside Playwright's
# event loop, which Django would otherwise refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is not installed: run `make test`, which installs it.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a screenshot for docs/editing.md when DOCS_SCREENSHOTS is set (`make screenshots`).

    The editor's guide shows what the browser tests really saw; ordinary runs take none.
    """
    folder = os.environ.get("DOCS_SCREENSHOTS")

    def take(page, name, **options):
        if folder:
            os.makedirs(folder, exist_ok=True)
            page.screenshot(path=os.path.join(folder, f"{name}.png"), **options)

    return take


@pytest.fixture
def admin_log_in(live_server):
    """Log `page` into the admin through its login form as a `staff_user` (a fresh session)."""
    from tests.conftest import STAFF_PASSWORD

    def log_in(page, username):
        page.context.clear_cookies()
        page.goto(f"{live_server.url}/admin/login/?next=/admin/")
        page.fill("#id_username", username)
        page.fill("#id_password", STAFF_PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")

    return log_in
