"""The portal's sitemap: every public page, in the languages it really exists in.

Each section declares its Sitemap classes (barents_portal.sections); `SITEMAPS` in
barents_portal/urls.py composes them after the portal's own "sections" list. Items come from
`published()` like every other public surface.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse

from barents_portal import sections
from barents_portal.languages import language_codes, languages_with_content


class TranslatedSitemap(Sitemap):
    """One <url> per item and language it exists in, with hreflang alternates for those.

    Django's own `x_default` only works when the English URL minus its prefix is a page;
    our paths are translated (`/nb/nyheter/` is `/en/news/`), so x-default is set here,
    the same way as in the page's <head>: English when it exists, else the first language.
    """

    i18n = True
    alternates = True

    def get_languages_for_item(self, item):
        return languages_with_content(item)

    def lastmod(self, item):
        return getattr(item, "updated_at", None)

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            alternates = url["alternates"]
            if alternates:
                by_code = {
                    alternate["lang_code"]: alternate["location"] for alternate in alternates
                }
                default = by_code.get(settings.LANGUAGE_CODE, alternates[0]["location"])
                alternates.append({"lang_code": "x-default", "location": default})
        return urls


class SectionSitemap(TranslatedSitemap):
    """Pages named by URL (`url_names`), in every language."""

    changefreq = "daily"
    url_names = []

    def items(self):
        names = []
        for name in self.url_names:
            try:
                reverse(name)
            except NoReverseMatch:
                continue  # a section that does not exist (yet)
            names.append(name)
        return names

    def get_languages_for_item(self, item):
        return language_codes()

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return None


class SiteSectionsSitemap(SectionSitemap):
    """The front page, the sections' front pages (the menu's) and the open-data page, in
    every language."""

    @property
    def url_names(self):
        return ["home", *sections.section_url_names(), "open-data"]
