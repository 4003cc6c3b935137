"""The demo's offices: addresses in parts, a closed office's history and where its work went."""

import pytest
import vobject
from django.utils.translation import override

from secretariat.models import Office

pytestmark = pytest.mark.django_db


def test_the_demo_offices_have_their_addresses_in_parts(demo_content):
    offices = list(Office.objects.all())
    assert offices
    for office in offices:
        for kind in ("visiting", "postal"):
            assert getattr(office, f"{kind}_street"), (office, kind)
            assert getattr(office, f"{kind}_postcode").isdigit(), (office, kind)
            assert getattr(office, f"{kind}_city"), (office, kind)
            assert "," not in getattr(office, f"{kind}_city")


def test_the_demo_head_office_vcard_reads_back_in_parts(client, demo_content):
    office = Office.objects.get(email="post@barents.example")
    with override("en"):
        response = client.get(office.get_vcard_url())
    card = vobject.readOne(response.content.decode())
    work = next(adr.value for adr in card.contents["adr"] if adr.params["TYPE"] == ["work"])
    assert (work.street, work.code, work.city, work.country) == (
        "Rådhusgata 8",
        "9900",
        "Kirkenes",
        "Norway",
    )


def test_the_demo_murmansk_office_shows_its_history_and_where_its_work_went(client, demo_content):
    office = Office.objects.get(email="murmansk@barents.example")
    with override("en"):
        page = client.get(office.get_absolute_url()).content.decode()
        assert client.get(office.get_vcard_url()).status_code == 410
    article = page.split('<article class="office">', 1)[1].split("</article>", 1)[0]
    assert "Closed since" in article and 'href="tel:' not in article
    assert "Head office in Kirkenes</a>" in article
    assert "пр. Ленина, 82" in article and "Karl Marx Street" in article
