from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecretariatConfig(AppConfig):
    name = "secretariat"
    verbose_name = _("Secretariat")
    # What the section contributes to the site (barents_portal.sections).
    section = "secretariat.section.SECTION"
