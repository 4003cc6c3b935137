from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Funding")
    # What the section contributes to the site (barents_portal.sections).
    section = "projects.section.SECTION"
