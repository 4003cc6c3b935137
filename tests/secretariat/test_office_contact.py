"""Offices' contact data: vCards, JSON-LD, structured addresses, moves and closed offices."""

import datetime
import importlib
import json
import re

import pytest
import vobject
from django.core.exceptions import ValidationError
from django.utils.translation import override

from barents_portal import plaintext
from secretariat import addresses, vcard
from secretariat.models import Office
from tests.secretariat.factories import (
    OfficeFactory,
    PreviousAddressFactory,
    StaffMemberFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE = 'Evil "office", Inc.; a\\b\r\nX-EVIL:1\rBEGIN:VCARD ]]> </script><script>x</script> &'
SHORT = '9\r\n"</script>]]>;,\r&'  # fits a postcode (20 characters)
# The text fields a vCard or the JSON-LD carries, and what is put in them.
HOSTILE_FIELDS = {
    "name_en": HOSTILE,
    "visiting_street": HOSTILE,
    "visiting_postcode": SHORT,
    "visiting_city": HOSTILE,
    "postal_street": HOSTILE,
    "postal_postcode": SHORT,
    "postal_city": HOSTILE,
}


def as_read(text):
    """What a vCard reader gets back: every line break a line feed."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def get_vcard(client, office, code="en"):
    with override(code):
        url = office.get_vcard_url()
    return client.get(url)


def read_card(text):
    return vobject.readOne(text)


def adr_by_type(card):
    return {adr.params["TYPE"][0]: adr.value for adr in card.contents["adr"]}


def test_the_vcard_carries_every_field_in_its_own_part(client):
    office = OfficeFactory(
        name_en="Head office in Kirkenes",
        email="post@barents.example",
        phone="+47 78 97 70 50",
        postal_country="NO",
    )
    response = get_vcard(client, office)
    assert response.status_code == 200
    card = read_card(response.content.decode())
    assert card.fn.value == "Head office in Kirkenes"
    assert card.tel.value == "tel:+4778977050"
    assert card.email.value == "post@barents.example"
    work, postal = adr_by_type(card)["work"], adr_by_type(card)["postal"]
    assert (work.street, work.code, work.city, work.country) == (
        "Rådhusgata 8",
        "9900",
        "Kirkenes",
        "Norway",
    )
    assert (postal.street, postal.code, postal.city, postal.country) == (
        "Postboks 276",
        "9915",
        "Kirkenes",
        "Norway",
    )
    assert card.url.value == f"http://testserver{office.get_absolute_url()}"


def test_the_vcard_names_the_country_in_the_requests_language(client):
    office = OfficeFactory(country="RU")
    card = read_card(get_vcard(client, office, "ru").content.decode())
    assert adr_by_type(card)["work"].country == "Россия"


def test_hostile_text_in_any_office_field_stays_inside_its_vcard_property(client):
    office = OfficeFactory()
    for name, value in HOSTILE_FIELDS.items():
        setattr(office, name, value)
    # Saved past the form's checks, as an import or an old row might hold it.
    office.phone = "+47 22\r\nX-EVIL:x"
    office.email = 'a"b,c;d\r\nX-EVIL:y@example.org'
    office.save()
    text = get_vcard(client, office).content.decode()

    assert text.endswith("\r\n")
    raw_lines = text.split("\r\n")[:-1]
    assert all("\r" not in line and "\n" not in line for line in raw_lines)
    assert all(len(line.encode()) <= 75 for line in raw_lines)
    unfolded = text.replace("\r\n ", "").split("\r\n")[:-1]
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in unfolded]
    assert names == [
        "BEGIN",
        "VERSION",
        "KIND",
        "FN",
        "ORG",
        "TEL",
        "EMAIL",
        "ADR",
        "ADR",
        "URL",
        "END",
    ]

    card = read_card(text)
    assert card.fn.value == as_read(HOSTILE)
    assert card.tel.value == "tel:+4722"
    assert card.email.value == 'a"b,c;d\nX-EVIL:y@example.org'
    for kind in ("work", "postal"):
        adr = adr_by_type(card)[kind]
        assert (adr.street, adr.code, adr.city) == (
            as_read(HOSTILE),
            as_read(SHORT),
            as_read(HOSTILE),
        )


def test_long_lines_fold_at_75_octets_without_splitting_a_character():
    line = "FN:" + "Печенгский район, " * 10
    folded = vcard.fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert "".join(part[1:] if index else part for index, part in enumerate(parts)) == line


def jsonld_of(page):
    block = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    return block, json.loads(block)


def test_the_office_page_describes_the_office_as_a_government_office(client, head_office):
    page = client.get(head_office.get_absolute_url()).content.decode()
    _block, data = jsonld_of(page)
    assert data["@type"] == "GovernmentOffice"
    assert data["name"] == "Head office in Kirkenes"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Rådhusgata 8",
        "postalCode": "9900",
        "addressLocality": "Kirkenes",
        "addressCountry": "NO",
    }
    contact, postal = data["contactPoint"]
    assert contact["@type"] == "ContactPoint" and contact["telephone"] == "+47 78 97 70 50"
    assert postal["@type"] == "PostalAddress" and postal["streetAddress"] == "Postboks 276"


def test_hostile_text_in_any_office_field_cannot_break_out_of_the_json_ld(client):
    office = OfficeFactory()
    for name, value in HOSTILE_FIELDS.items():
        setattr(office, name, value)
    office.save()
    page = client.get(office.get_absolute_url()).content.decode()
    block, data = jsonld_of(page)
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003C/script\\u003E" in block and "]]\\u003E" in block
    # The one JSON-LD writer keeps every character but line breaks it writes as LF
    # (barents_portal.plaintext.clean), like the feeds and calendars.
    hostile, short = plaintext.clean(HOSTILE), plaintext.clean(SHORT)
    assert "\r" not in hostile and "</script>" in hostile and "X-EVIL" in hostile
    assert data["name"] == hostile
    assert data["address"]["streetAddress"] == hostile
    assert data["contactPoint"][1]["addressLocality"] == hostile
    assert data["contactPoint"][1]["postalCode"] == short
    # The office's block and the breadcrumb trail's, each whole; no script of the text's own.
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert [json.loads(block)["@type"] for block in blocks] == [
        "GovernmentOffice",
        "BreadcrumbList",
    ]
    assert "<script>x" not in page


def office_article(page):
    return page.split('<article class="office">', 1)[1].split("</article>", 1)[0]


def test_a_closed_office_shows_its_history_instead_of_live_contact_links(
    client, head_office, closed_office
):
    closed_office.moved_to = head_office
    closed_office.save()
    StaffMemberFactory(office=closed_office, phone="+7 8152 45 67 81")  # not yet set inactive
    PreviousAddressFactory(
        office=closed_office,
        street="пр. Ленина, 82",
        postcode="183038",
        city="Мурманск",
        until=datetime.date(2009, 5, 31),
        note_en="Moved to larger premises.",
    )
    page = client.get(closed_office.get_absolute_url()).content.decode()
    article = office_article(page)
    assert 'href="tel:' not in article and 'href="mailto:' not in article
    assert "vcard.vcf" not in article
    assert "Closed since 1 February 2023" in article
    assert f'moved to <a href="{head_office.get_absolute_url()}">Head office in Kirkenes</a>' in (
        article
    )
    history = article.split('id="office-history"')[1]
    assert "Last address, until 1 February 2023" in history and "Rådhusgata 8" in history
    assert "Until 31 May 2009" in history and "пр. Ленина, 82" in history
    assert "Moved to larger premises." in history
    _block, data = jsonld_of(page)
    assert "contactPoint" not in data and "telephone" not in data


def test_a_closed_offices_vcard_is_gone_with_a_page_in_the_readers_language(client, closed_office):
    response = get_vcard(client, closed_office, "nb")
    assert response.status_code == 410
    page = response.content.decode()
    assert '<html lang="nb">' in page
    assert "Murmansk-kontoret har vært stengt siden 1. februar 2023" in page
    assert "BEGIN:VCARD" not in page


def test_an_open_office_shows_where_it_was_before_it_moved(client, head_office):
    PreviousAddressFactory(
        office=head_office,
        street="Storgata 10",
        since=datetime.date(1993, 1, 11),
        until=datetime.date(2005, 8, 31),
        note_en="The first offices.",
        note_nb="De første kontorene.",
    )
    PreviousAddressFactory(
        office=head_office, street="Storgatan 5", country="SE", until=datetime.date(1993, 1, 10)
    )
    page = client.get(head_office.get_absolute_url()).content.decode()
    history = office_article(page).split('id="office-history"')[1]
    assert "Earlier addresses" in history
    assert "Storgatan 5" in history and "Sweden" in history  # another country is named
    assert "Norway" not in history
    assert "11 January 1993 to 31 August 2005" in history
    assert "Storgata 10" in history and "The first offices." in history
    assert 'href="tel:+4778977050"' in office_article(page)  # still open: live links


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rådhusgata 8, 9900 Kirkenes", ("Rådhusgata 8", "9900", "Kirkenes")),
        ("Rådhusgata 8\n9900 Kirkenes", ("Rådhusgata 8", "9900", "Kirkenes")),
        ("Rådhusgata 8\r\n9900 Kirkenes\r\nNorway", ("Rådhusgata 8", "9900", "Kirkenes")),
        (
            "ул. Карла Маркса, 25а, офис 14\n183038 Мурманск",
            ("ул. Карла Маркса, 25а, офис 14", "183038", "Мурманск"),
        ),
        (
            "ул. Смидовича, 20, 166000 Нарьян-Мар",
            ("ул. Смидовича, 20", "166000", "Нарьян-Мар"),
        ),
        ("Storgatan 5, SE-953 31 Haparanda", ("Storgatan 5", "953 31", "Haparanda")),
        ("Hallituskatu 3 A, FI-96100 Rovaniemi", ("Hallituskatu 3 A", "96100", "Rovaniemi")),
        ("Postboks 276 9915 Kirkenes", ("Postboks 276 9915 Kirkenes", "", "")),
        ("Somewhere in Kirkenes", ("Somewhere in Kirkenes", "", "")),
        ("", ("", "", "")),
    ],
)
def test_free_text_addresses_split_into_street_postcode_and_city(text, expected):
    parsed = addresses.parse(text, addresses.country_names())
    assert (parsed.street, parsed.postcode, parsed.city) == expected
    migration = importlib.import_module(
        "secretariat.migrations.0006_structured_addresses_and_moves"
    )
    assert migration.parse(text) == expected


CONTROL_CASES = {
    "name_en": "Kirkenes\roffice",
    "city_en": "Kirke\nnes",
    "visiting_street": "Rådhusgata 8\r\nX-EVIL:x",
    "visiting_postcode": "99\t00",
    "visiting_city": "Kirkenes\x00",
    "postal_street": "Postboks\u2028276",
    "postal_postcode": "9915\x1b",
    "postal_city": "Kirkenes\r",
    "opening_hours_en": "Mondays\rclosed",
    "description_en": "<p>Text\x07</p>",
    "email": "post@barents.example\r\nBcc:x@example.org",
}


@pytest.mark.parametrize("field", [*CONTROL_CASES, "phone"])
def test_control_characters_are_refused_in_every_office_text_field(field):
    office = OfficeFactory.build()
    setattr(office, field, CONTROL_CASES.get(field, "+47 22\r\nX-EVIL:x"))
    with pytest.raises(ValidationError) as error:
        office.full_clean(exclude=["slug", "slug_en", "slug_nb", "slug_ru"])
    assert field in error.value.message_dict


def test_an_address_set_as_text_is_split_into_its_parts():
    office = Office(visiting_address="Rådhusgata 8, 9900 Kirkenes", postal_address="Postboks 276")
    assert (office.visiting_street, office.visiting_postcode, office.visiting_city) == (
        "Rådhusgata 8",
        "9900",
        "Kirkenes",
    )
    assert office.visiting_address == "Rådhusgata 8\n9900 Kirkenes"
    assert office.postal_street == "Postboks 276" and office.postal_city == ""


def test_opening_hours_may_have_several_lines():
    office = OfficeFactory.build(opening_hours_en="Monday to Friday\r\n8:00–15:45\nSummer")
    office.full_clean(exclude=["slug", "slug_en", "slug_nb", "slug_ru"])


@pytest.mark.parametrize(
    "phone, valid",
    [
        ("+47 78 97 70 50", True),
        ("+4778977050", True),
        ("78 97 70 50", False),  # which country?
        ("+47 22\r\nX-EVIL:x", False),
        ("+47 22 CALL ME", False),
        ("+47  22", False),
        ("+47-22-33", False),
        ("+1", False),
    ],
)
def test_phone_numbers_are_checked_as_such(phone, valid):
    office = OfficeFactory.build(phone=phone)
    if valid:
        office.full_clean(exclude=["slug", "slug_en", "slug_nb", "slug_ru"])
    else:
        with pytest.raises(ValidationError) as error:
            office.full_clean(exclude=["slug", "slug_en", "slug_nb", "slug_ru"])
        assert list(error.value.message_dict) == ["phone"]


def admin_office_data(**changes):
    data = {
        "name_en": "New office",
        "kind": "office",
        "country": "NO",
        "status": "draft",
        "order": 0,
        "phone": "+47 78 97 70 50",
        "staff-TOTAL_FORMS": 0,
        "staff-INITIAL_FORMS": 0,
        "previous_addresses-TOTAL_FORMS": 1,
        "previous_addresses-INITIAL_FORMS": 0,
        "previous_addresses-0-street": "Storgata 10",
        "previous_addresses-0-postcode": "9900",
        "previous_addresses-0-city": "Kirkenes",
        "previous_addresses-0-until": "2005-08-31",
        "previous_addresses-0-note_en": "The first offices.",
    }
    return {**data, **changes}


def test_the_admin_refuses_a_phone_number_with_a_line_break_with_a_clear_error(admin_client):
    response = admin_client.post(
        "/admin/secretariat/office/add/", admin_office_data(phone="+47 22\r\nX-EVIL:x")
    )
    assert response.status_code == 200
    assert "Enter a phone number in international form" in response.content.decode()
    assert not Office.objects.exists()


def test_the_admin_saves_an_office_with_its_earlier_address(admin_client):
    response = admin_client.post("/admin/secretariat/office/add/", admin_office_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    office = Office.objects.get()
    assert office.previous_addresses.get().note_en == "The first offices."
