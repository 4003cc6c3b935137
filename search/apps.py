from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    # What the section contributes to the site (barents_portal.sections).
    section = "search.section.SECTION"
