"""Sitemaps of the funding section, for the project's sitemap.xml to include.

    from projects.sitemaps import SITEMAPS as FUNDING_SITEMAPS
    sitemaps = {..., **FUNDING_SITEMAPS}

Published programmes and projects only (a draft programme's projects are left out with
it), one URL per language the item exists in, with hreflang alternates between them.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from barents_portal.languages import languages_with_content
from projects.models import FundedProject, Programme


class TranslatedItemsSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def get_languages_for_item(self, item):
        return languages_with_content(item)

    def lastmod(self, item):
        return item.updated_at


class ProgrammeSitemap(TranslatedItemsSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Programme.objects.published().order_by("pk")


class FundedProjectSitemap(TranslatedItemsSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return FundedProject.objects.published().order_by("pk")


class FundingPagesSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"
    priority = 0.7

    def items(self):
        return [
            "projects:index",
            "projects:call-list",
            "projects:project-list",
            "projects:statistics",
        ]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "funding": FundingPagesSitemap,
    "funding-programmes": ProgrammeSitemap,
    "funding-projects": FundedProjectSitemap,
}
