from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_roles_after_migrate(sender, using="default", **kwargs):
    from barents_portal.roles import sync_roles

    sync_roles(using=using)


class BarentsPortalConfig(AppConfig):
    name = "barents_portal"
    verbose_name = _("Barents Portal")

    def ready(self):
        # Keeps the roles' permissions complete after every migrate, as Django itself does
        # for model permissions; the roles themselves come from a data migration.
        post_migrate.connect(sync_roles_after_migrate, sender=self)
