"""The funding finder: which published programmes match an applicant, nearest deadline first.

Each criterion of `FinderForm` narrows `Programme.objects.published()` through one named
queryset method. When nothing matches, `relaxations()` counts what each criterion left out
would give, so the page can offer the nearest way out ("without the theme: 3 programmes").
The number of queries depends on how many criteria are set (at most six), never on how
many programmes exist.
"""

from dataclasses import dataclass

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from barents_portal.vocabulary import Country
from projects.forms import FinderForm
from projects.models import CallState, Programme, Region

# The form fields a criterion comes from (amount also drops its currency).
CRITERION_FIELDS = {
    "place": ("place",),
    "applicant": ("applicant",),
    "theme": ("theme",),
    "amount_eur": ("amount", "currency"),
    "partner": ("partner",),
    "when": ("when",),
}

RELAXATION_LABELS = {
    "place": _("Without the place"),
    "applicant": _("Without the kind of applicant"),
    "theme": _("Without the theme"),
    "amount_eur": _("Without the amount"),
    "partner": _("Without the partner"),
    "when": _("Without the deadline"),
}


def narrow(queryset, criteria, now):
    place = criteria.get("place")
    if isinstance(place, Region):
        queryset = queryset.eligible_in_region(place)
    elif place in Country.values:
        queryset = queryset.eligible_in_country(place)
    if applicant := criteria.get("applicant"):
        queryset = queryset.for_applicant_type(applicant)
    if theme := criteria.get("theme"):
        queryset = queryset.for_theme(theme)
    if (amount := criteria.get("amount_eur")) is not None:
        queryset = queryset.granting(amount)
    partner = criteria.get("partner")
    if partner == FinderForm.NO_PARTNER:
        queryset = queryset.without_partner()
    elif partner:
        queryset = queryset.accepting_partner_from(partner)
    when = criteria.get("when")
    if when == "open":
        queryset = queryset.open_now(now)
    elif when:
        queryset = queryset.deadline_within(int(when), now)
    return queryset


def nearest_deadline_first(programmes, now):
    """The programmes (`for_listing()`, in name order) by their nearest future deadline,
    then those open all year (an open rolling call), then those without an upcoming call;
    read from the upcoming calls each card shows, so the query orders by name alone."""

    def order(programme):
        calls = programme.upcoming_calls
        nearest = min((c.deadline for c in calls if c.deadline and c.deadline > now), default=None)
        open_rolling = any(c.state_at(now) == CallState.ROLLING for c in calls)
        return (nearest is None, nearest or now, not open_rolling)

    return sorted(programmes, key=order)  # stable: names stay in order among equals


@dataclass
class Relaxation:
    label: str
    count: int
    url: str


def relaxations(criteria, query_dict, now):
    """For each criterion set, how many programmes match without it (best first)."""
    found = []
    for key in CRITERION_FIELDS:
        if key not in criteria:
            continue
        rest = {name: value for name, value in criteria.items() if name != key}
        count = narrow(Programme.objects.published(), rest, now).count()
        if count:
            params = [
                (name, value)
                for name, values in query_dict.lists()
                for value in values
                if name not in CRITERION_FIELDS[key] and value
            ]
            found.append(Relaxation(RELAXATION_LABELS[key], count, f"?{urlencode(params)}"))
    return sorted(found, key=lambda relaxation: -relaxation.count)
