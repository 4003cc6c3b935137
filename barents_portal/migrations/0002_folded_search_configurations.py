"""Text-search configurations that fold letters a visitor may not type: å ø æ ä ö ё.

`norwegian_folded`, `russian_folded` and `english_folded` are copies of PostgreSQL's own
configurations in which a word with letters outside ASCII (the `word`, `hword` and
`hword_part` tokens) passes three dictionaries: the language's stop words first (so that
"på" or "før" stay stop words), then `unaccent` (å→a, ø→o, æ→ae, ä→a, ö→o, ё→е, é→e …),
then the language's stemmer. Documents and queries are parsed with the same configuration,
so "Tromso" finds "Tromsø", "Umea" finds "Umeå" and "туберкулез" finds "туберкулёз" in
every language, and ts_headline still highlights the word as it is written.

The search columns are regenerated with these configurations by each section's own
migration (barents_portal.search.RegenerateField).
"""

from django.db import migrations

LANGUAGES = ("norwegian", "russian", "english")

CREATE = "\n".join(
    f"""
CREATE TEXT SEARCH DICTIONARY {language}_folded_stop (
    TEMPLATE = pg_catalog.simple, STOPWORDS = {language}, ACCEPT = false
);
CREATE TEXT SEARCH CONFIGURATION {language}_folded (COPY = pg_catalog.{language});
ALTER TEXT SEARCH CONFIGURATION {language}_folded
    ALTER MAPPING FOR word, hword, hword_part
    WITH {language}_folded_stop, unaccent, {language}_stem;
"""
    for language in LANGUAGES
)

DROP = "\n".join(
    f"""
DROP TEXT SEARCH CONFIGURATION IF EXISTS {language}_folded;
DROP TEXT SEARCH DICTIONARY IF EXISTS {language}_folded_stop;
"""
    for language in LANGUAGES
)


class Migration(migrations.Migration):
    dependencies = [
        ("barents_portal", "0001_squashed_0005"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
