"""News tags regions with the codes of the shared list: ISO 3166-2, as funding does.

barents_portal.vocabulary holds the one region list; the news section had its own codes.
Stored tags, in the articles and in their history, are rewritten in both directions.
"""

from django.db import migrations, models

import news.fields

# The news section's own codes and the ISO 3166-2 codes of the same regions.
ISO_CODES = {
    "nordland": "NO-18",
    "troms": "NO-55",
    "finnmark": "NO-56",
    "vasterbotten": "SE-AC",
    "norrbotten": "SE-BD",
    "kainuu": "FI-05",
    "lapland": "FI-10",
    "north-karelia": "FI-13",
    "oulu": "FI-14",
    "arkhangelsk": "RU-ARK",
    "komi": "RU-KO",
    "karelia": "RU-KR",
    "murmansk": "RU-MUR",
    "nenets": "RU-NEN",
}
OLD_CODES = {iso: old for old, iso in ISO_CODES.items()}


def rewrite_tags(apps, mapping):
    for name in ("Article", "HistoricalArticle"):
        model = apps.get_model("news", name)
        changed = []
        for item in model.objects.filter(regions__overlap=list(mapping)).only("pk", "regions"):
            item.regions = [mapping.get(code, code) for code in item.regions]
            changed.append(item)
        model.objects.bulk_update(changed, ["regions"], batch_size=500)


def to_iso_codes(apps, schema_editor):
    rewrite_tags(apps, ISO_CODES)


def to_old_codes(apps, schema_editor):
    rewrite_tags(apps, OLD_CODES)


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0001_squashed_0007'),
    ]

    operations = [
        migrations.RunPython(to_iso_codes, to_old_codes),
        migrations.AlterField(
            model_name='article',
            name='regions',
            field=news.fields.ChoiceArrayField(base_field=models.CharField(choices=[('NO-18', 'Nordland'), ('NO-55', 'Troms'), ('NO-56', 'Finnmark'), ('SE-AC', 'Västerbotten'), ('SE-BD', 'Norrbotten'), ('FI-05', 'Kainuu'), ('FI-10', 'Lapland'), ('FI-13', 'North Karelia'), ('FI-14', 'North Ostrobothnia'), ('RU-ARK', 'Arkhangelsk Region'), ('RU-KO', 'Komi Republic'), ('RU-KR', 'Republic of Karelia'), ('RU-MUR', 'Murmansk Region'), ('RU-NEN', 'Nenets Autonomous Area')], max_length=20), blank=True, default=list, verbose_name='regions'),
        ),
        migrations.AlterField(
            model_name='historicalarticle',
            name='regions',
            field=news.fields.ChoiceArrayField(base_field=models.CharField(choices=[('NO-18', 'Nordland'), ('NO-55', 'Troms'), ('NO-56', 'Finnmark'), ('SE-AC', 'Västerbotten'), ('SE-BD', 'Norrbotten'), ('FI-05', 'Kainuu'), ('FI-10', 'Lapland'), ('FI-13', 'North Karelia'), ('FI-14', 'North Ostrobothnia'), ('RU-ARK', 'Arkhangelsk Region'), ('RU-KO', 'Komi Republic'), ('RU-KR', 'Republic of Karelia'), ('RU-MUR', 'Murmansk Region'), ('RU-NEN', 'Nenets Autonomous Area')], max_length=20), blank=True, default=list, verbose_name='regions'),
        ),
    ]
