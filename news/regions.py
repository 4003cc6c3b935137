"""The countries and regions of the Barents Euro-Arctic Region, for tagging content."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from secretariat.models import Country


class Region(models.TextChoices):
    NORDLAND = "nordland", _("Nordland")
    TROMS = "troms", _("Troms")
    FINNMARK = "finnmark", _("Finnmark")
    NORRBOTTEN = "norrbotten", _("Norrbotten")
    VASTERBOTTEN = "vasterbotten", _("Västerbotten")
    LAPLAND = "lapland", _("Lapland")
    OULU = "oulu", _("Oulu Region")
    KAINUU = "kainuu", _("Kainuu")
    NORTH_KARELIA = "north-karelia", _("North Karelia")
    MURMANSK = "murmansk", _("Murmansk Region")
    ARKHANGELSK = "arkhangelsk", _("Arkhangelsk Region")
    KARELIA = "karelia", _("Republic of Karelia")
    KOMI = "komi", _("Komi Republic")
    NENETS = "nenets", _("Nenets Autonomous Area")


REGION_COUNTRY = {
    Region.NORDLAND: Country.NORWAY,
    Region.TROMS: Country.NORWAY,
    Region.FINNMARK: Country.NORWAY,
    Region.NORRBOTTEN: Country.SWEDEN,
    Region.VASTERBOTTEN: Country.SWEDEN,
    Region.LAPLAND: Country.FINLAND,
    Region.OULU: Country.FINLAND,
    Region.KAINUU: Country.FINLAND,
    Region.NORTH_KARELIA: Country.FINLAND,
    Region.MURMANSK: Country.RUSSIA,
    Region.ARKHANGELSK: Country.RUSSIA,
    Region.KARELIA: Country.RUSSIA,
    Region.KOMI: Country.RUSSIA,
    Region.NENETS: Country.RUSSIA,
}


def countries_of(regions):
    """The countries the given regions lie in, in the order of Country."""
    wanted = {REGION_COUNTRY[Region(code)] for code in regions}
    return [country.value for country in Country if country in wanted]
