"""Addresses in parts: street, postcode, city and country (what vCards and schema.org ask for)."""

import re
from dataclasses import dataclass

from django.utils.translation import override

from barents_portal.languages import language_codes
from barents_portal.vocabulary import Country

# The last part of an address: "9900 Kirkenes", "183038 Мурманск", "FI-96100 Rovaniemi",
# "SE-953 31 Haparanda", "NO-9900 Kirkenes". Postcodes of the Barents countries are digits
# (Swedish ones may have a space after the third), optionally after a country prefix.
POSTCODE_CITY = re.compile(
    r"^(?:(?P<prefix>[A-Z]{1,2})[-\s])?(?P<postcode>\d{3}\s\d{2}|\d{3,6})\s+(?P<city>\D.*)$"
)


@dataclass(frozen=True)
class Address:
    street: str = ""
    postcode: str = ""
    city: str = ""

    def __bool__(self):
        return bool(self.street or self.postcode or self.city)


def parse(text, country_names=()):
    """Split free text ("street, postcode city" or one part per line) into an Address.

    The street keeps everything before the last part; a trailing country name (one of
    `country_names`) is dropped. Text that does not end in "postcode city" is kept whole as
    the street, one line per comma-separated part, so nothing is lost.
    """
    lines = [line.strip() for line in (text or "").replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if len(lines) == 1:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    names = {name.casefold() for name in country_names}
    if len(lines) > 1 and lines[-1].casefold() in names:
        lines = lines[:-1]
    if len(lines) > 1 and (match := POSTCODE_CITY.match(lines[-1])):
        return Address(
            street=", ".join(lines[:-1]),
            postcode=match["postcode"],
            city=match["city"].strip(),
        )
    return Address(street=", ".join(lines))


def lines(street, postcode, city):
    """An address as it is written on an envelope: the street, then "postcode city"."""
    last = " ".join(part for part in (postcode, city) if part)
    return [part for part in (street, last) if part]


def country_names():
    """Every country of the vocabulary by its name in every site language (and its code)."""
    names = set()
    for code in language_codes():
        with override(code):
            names.update(str(label) for label in Country.labels)
    return names | set(Country.values)
