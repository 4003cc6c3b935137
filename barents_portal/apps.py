from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
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
        from barents_portal.admin_i18n import translate_boolean_icons

        translate_boolean_icons()
        # Cache invalidation is the one use of signals here: any write to any content
        # model, from the admin, a service, an import or the shell, forgets kept pages.
        from barents_portal.cache import content_changed
        from barents_portal.roles import content_models

        for model in content_models():
            uid = f"page-cache-{model._meta.label_lower}"
            post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}-delete")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    content_changed,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}-{field.name}",
                )
