"""Funded projects get a publication status of their own (an editor's new project is a draft).

The project's own status (ongoing, completed, withdrawn) moves to `project_status`; `status`
and `published_at` are now the publication fields every publishable model has. Every
existing project was public (with its programme), so each is marked published.
"""

from django.db import migrations, models
from django.db.models import F
from django.db.models.functions import Coalesce, Now


def publish_existing(apps, schema_editor):
    FundedProject = apps.get_model("projects", "FundedProject")
    FundedProject.objects.update(status="published", published_at=Coalesce(F("created_at"), Now()))


class Migration(migrations.Migration):
    dependencies = [("projects", "0006_remove_copied_translations")]

    operations = [
        migrations.RenameField("fundedproject", "status", "project_status"),
        migrations.RenameField("historicalfundedproject", "status", "project_status"),
        migrations.AddField(
            model_name="fundedproject",
            name="published_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                help_text="Left empty, it is set to the moment of publishing. A future time schedules the item: it appears by itself at that time.",
                null=True,
                verbose_name="publication time",
            ),
        ),
        migrations.AddField(
            model_name="fundedproject",
            name="status",
            field=models.CharField(
                choices=[
                    ("draft", "Draft"),
                    ("published", "Published"),
                    ("unpublished", "Unpublished"),
                ],
                db_index=True,
                default="draft",
                max_length=12,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="historicalfundedproject",
            name="published_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                help_text="Left empty, it is set to the moment of publishing. A future time schedules the item: it appears by itself at that time.",
                null=True,
                verbose_name="publication time",
            ),
        ),
        migrations.AddField(
            model_name="historicalfundedproject",
            name="status",
            field=models.CharField(
                choices=[
                    ("draft", "Draft"),
                    ("published", "Published"),
                    ("unpublished", "Unpublished"),
                ],
                db_index=True,
                default="draft",
                max_length=12,
                verbose_name="status",
            ),
        ),
        migrations.AlterField(
            model_name="fundedproject",
            name="project_status",
            field=models.CharField(
                choices=[
                    ("ongoing", "Ongoing"),
                    ("completed", "Completed"),
                    ("withdrawn", "Withdrawn"),
                ],
                default="ongoing",
                max_length=10,
                verbose_name="project status",
            ),
        ),
        migrations.AlterField(
            model_name="historicalfundedproject",
            name="project_status",
            field=models.CharField(
                choices=[
                    ("ongoing", "Ongoing"),
                    ("completed", "Completed"),
                    ("withdrawn", "Withdrawn"),
                ],
                default="ongoing",
                max_length=10,
                verbose_name="project status",
            ),
        ),
        migrations.RunPython(publish_existing, migrations.RunPython.noop),
    ]
