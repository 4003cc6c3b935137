# The five staff roles. Their permissions are kept complete by barents_portal.roles.sync_roles,
# which runs after every migrate (content models added later are covered too).
from django.db import migrations

ROLES = ["Editor", "Translator", "Publisher", "Office manager", "Administrator"]


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("barents_portal", "0002_publicationrecord"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
