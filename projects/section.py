"""What the funding section contributes to the site (barents_portal.sections)."""

from django.utils.translation import pgettext_lazy

from barents_portal.search import html
from barents_portal.sections import Block, MenuEntry, SearchSection, SearchType, Section
from projects import opendata
from projects.sitemaps import SITEMAPS


def _highlights(request):
    from projects.templatetags.funding_tags import funding_highlights

    return funding_highlights({"request": request})


SECTION = Section(
    menu=(MenuEntry(30, pgettext_lazy("navigation", "Funding"), "projects:index"),),
    home=(Block(30, "projects/includes/_home_funding.html", _highlights),),
    sitemaps=SITEMAPS,
    search_types=(
        SearchType(
            "programmes",
            pgettext_lazy("search type", "Funding programmes"),
            pgettext_lazy("search result", "Funding programme"),
            order=70,
        ),
        SearchType(
            "calls",
            pgettext_lazy("search type", "Calls for applications"),
            pgettext_lazy("search result", "Call for applications"),
            order=80,
        ),
        SearchType(
            "projects",
            pgettext_lazy("search type", "Funded projects"),
            pgettext_lazy("search result", "Funded project"),
            order=90,
        ),
    ),
    search=(
        SearchSection(
            "programme",
            "programmes",
            "projects.Programme",
            title="name_{lang}",
            snippet=("summary_{lang}", html("description_{lang}"), html("eligibility_{lang}")),
            names=("name_{lang}",),
            card=("slug", "funder__name"),
            context=lambda programme: programme.funder.name,
        ),
        SearchSection(
            "call",
            "calls",
            "projects.Call",
            rank="search_{lang}",  # no body: its vector is small and inline
            title="title_{lang}",
            snippet=("summary_{lang}",),
            card=("programme__slug", "programme__name"),
            context=lambda call: call.programme.name,
        ),
        SearchSection(
            "project",
            "projects",
            "projects.FundedProject",
            title="title_{lang}",
            snippet=("summary_{lang}",),
            names=("title_{lang}",),
            card=("slug", "lead_organisation", "year_granted"),
            context=lambda project: f"{project.lead_organisation}, {project.year_granted}",
        ),
    ),
    # A call opens and closes (open calls, deadlines, "closes in n days").
    time_boundaries=(("projects.Call", "opens_at"), ("projects.Call", "deadline")),
    datasets=opendata.DATASETS,
    demo="projects.demo",
    urls="projects.urls",
)
