"""The extra section's declaration: a menu entry, a sitemap and a search type."""

from barents_portal.languages import language_codes
from barents_portal.sections import MenuEntry, SearchSection, SearchType, Section
from barents_portal.sitemaps import TranslatedSitemap


class NoticeSitemap(TranslatedSitemap):
    def items(self):
        from tests.extra_section.models import Notice

        return Notice.objects.published().order_by("pk")

    def get_languages_for_item(self, item):
        return language_codes()


SECTION = Section(
    menu=(MenuEntry(60, "Notices", "notices:index"),),
    sitemaps={"notices": NoticeSitemap},
    search_types=(SearchType("notices", "Notices", "Notice", order=100),),
    search=(
        SearchSection(
            "notice", "notices", "extra_section.Notice", title="title", rank="search_{lang}"
        ),
    ),
    urls="tests.extra_section.urls",
)
