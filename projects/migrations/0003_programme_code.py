"""Programme.code: a name for the programme that is the same in every language (open data).

Existing programmes get one made from their name (English, else Norwegian, else Russian),
unique among them; new ones get theirs in Programme.save().
"""

from django.db import migrations, models
from slugify import slugify

HELP_TEXT = (
    "A short name that is the same in every language, used in open data. Left empty, it is "
    "made from the name. Changing it breaks the links of those who reuse the data."
)


def fill_codes(apps, schema_editor):
    Programme = apps.get_model("projects", "Programme")
    taken = set()
    for programme in Programme.objects.order_by("pk"):
        name = programme.name_en or programme.name_nb or programme.name_ru or ""
        base = slugify(name, max_length=50, word_boundary=True)[:50] or "programme"
        candidate, counter = base, 2
        while candidate in taken:
            candidate, counter = f"{base}-{counter}", counter + 1
        taken.add(candidate)
        Programme.objects.filter(pk=programme.pk).update(code=candidate)


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0002_regions_from_the_vocabulary"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalprogramme",
            name="code",
            field=models.SlugField(
                blank=True, help_text=HELP_TEXT, max_length=60, verbose_name="code"
            ),
        ),
        migrations.AddField(
            model_name="programme",
            name="code",
            field=models.SlugField(
                blank=True,
                null=True,
                db_index=False,  # the unique constraint below brings its own indexes
                help_text=HELP_TEXT,
                max_length=60,
                verbose_name="code",
            ),
        ),
        migrations.RunPython(fill_codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="programme",
            name="code",
            field=models.SlugField(
                blank=True, help_text=HELP_TEXT, max_length=60, unique=True, verbose_name="code"
            ),
        ),
    ]
