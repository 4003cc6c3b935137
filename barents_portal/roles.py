"""The staff roles and the permissions behind them.

Roles are Django groups. barents_portal's first migration creates them, and
`sync_roles()` (run after every `migrate`) gives them the permissions of every content
model, so a model added later is covered without another migration. Two permissions of our
own exist for each content model:

- `publish_<model>` for publishable models: publish, schedule, unpublish;
- `translate_<model>` for translated models: edit the translation fields only.

The admin (barents_portal.admin.RoleAwareAdminMixin) enforces them on the server: fields a
role may not change are read-only, so a crafted POST cannot change them either.
"""

from django.apps import apps as global_apps
from django.utils.translation import gettext_lazy as _

EDITOR = "Editor"
TRANSLATOR = "Translator"
PUBLISHER = "Publisher"
OFFICE_MANAGER = "Office manager"
ADMINISTRATOR = "Administrator"
ROLE_NAMES = [EDITOR, TRANSLATOR, PUBLISHER, OFFICE_MANAGER, ADMINISTRATOR]
ROLE_LABELS = {
    EDITOR: _("Editor"),
    TRANSLATOR: _("Translator"),
    PUBLISHER: _("Publisher"),
    OFFICE_MANAGER: _("Office manager"),
    ADMINISTRATOR: _("Administrator"),
}


def publish_codename(model):
    return f"publish_{model._meta.model_name}"


def translate_codename(model):
    return f"translate_{model._meta.model_name}"


def is_publishable(model):
    from barents_portal.publishing import Publishable

    return issubclass(model, Publishable)


def is_translated(model):
    from modeltranslation.translator import translator

    return model in translator.get_registered_models(abstract=False)


def content_models(apps=global_apps):
    """The models of the section apps that declare content (barents_portal.sections)."""
    from barents_portal.sections import content_app_labels

    return [
        model
        for label in content_app_labels()
        if label in {config.label for config in apps.get_app_configs()}
        for model in apps.get_app_config(label).get_models()
        if not model._meta.auto_created and not model.__name__.startswith("Historical")
    ]


def sync_roles(apps=global_apps, using="default", **kwargs):
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=apps)

    from barents_portal.sections import role_permissions

    # What the sections add to a role beyond the standard grants (the office manager's).
    extra_grants = {}
    for role, model_label, codenames in role_permissions():
        extra_grants.setdefault(model_label, []).append((role, codenames))

    grants = {name: set() for name in ROLE_NAMES}
    for model in content_models():
        content_type = ContentType.objects.db_manager(using).get_for_model(model)
        label = model._meta.verbose_name
        extra = []
        if is_publishable(model):
            extra.append((publish_codename(model), f"Can publish, schedule and unpublish {label}"))
        if is_translated(model):
            extra.append((translate_codename(model), f"Can translate {label}"))
        for codename, name in extra:
            Permission.objects.db_manager(using).get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name[:255]}
            )
        perms = {
            perm.codename: perm
            for perm in Permission.objects.db_manager(using).filter(content_type=content_type)
        }
        name = model._meta.model_name
        editing = [f"view_{name}", f"add_{name}", f"change_{name}"]
        grants[EDITOR] |= {perms[c] for c in editing}
        grants[PUBLISHER] |= {perms[c] for c in [*editing, f"delete_{name}"]}
        if is_publishable(model):
            grants[PUBLISHER].add(perms[publish_codename(model)])
        if is_translated(model):
            grants[TRANSLATOR] |= {perms[f"view_{name}"], perms[translate_codename(model)]}
        for role, codenames in extra_grants.get(model._meta.label_lower, ()):
            grants[role] |= {perms[codename] for codename in codenames}
    dashboard = Permission.objects.db_manager(using).get(
        content_type__app_label="barents_portal", codename="view_translationrevision"
    )
    for role in (EDITOR, TRANSLATOR, PUBLISHER):
        grants[role].add(dashboard)
    # "Changes waiting" (barents_portal.pending): editors see theirs, publishers review them.
    waiting = Permission.objects.db_manager(using).filter(
        content_type__app_label="barents_portal", codename="view_pendingchange"
    )
    for role in (EDITOR, TRANSLATOR, PUBLISHER, OFFICE_MANAGER):
        grants[role] |= set(waiting)
    grants[ADMINISTRATOR] = set(Permission.objects.db_manager(using).all())
    for role, permissions in grants.items():
        group, _created = Group.objects.db_manager(using).get_or_create(name=role)
        group.permissions.set(permissions)


def has_role_permission(user, model, codename_for):
    return user.has_perm(f"{model._meta.app_label}.{codename_for(model)}")


def can_publish(user, model):
    return has_role_permission(user, model, publish_codename)


def can_translate(user, model):
    return has_role_permission(user, model, translate_codename)
