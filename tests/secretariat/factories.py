"""Factories for the secretariat: offices, their staff and the about pages."""

import datetime

import factory

from barents_portal.vocabulary import Country
from secretariat.models import Office, Page, PreviousAddress, StaffMember
from tests.factories import PublishableFactory


class OfficeFactory(PublishableFactory):
    class Meta:
        model = Office

    name_en = factory.Sequence(lambda n: f"Office {n}")
    name_nb = factory.Sequence(lambda n: f"Kontor {n}")
    name_ru = factory.Sequence(lambda n: f"Офис {n}")
    city_en = "Kirkenes"
    city_nb = "Kirkenes"
    city_ru = "Киркенес"
    country = Country.NORWAY
    visiting_street = "Rådhusgata 8"
    visiting_postcode = "9900"
    visiting_city = "Kirkenes"
    postal_street = "Postboks 276"
    postal_postcode = "9915"
    postal_city = "Kirkenes"
    phone = "+47 78 97 70 50"
    email = factory.Sequence(lambda n: f"office{n}@barents.example")


class StaffMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffMember

    name = factory.Sequence(lambda n: f"Kari Nordmann {n}")
    job_title_en = "Adviser"
    job_title_nb = "Rådgiver"
    job_title_ru = "Советник"
    email = factory.Sequence(lambda n: f"person{n}@barents.example")
    office = factory.SubFactory(OfficeFactory)


class PageFactory(PublishableFactory):
    class Meta:
        model = Page

    title_en = factory.Sequence(lambda n: f"About page {n}")
    title_nb = factory.Sequence(lambda n: f"Om-side {n}")
    title_ru = factory.Sequence(lambda n: f"Страница {n}")
    summary_en = "A summary."
    body_en = "<p>Body text.</p>"
    body_nb = "<p>Brødtekst.</p>"
    body_ru = "<p>Текст страницы.</p>"


class PreviousAddressFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PreviousAddress

    office = factory.SubFactory(OfficeFactory)
    street = "Storgata 1"
    postcode = "9900"
    city = "Kirkenes"
    until = datetime.date(2012, 3, 1)
