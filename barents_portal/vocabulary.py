"""The places every section speaks of: the countries and regions of the Barents Region.

One list, one set of codes. A region's code is its ISO 3166-2 code (`NO-18`, `RU-MUR`): the
country is its first two letters, and the same code tags a news article
(`news.Article.regions`), names the regions a funding programme is open to, appears in the
funding finder's links and in the CSV/JSON import and export. The names are translated here,
through gettext, and nowhere else.

Funding relates programmes, projects and partners to regions with foreign keys and
many-to-many fields, so it keeps a small table, `projects.Region`, with one row per code of
this list and nothing else in it: its name and country are read from here, and staff no
longer edit them. (News tags articles with the codes themselves, in an array column.)
Adding a region means a new member below and a data migration of `projects` creating its
row.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    NORWAY = "NO", _("Norway")
    SWEDEN = "SE", _("Sweden")
    FINLAND = "FI", _("Finland")
    RUSSIA = "RU", _("Russia")


class Region(models.TextChoices):
    """The counties and regions of the Barents Region, by country, then by code."""

    NORDLAND = "NO-18", _("Nordland")
    TROMS = "NO-55", _("Troms")
    FINNMARK = "NO-56", _("Finnmark")
    VASTERBOTTEN = "SE-AC", _("Västerbotten")
    NORRBOTTEN = "SE-BD", _("Norrbotten")
    KAINUU = "FI-05", _("Kainuu")
    LAPLAND = "FI-10", _("Lapland")
    NORTH_KARELIA = "FI-13", _("North Karelia")
    NORTH_OSTROBOTHNIA = "FI-14", _("North Ostrobothnia")
    ARKHANGELSK = "RU-ARK", _("Arkhangelsk Region")
    KOMI = "RU-KO", _("Komi Republic")
    KARELIA = "RU-KR", _("Republic of Karelia")
    MURMANSK = "RU-MUR", _("Murmansk Region")
    NENETS = "RU-NEN", _("Nenets Autonomous Area")

    @property
    def country(self):
        return Country(self.value[:2])


def regions_in(country):
    """The regions of `country` (a Country or its code), in the order of Region."""
    return [region for region in Region if region.country == country]


def countries_of(regions):
    """The codes of the countries the given region codes lie in, in the order of Country."""
    wanted = {Region(code).country for code in regions}
    return [country.value for country in Country if country in wanted]


def region_name(code):
    """The translated name of the region `code`; an unknown code is shown as it is."""
    try:
        return Region(code).label
    except ValueError:
        return code
