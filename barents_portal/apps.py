from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BarentsPortalConfig(AppConfig):
    name = "barents_portal"
    verbose_name = _("Barents Portal")
