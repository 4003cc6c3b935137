"""The words of the published texts, for "did you mean" (filled by search.words.refresh)."""

import django.contrib.postgres.indexes
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('barents_portal', '0001_squashed_0005'),  # pg_trgm
        ('search', '0001_squashed_0002'),
    ]

    operations = [
        migrations.CreateModel(
            name='Word',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(max_length=8, verbose_name='language')),
                ('word', models.CharField(max_length=60, verbose_name='word')),
                ('documents', models.PositiveIntegerField(default=1, verbose_name='documents')),
            ],
            options={
                'verbose_name': 'word',
                'verbose_name_plural': 'words',
                'ordering': ['language', 'word'],
                'indexes': [django.contrib.postgres.indexes.GinIndex(fields=['word'], name='search_word_trgm', opclasses=['gin_trgm_ops'])],
                'constraints': [models.UniqueConstraint(fields=('language', 'word'), name='search_word_unique')],
            },
        ),
    ]
