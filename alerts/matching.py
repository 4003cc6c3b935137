"""Which programmes a subscription follows: the funding finder's own narrowing.

A "calls like these" subscription keeps the finder's criteria as codes; `criteria()` turns
them back into what `projects.finder.narrow()` takes, so the alerts match exactly what the
finder showed. Unknown codes (a theme deleted since) drop out.
"""

import json
from decimal import Decimal, InvalidOperation

from barents_portal.vocabulary import Country
from projects import finder
from projects.models import ApplicantType, Programme, Region, Theme

FILTER_KEYS = ("place", "applicant", "theme", "amount_eur")


def criteria(filters):
    """The finder's criteria, or None when a code no longer exists (a theme deleted since):
    such a subscription then matches nothing rather than everything."""
    found = {}
    place = filters.get("place")
    if place in Country.values:
        found["place"] = place
    elif place:
        found["place"] = Region.objects.filter(code=place).first()
    if code := filters.get("applicant"):
        found["applicant"] = ApplicantType.objects.filter(code=code).first()
    if code := filters.get("theme"):
        found["theme"] = Theme.objects.filter(code=code).first()
    if amount := filters.get("amount_eur"):
        try:
            found["amount_eur"] = Decimal(amount)
        except (InvalidOperation, TypeError):
            found["amount_eur"] = None
    if any(value is None for value in found.values()):
        return None
    return found


def filters_key(filters):
    return json.dumps(filters, sort_keys=True)


def programme_ids(kind, filters, programme_id, now):
    """The published programmes a calls/programme subscription follows."""
    published = Programme.objects.published()
    if kind == "programme":
        return set(published.filter(pk=programme_id).values_list("pk", flat=True))
    wanted = criteria(filters)
    if wanted is None:
        return set()
    return set(finder.narrow(published, wanted, now).values_list("pk", flat=True))


def describe_filters(filters):
    """The filters in words of the active language ("Finnmark, NGO, Culture, from 10 000 €")."""
    from django.utils.formats import number_format
    from django.utils.translation import gettext

    from barents_portal.vocabulary import region_name

    parts = []
    place = filters.get("place")
    if place in Country.values:
        parts.append(str(Country(place).label))
    elif place:
        parts.append(str(region_name(place)))
    for key, model in (("applicant", ApplicantType), ("theme", Theme)):
        if code := filters.get(key):
            obj = model.objects.filter(code=code).first()
            if obj is not None:
                parts.append(obj.name)
    if amount := filters.get("amount_eur"):
        parts.append(
            gettext("%(amount)s € or more")
            % {"amount": number_format(Decimal(amount), decimal_pos=0, force_grouping=True)}
        )
    return ", ".join(parts)


def finder_filters(criteria):
    """The finder's valid criteria (projects.forms.FinderForm.criteria) as stored codes."""
    filters = {}
    place = criteria.get("place")
    if isinstance(place, Region):
        filters["place"] = place.code
    elif place:
        filters["place"] = str(place)
    for key in ("applicant", "theme"):
        if obj := criteria.get(key):
            filters[key] = obj.code
    if (amount := criteria.get("amount_eur")) is not None:
        filters["amount_eur"] = str(Decimal(amount).quantize(Decimal("1")))
    return filters
