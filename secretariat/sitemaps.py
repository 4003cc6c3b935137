from barents_portal.sitemaps import SectionSitemap, TranslatedSitemap
from secretariat.models import Office, Page


class OfficeSitemap(TranslatedSitemap):
    def items(self):
        return Office.objects.published().for_listing()


class PageSitemap(TranslatedSitemap):
    def items(self):
        return Page.objects.published().with_ancestors().order_by("pk")


class AccessibilitySitemap(SectionSitemap):
    """The accessibility statement, in every language."""

    changefreq = "monthly"
    url_names = ["secretariat:accessibility"]
