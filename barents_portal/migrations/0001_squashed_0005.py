"""The shared blocks' tables, the PostgreSQL extensions search needs and the staff roles.

Squashed from 0001-0005 before the first release: a database that ran those has this one
marked as applied without running it. pg_trgm (typo-tolerant search) and unaccent are created
here, in the project's first migration, so that the test database and every deployment have
them; creating an extension needs a superuser (or a trusted extension).
"""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations, models

# The five staff roles. Their permissions are kept complete by barents_portal.roles.sync_roles,
# which runs after every migrate (content models added later are covered too).
ROLES = ["Editor", "Translator", "Publisher", "Office manager", "Administrator"]


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):

    initial = True

    replaces = [
        ('barents_portal', '0001_postgres_extensions'),
        ('barents_portal', '0002_publicationrecord'),
        ('barents_portal', '0003_roles'),
        ('barents_portal', '0004_translationrevision'),
        ('barents_portal', '0005_pendingchange'),
    ]

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        migrations.CreateModel(
            name='PendingChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.PositiveBigIntegerField()),
                ('item_repr', models.CharField(max_length=300, verbose_name='item')),
                ('data', models.JSONField(default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder, verbose_name='changed fields')),
                ('state', models.CharField(choices=[('pending', 'Waiting for a publisher'), ('sent_back', 'Sent back')], db_index=True, default='pending', max_length=10, verbose_name='state')),
                ('note', models.TextField(blank=True, help_text='Why the changes were sent back, for the editor.', verbose_name='note from the publisher')),
                ('publish_at', models.DateTimeField(blank=True, db_index=True, help_text='Set by a publisher: the changes go live by themselves at this time.', null=True, verbose_name='publish at')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last updated')),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
                ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                ('reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='reviewed by')),
                ('updated_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='updated by')),
            ],
            options={
                'verbose_name': 'change waiting',
                'verbose_name_plural': 'changes waiting',
                'ordering': ['-updated_at', '-pk'],
                'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id'), name='one_pending_change_per_item')],
            },
        ),
        migrations.CreateModel(
            name='PublicationRecord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.PositiveBigIntegerField()),
                ('item_repr', models.CharField(max_length=300, verbose_name='item')),
                ('action', models.CharField(choices=[('publish', 'Published'), ('schedule', 'Scheduled'), ('unpublish', 'Unpublished'), ('changes', 'Changes published')], max_length=10, verbose_name='action')),
                ('scheduled_for', models.DateTimeField(blank=True, null=True, verbose_name='scheduled for')),
                ('at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='at')),
                ('by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='publication_records', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
            ],
            options={
                'verbose_name': 'publication record',
                'verbose_name_plural': 'publication log',
                'ordering': ['-at', '-pk'],
                'indexes': [models.Index(fields=['content_type', 'object_id'], name='barents_por_content_b1eb2f_idx')],
            },
        ),
        migrations.CreateModel(
            name='TranslationRevision',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('object_id', models.PositiveBigIntegerField()),
                ('language', models.CharField(choices=[('nb', 'Norwegian Bokmål'), ('ru', 'Russian'), ('en', 'English')], max_length=5, verbose_name='language')),
                ('is_source', models.BooleanField(default=False, verbose_name='source language')),
                ('updated_at', models.DateTimeField(verbose_name='last edited')),
                ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
                ('updated_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='edited by')),
            ],
            options={
                'verbose_name': 'translation',
                'verbose_name_plural': 'translations',
                'ordering': ['content_type', 'object_id', 'language'],
                'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id', 'language'), name='one_translation_revision_per_language')],
            },
        ),
        migrations.RunPython(create_roles, remove_roles),
    ]
