"""Sitemaps of the funding section (SITEMAPS, declared in projects/section.py).

Published programmes and projects only (a draft programme's projects are left out with
it), one URL per language the item exists in, with hreflang alternates between them.
The section's front page (`projects:index`) is in the portal's own list (SiteSectionsSitemap).
"""

from barents_portal.sitemaps import SectionSitemap, TranslatedSitemap
from projects.models import FundedProject, Programme


class ProgrammeSitemap(TranslatedSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Programme.objects.published().order_by("pk")


class FundedProjectSitemap(TranslatedSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return FundedProject.objects.published().order_by("pk")


class FundingPagesSitemap(SectionSitemap):
    """The section's other lists, in every language."""

    url_names = ["projects:call-list", "projects:project-list", "projects:statistics"]


SITEMAPS = {
    "funding": FundingPagesSitemap,
    "programmes": ProgrammeSitemap,
    "funded-projects": FundedProjectSitemap,
}
