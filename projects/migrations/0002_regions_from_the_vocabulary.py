"""Regions come from the shared list (barents_portal.vocabulary.Region).

The table keeps one row per code, as the target of the funding relations; the names, the
country and the order are read from the list, so their columns go. Every region of the list
gets its row; going back, the columns are filled in again from the list.
"""

from django.db import migrations, models
from django.utils import translation

from barents_portal.languages import language_codes
from barents_portal.vocabulary import Region as RegionCode


def add_missing_regions(apps, schema_editor):
    region_model = apps.get_model("projects", "Region")
    present = set(region_model.objects.values_list("code", flat=True))
    region_model.objects.bulk_create(
        region_model(code=code, country=code[:2], order=order)
        for order, code in enumerate(RegionCode.values)
        if code not in present
    )


def restore_names(apps, schema_editor):
    region_model = apps.get_model("projects", "Region")
    orders = {code: order for order, code in enumerate(RegionCode.values)}
    regions = list(region_model.objects.filter(code__in=RegionCode.values))
    for region in regions:
        region.country = region.code[:2]
        region.order = orders[region.code]
        for code in language_codes():
            with translation.override(code):
                setattr(region, f"name_{code}", str(RegionCode(region.code).label))
        region.name = region.name_en
    fields = ["country", "order", "name", *(f"name_{code}" for code in language_codes())]
    region_model.objects.bulk_update(regions, fields)


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0001_squashed_0007'),
    ]

    operations = [
        migrations.RunPython(add_missing_regions, restore_names),
        # Defaults for the way back, so the columns can be added again to a filled table.
        migrations.AlterField(
            model_name="region",
            name="name",
            field=models.CharField(default="", max_length=120, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="region",
            name="country",
            field=models.CharField(default="", max_length=2, verbose_name="country"),
        ),
        migrations.AlterModelOptions(
            name='region',
            options={'ordering': ['code'], 'verbose_name': 'region', 'verbose_name_plural': 'regions'},
        ),
        migrations.RemoveField(
            model_name='region',
            name='country',
        ),
        migrations.RemoveField(
            model_name='region',
            name='name',
        ),
        migrations.RemoveField(
            model_name='region',
            name='name_en',
        ),
        migrations.RemoveField(
            model_name='region',
            name='name_nb',
        ),
        migrations.RemoveField(
            model_name='region',
            name='name_ru',
        ),
        migrations.RemoveField(
            model_name='region',
            name='order',
        ),
        migrations.AlterField(
            model_name='region',
            name='code',
            field=models.CharField(choices=[('NO-18', 'Nordland'), ('NO-55', 'Troms'), ('NO-56', 'Finnmark'), ('SE-AC', 'Västerbotten'), ('SE-BD', 'Norrbotten'), ('FI-05', 'Kainuu'), ('FI-10', 'Lapland'), ('FI-13', 'North Karelia'), ('FI-14', 'North Ostrobothnia'), ('RU-ARK', 'Arkhangelsk Region'), ('RU-KO', 'Komi Republic'), ('RU-KR', 'Republic of Karelia'), ('RU-MUR', 'Murmansk Region'), ('RU-NEN', 'Nenets Autonomous Area')], max_length=10, unique=True, verbose_name='code'),
        ),
        migrations.DeleteModel(
            name='HistoricalRegion',
        ),
    ]
