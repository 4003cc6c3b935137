"""The search columns parsed with the folding configurations (barents_portal 0002): å ø æ ä ö ё
fold to a o ae a o е on both sides, so "Tromso" finds "Tromsø".

PostgreSQL cannot alter a generated column's expression: each column is dropped and added
again (barents_portal.search.RegenerateField), with its index and its storage.
"""

import barents_portal.search
import django.contrib.postgres.search
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('barents_portal', '0002_folded_search_configurations'),
        ('secretariat', '0006_structured_addresses_and_moves'),
    ]

    operations = [
        barents_portal.search.RegenerateField(
            model_name='office',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('city_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('description_en'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='english_folded', weight='C'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='office',
            name='search_head_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('city_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='office',
            name='search_head_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('city_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='office',
            name='search_head_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('city_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='office',
            name='search_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('city_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('description_nb'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='norwegian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='office',
            name='search_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('city_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('description_ru'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='russian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='page',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_en'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='english_folded', weight='C'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='page',
            name='search_head_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='page',
            name='search_head_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='page',
            name='search_head_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='page',
            name='search_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_nb'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='norwegian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='page',
            name='search_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_ru'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='russian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='staffmember',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('job_title_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='staffmember',
            name='search_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('job_title_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='staffmember',
            name='search_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('name'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('job_title_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.SearchColumnStorage(model_name='office'),
        barents_portal.search.SearchColumnStorage(model_name='staffmember'),
        barents_portal.search.SearchColumnStorage(model_name='page'),
    ]
