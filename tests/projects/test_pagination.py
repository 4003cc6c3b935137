"""The funded-projects list pages with the site's one pagination include."""

import re

import pytest
from django.urls import reverse

from projects.views import ProjectListView
from tests.projects.factories import FundedProjectFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def twenty_pages(monkeypatch):
    monkeypatch.setattr(ProjectListView, "paginate_by", 2)
    programme = ProgrammeFactory()
    FundedProjectFactory.create_batch(40, programme=programme)
    return programme


def pagination(client, **params):
    response = client.get(reverse("projects:project-list"), params)
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('<nav class="pagination" aria-label="Pages">')[1].split("</nav>")[0]


def test_the_page_links_surround_the_current_page_and_keep_the_filters(client, twenty_pages):
    nav = pagination(client, programme=twenty_pages.pk, page=10)
    query = f"?programme={twenty_pages.pk}"
    assert f'<a href="{query}&amp;page=9" rel="prev">' in nav
    assert f'<a href="{query}&amp;page=11" rel="next">' in nav
    assert f'<a aria-current="page" href="{query}&amp;page=10">' in nav
    numbers = re.findall(r"</span>(\d+)</a>", nav)
    assert numbers == ["1", "2", "7", "8", "9", "10", "11", "12", "13", "19", "20"]
    assert nav.count('<span aria-hidden="true">…</span>') == 2


def test_page_one_is_linked_without_a_page_parameter(client, twenty_pages):
    nav = pagination(client, programme=twenty_pages.pk, page=2)
    assert f'<a href="?programme={twenty_pages.pk}" rel="prev">' in nav


def test_a_list_on_one_page_has_no_page_links(client, db):
    FundedProjectFactory()
    html = client.get(reverse("projects:project-list")).content.decode()
    assert 'class="pagination"' not in html
