"""A meeting series has a `title`, like its sibling models Article and Event (was `name`).

The columns are renamed, not copied: the data stays as it is. PostgreSQL rewrites the
search columns' generated expressions itself when a column they read is renamed, so their
new definitions (title_* instead of name_*) are recorded in the migration state only.
"""

import django.contrib.postgres.search
import django.db.models.functions.text
from django.db import migrations, models

COLUMNS = ["name", "name_nb", "name_ru", "name_en"]


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_regions_by_iso_code"),
    ]

    operations = [
        *(
            migrations.RenameField(
                model_name=model, old_name=column, new_name=column.replace("name", "title", 1)
            )
            for model in ("series", "historicalseries")
            for column in COLUMNS
        ),
        migrations.AlterField(
            model_name="historicalseries",
            name="title",
            field=models.CharField(blank=True, max_length=200, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="historicalseries",
            name="title_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="historicalseries",
            name="title_nb",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="historicalseries",
            name="title_ru",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="series",
            name="title",
            field=models.CharField(blank=True, max_length=200, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="series",
            name="title_en",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="series",
            name="title_nb",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="series",
            name="title_ru",
            field=models.CharField(blank=True, max_length=200, null=True, verbose_name="title"),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="series",
                    name="search_en",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.CombinedSearchVector(
                                django.contrib.postgres.search.SearchVector(
                                    models.F("title_en"), config="english", weight="A"
                                ),
                                "||",
                                django.contrib.postgres.search.SearchVector(
                                    django.db.models.functions.text.Left(
                                        models.F("summary_en"), 1000
                                    ),
                                    config="english",
                                    weight="B",
                                ),
                                django.contrib.postgres.search.SearchConfig("english"),
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector(
                                models.Func(
                                    models.F("description_en"),
                                    models.Value("<[^>]*>|&[#a-zA-Z0-9]+;"),
                                    models.Value(" "),
                                    models.Value("g"),
                                    function="regexp_replace",
                                    output_field=models.TextField(),
                                ),
                                config="english",
                                weight="C",
                            ),
                            django.contrib.postgres.search.SearchConfig("english"),
                        ),
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
                migrations.AlterField(
                    model_name="series",
                    name="search_head_en",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.SearchVector(
                                models.F("title_en"), config="english", weight="A"
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector(
                                django.db.models.functions.text.Left(models.F("summary_en"), 1000),
                                config="english",
                                weight="B",
                            ),
                            django.contrib.postgres.search.SearchConfig("english"),
                        ),
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
                migrations.AlterField(
                    model_name="series",
                    name="search_head_nb",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.SearchVector(
                                models.F("title_nb"), config="norwegian", weight="A"
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector(
                                django.db.models.functions.text.Left(models.F("summary_nb"), 1000),
                                config="norwegian",
                                weight="B",
                            ),
                            django.contrib.postgres.search.SearchConfig("norwegian"),
                        ),
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
                migrations.AlterField(
                    model_name="series",
                    name="search_head_ru",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.SearchVector(
                                models.F("title_ru"), config="russian", weight="A"
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector(
                                django.db.models.functions.text.Left(models.F("summary_ru"), 1000),
                                config="russian",
                                weight="B",
                            ),
                            django.contrib.postgres.search.SearchConfig("russian"),
                        ),
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
                migrations.AlterField(
                    model_name="series",
                    name="search_nb",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.CombinedSearchVector(
                                django.contrib.postgres.search.SearchVector(
                                    models.F("title_nb"), config="norwegian", weight="A"
                                ),
                                "||",
                                django.contrib.postgres.search.SearchVector(
                                    django.db.models.functions.text.Left(
                                        models.F("summary_nb"), 1000
                                    ),
                                    config="norwegian",
                                    weight="B",
                                ),
                                django.contrib.postgres.search.SearchConfig("norwegian"),
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector(
                                models.Func(
                                    models.F("description_nb"),
                                    models.Value("<[^>]*>|&[#a-zA-Z0-9]+;"),
                                    models.Value(" "),
                                    models.Value("g"),
                                    function="regexp_replace",
                                    output_field=models.TextField(),
                                ),
                                config="norwegian",
                                weight="C",
                            ),
                            django.contrib.postgres.search.SearchConfig("norwegian"),
                        ),
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
                migrations.AlterField(
                    model_name="series",
                    name="search_ru",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.CombinedSearchVector(
                                django.contrib.postgres.search.SearchVector(
                                    models.F("title_ru"), config="russian", weight="A"
                                ),
                                "||",
                                django.contrib.postgres.search.SearchVector(
                                    django.db.models.functions.text.Left(
                                        models.F("summary_ru"), 1000
                                    ),
                                    config="russian",
                                    weight="B",
                                ),
                                django.contrib.postgres.search.SearchConfig("russian"),
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector(
                                models.Func(
                                    models.F("description_ru"),
                                    models.Value("<[^>]*>|&[#a-zA-Z0-9]+;"),
                                    models.Value(" "),
                                    models.Value("g"),
                                    function="regexp_replace",
                                    output_field=models.TextField(),
                                ),
                                config="russian",
                                weight="C",
                            ),
                            django.contrib.postgres.search.SearchConfig("russian"),
                        ),
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
            ],
        ),
    ]
