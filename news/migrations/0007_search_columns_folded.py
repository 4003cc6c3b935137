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
        ('news', '0006_external_links'),
    ]

    operations = [
        barents_portal.search.RegenerateField(
            model_name='article',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_en'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), models.F('image_caption_en'), config='english_folded', weight='C'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='article',
            name='search_head_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='article',
            name='search_head_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='article',
            name='search_head_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='article',
            name='search_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_nb'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), models.F('image_caption_nb'), config='norwegian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='article',
            name='search_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_ru'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), models.F('image_caption_ru'), config='russian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='document',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='document',
            name='search_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='document',
            name='search_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='event',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), django.db.models.functions.text.Left(models.F('theme_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_en'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), models.F('location_en'), models.F('city_en'), config='english_folded', weight='C'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='event',
            name='search_head_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), django.db.models.functions.text.Left(models.F('theme_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='event',
            name='search_head_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), django.db.models.functions.text.Left(models.F('theme_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='event',
            name='search_head_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), django.db.models.functions.text.Left(models.F('theme_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='event',
            name='search_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), django.db.models.functions.text.Left(models.F('theme_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_nb'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), models.F('location_nb'), models.F('city_nb'), config='norwegian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='event',
            name='search_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), django.db.models.functions.text.Left(models.F('theme_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('body_ru'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), models.F('location_ru'), models.F('city_ru'), config='russian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='series',
            name='search_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('description_en'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='english_folded', weight='C'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='series',
            name='search_head_en',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_en'), config='english_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_en'), 1000), config='english_folded', weight='B'), django.contrib.postgres.search.SearchConfig('english_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='series',
            name='search_head_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='series',
            name='search_head_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='series',
            name='search_nb',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_nb'), config='norwegian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_nb'), 1000), config='norwegian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('description_nb'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='norwegian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('norwegian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.RegenerateField(
            model_name='series',
            name='search_ru',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(models.F('title_ru'), config='russian_folded', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left(models.F('summary_ru'), 1000), config='russian_folded', weight='B'), django.contrib.postgres.search.SearchConfig('russian_folded')), '||', django.contrib.postgres.search.SearchVector(models.Func(models.F('description_ru'), models.Value('<[^>]*>|&[#a-zA-Z0-9]+;'), models.Value(' '), models.Value('g'), function='regexp_replace', output_field=models.TextField()), config='russian_folded', weight='C'), django.contrib.postgres.search.SearchConfig('russian_folded')), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        barents_portal.search.SearchColumnStorage(model_name='article'),
        barents_portal.search.SearchColumnStorage(model_name='series'),
        barents_portal.search.SearchColumnStorage(model_name='event'),
        barents_portal.search.SearchColumnStorage(model_name='document'),
    ]
