"""The extra section's declaration: a menu entry, a sitemap, a search type, a dataset."""

from barents_portal.languages import language_codes
from barents_portal.opendata import Dataset, Field, Type
from barents_portal.sections import MenuEntry, SearchSection, SearchType, Section
from barents_portal.sitemaps import TranslatedSitemap


class NoticeSitemap(TranslatedSitemap):
    def items(self):
        from tests.extra_section.models import Notice

        return Notice.objects.published().order_by("pk")

    def get_languages_for_item(self, item):
        return language_codes()


def _notice_rows():
    from tests.extra_section.models import Notice

    return Notice.objects.published().order_by("pk").values("id", "title")


NOTICES = Dataset(
    key="notices",
    order=90,
    title="Notices",
    description="Every published notice.",
    fields=(
        Field("id", Type.INTEGER, "The notice's number."),
        Field("title", Type.TEXT, "Its title."),
    ),
    rows=_notice_rows,
)

SECTION = Section(
    menu=(MenuEntry(60, "Notices", "notices:index"),),
    sitemaps={"notices": NoticeSitemap},
    search_types=(SearchType("notices", "Notices", "Notice", order=100),),
    search=(
        SearchSection(
            "notice", "notices", "extra_section.Notice", title="title", rank="search_{lang}"
        ),
    ),
    datasets=(NOTICES,),
    urls="tests.extra_section.urls",
)
