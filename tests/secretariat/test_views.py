import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from tests.secretariat.factories import (
    OfficeFactory,
    PageFactory,
    PreviousAddressFactory,
    StaffMemberFactory,
)

pytestmark = pytest.mark.django_db


def test_the_office_list_shows_addresses_and_contacts(client, head_office):
    html = client.get("/en/offices/").content.decode()
    assert "Head office in Kirkenes" in html
    assert "Rådhusgata 8" in html
    assert 'href="tel:+4778977050"' in html
    assert "mailto:" in html


def test_closed_offices_are_shown_as_closed_not_hidden(client, head_office, closed_office):
    html = client.get("/en/offices/").content.decode()
    assert "Murmansk office" in html
    assert "Closed since" in html
    detail = client.get(closed_office.get_absolute_url()).content.decode()
    assert "Closed since" in detail


def test_the_office_page_lists_its_active_staff_only(client, head_office):
    StaffMemberFactory(office=head_office, name="Former Colleague", active=False)
    html = client.get(head_office.get_absolute_url()).content.decode()
    assert "Rune Rafaelsen" in html
    assert "Former Colleague" not in html


def test_each_office_has_a_vcard_download(client, head_office):
    with override("nb"):
        url = head_office.get_vcard_url()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "FN:Hovedkontoret i Kirkenes\r\n" in text
    assert "TEL;TYPE=work,voice;VALUE=uri:tel:+4778977050" in text
    assert text.endswith("END:VCARD\r\n")


@pytest.mark.parametrize("state", ["draft", "scheduled"])
def test_visitors_get_404_for_draft_and_scheduled_offices_and_pages(client, state):
    if state == "draft":
        office, page = OfficeFactory(status="draft"), PageFactory(status="draft")
    else:
        later = timezone.now() + timezone.timedelta(days=1)
        office, page = OfficeFactory(published_at=later), PageFactory(published_at=later)
    for url in (office.get_absolute_url(), office.get_vcard_url(), page.get_absolute_url()):
        assert client.get(url).status_code == 404, url
    assert office.name_en not in client.get("/en/offices/").content.decode()


def test_a_draft_child_page_is_not_listed_under_its_parent(client, about_tree):
    PageFactory(title_en="Secret plans", parent=about_tree["root"], status="draft")
    html = client.get(about_tree["root"].get_absolute_url()).content.decode()
    assert "The Barents Region" in html
    assert "Secret plans" not in html


def test_pages_answer_at_their_slug_path_with_breadcrumbs(client, about_tree):
    with override("nb"):
        url = about_tree["child"].get_absolute_url()
    assert url == "/nb/om-oss/barentsregionen/"
    html = client.get(url).content.decode()
    assert '<nav class="breadcrumbs"' in html
    assert 'href="/nb/om-oss/">Om oss</a>' in html


def test_a_page_under_a_wrong_parent_path_redirects_to_its_real_path(client, about_tree):
    response = client.get("/en/something-else/the-barents-region/")
    assert response.status_code == 301
    assert response["Location"] == "/en/about-us/the-barents-region/"


def test_an_unknown_page_is_a_translated_404(client, about_tree):
    response = client.get("/nb/finnes-ikke/")
    assert response.status_code == 404
    assert '<html lang="nb">' in response.content.decode()


def make_offices(count):
    for index in range(count):
        office = OfficeFactory(order=index, closed_on=timezone.localdate() if index % 2 else None)
        StaffMemberFactory.create_batch(2, office=office)
    PageFactory(show_in_navigation=True)


@pytest.mark.parametrize("count", [3, 30])
def test_the_office_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    make_offices(count)
    # offices, navigation pages, footer head office
    with django_assert_num_queries(3):
        assert client.get(reverse("secretariat:office-list")).status_code == 200


@pytest.mark.parametrize("count", [3, 30])
def test_the_office_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    make_offices(count)
    office = OfficeFactory(moved_to=OfficeFactory())
    StaffMemberFactory.create_batch(count, office=office)
    PreviousAddressFactory.create_batch(count, office=office)
    # office (with where it moved), its staff, its earlier addresses, navigation pages,
    # footer head office
    with django_assert_num_queries(5):
        assert client.get(office.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("code", "path", "heading"),
    [
        ("nb", "/nb/tilgjengelighet/", "Tilgjengelighetserklæring"),
        ("ru", "/ru/dostupnost/", "Заявление о доступности"),
        ("en", "/en/accessibility/", "Accessibility statement"),
    ],
)
def test_the_accessibility_statement_answers_at_a_translated_address(
    client, head_office, code, path, heading
):
    with override(code):
        assert reverse("secretariat:accessibility") == path
    html = client.get(path).content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert "WCAG" in html and "2.1" in html and "AA" in html
    assert "axe-core" in html and "320" in html
    assert f'href="mailto:{head_office.email}"' in html  # where to report a problem
    assert '<time datetime="2026-12-06">' in html  # the date of the last review
    assert f'<a href="{path}">{heading}</a>' in html  # linked from the footer


def test_the_accessibility_statement_runs_a_fixed_number_of_queries(
    client, django_assert_num_queries
):
    make_offices(5)
    # head office, navigation pages, footer head office
    with django_assert_num_queries(3):
        assert client.get(reverse("secretariat:accessibility")).status_code == 200


def test_without_a_head_office_the_statement_sends_visitors_to_the_offices(client):
    html = client.get("/en/accessibility/").content.decode()
    assert 'contact <a href="/en/offices/">one of our offices</a>' in html


def test_the_accessibility_statement_is_in_the_sitemap_in_every_language(client):
    xml = client.get("/sitemap.xml").content.decode()
    for path in ("/nb/tilgjengelighet/", "/ru/dostupnost/", "/en/accessibility/"):
        assert f"<loc>http://testserver{path}</loc>" in xml
