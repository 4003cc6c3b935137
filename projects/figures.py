"""What the programmes have funded, in numbers: aggregated in SQL, drawn as SVG bars.

Each figure comes from one GROUP BY query over `FundedProject.objects.published()`; Python
only scales the bars (drawn by templates/projects/includes/_bar_chart.html). Sums are in
euros (see `projects.money`): the charts compare programmes that pay in NOK, SEK, DKK and EUR.

The four aggregates read every published project (the whole table, every time), so
they are kept as a fragment (`barents_portal.cache.fragment`): per language and content
generation, until the next scheduled change. Any write to a project, programme or theme
gives the next request new figures; the front page's counters read the grants by year,
kept on their own (one query when not kept, so the front page stays within ten).
"""

from dataclasses import dataclass

from django.db.models import Count, Sum

from barents_portal.cache import fragment
from barents_portal.vocabulary import Country
from projects.models import FundedProject, Theme
from projects.money import in_eur

BAR_AREA = 330  # SVG units of the longest bar; each bar's SVG stretches over its track


@dataclass
class Bar:
    label: str
    count: int
    total_eur: object
    width: int = 0


@dataclass
class Chart:
    bars: list


def chart(bars, value=lambda bar: bar.total_eur):
    largest = max((value(bar) or 0 for bar in bars), default=0)
    for bar in bars:
        share = (value(bar) or 0) / largest if largest else 0
        bar.width = max(round(float(share) * BAR_AREA), 1 if value(bar) else 0)
    return Chart(bars=bars)


def published_projects():
    return FundedProject.objects.published()


def by_year(projects):
    return chart(
        [
            Bar(str(row["year_granted"]), row["count"], row["total_eur"])
            for row in projects.by_year()
        ]
    )


def by_country(projects):
    return chart(
        [
            Bar(str(Country(row["lead_country"]).label), row["count"], row["total_eur"])
            for row in projects.by_country()
        ]
    )


def by_theme(projects):
    """A project with two themes counts under both."""
    rows = (
        projects.filter(themes__isnull=False)
        .order_by()
        .values("themes")
        .annotate(count=Count("pk"), total_eur=Sum(in_eur("grant_amount")))
        .order_by("-total_eur")
    )
    rows = list(rows)
    themes = Theme.objects.in_bulk([row["themes"] for row in rows])
    return chart([Bar(themes[row["themes"]].name, row["count"], row["total_eur"]) for row in rows])


def _figures():
    projects = published_projects()
    totals = projects.aggregate(
        count=Count("pk"),
        total_eur=Sum(in_eur("grant_amount"), default=0),
        programmes=Count("programme", distinct=True),
    )
    return {
        "totals": totals,
        "by_year": years_chart(),
        "by_theme": by_theme(projects),
        "by_country": by_country(projects),
    }


def years_chart():
    """Grants by year, a fragment of its own: the front page's counters read only this."""
    return fragment("funding-by-year", lambda: by_year(published_projects()))


def figures():
    """The totals and the three charts' bars, kept as a fragment (see the module's note)."""
    return fragment("funding-figures", _figures)


def granted_in(year):
    """Projects granted in `year` and their sum in euros, read from the kept figures."""
    for bar in years_chart().bars:
        if bar.label == str(year):
            return {"count": bar.count, "total_eur": bar.total_eur or 0}
    return {"count": 0, "total_eur": 0}


def overview():
    return {
        **figures(),
        "bar_area": BAR_AREA,
    }
