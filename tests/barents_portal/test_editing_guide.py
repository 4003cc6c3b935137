"""The editor's guide is readable in the admin by staff, and only by staff."""

import pytest
from django.urls import reverse

from barents_portal.roles import EDITOR, TRANSLATOR

pytestmark = pytest.mark.django_db


def test_the_admin_index_links_the_editing_guide(client, login_as):
    login_as(EDITOR)
    response = client.get(reverse("admin:index"))
    assert reverse("editing-guide").encode() in response.content


@pytest.mark.parametrize("role", [EDITOR, TRANSLATOR])
def test_staff_read_the_guide_rendered_from_docs_editing_md(client, login_as, role):
    login_as(role)
    response = client.get(reverse("editing-guide"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Editor's guide</h1>" in html
    assert '<h2 id="publishing-and-scheduling">' in html
    assert "<script" not in html.split("<article", 1)[1].split("</article>", 1)[0]


def test_visitors_are_sent_to_the_login_page(client):
    response = client.get(reverse("editing-guide"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


@pytest.mark.parametrize("name", ["..%2Fediting.md", "x.svg", "missing.png", ".hidden.png"])
def test_only_the_guide_s_own_screenshots_are_served(client, login_as, name):
    login_as(EDITOR)
    assert client.get(f"/admin/guide/editing/{name}").status_code == 404


def test_every_screenshot_the_guide_shows_is_in_the_repository():
    import re

    from barents_portal.guide import GUIDE, IMAGE_NAME, IMAGES

    names = re.findall(r"!\[[^\]]*\]\(editing/([^)]+)\)", GUIDE.read_text(encoding="utf-8"))
    assert names
    for name in names:
        assert IMAGE_NAME.match(name), name
        assert (IMAGES / name).is_file(), f"docs/editing/{name}: run `make screenshots`"
