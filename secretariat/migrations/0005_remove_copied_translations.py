"""Empty the long texts that a save copied from another language (issue 11).

Saving an item with the active language set to one the item had no text in (the admin
in Russian, `load_demo` in English) stored another language's fallback text in that
language's column: the Norwegian body became the English one, and `/en/…` showed it
as if it were English, without the "not in your language" notice.

The rule (barents_portal.translation_repair): a language is *written* when the item's key
field (title or name) is filled in it, or when the admin recorded an edit in it
(TranslationRevision). In a language that is not written, a long text field (a TextField:
body, description, opening_hours, summary) identical to the same field of a written language
is a copy and set to NULL. Short fields (city, venue, names, job titles) are never touched —
"Kirkenes" is Kirkenes in every language — nor is any text of a written language.
The fields are listed here as they were when this migration was written.
"""

from django.db import migrations

from barents_portal.translation_repair import remove_copied_texts

MODELS = {
    "secretariat.Office": ("name", ["description", "opening_hours"]),
    "secretariat.Page": ("title", ["summary", "body"]),
}


def remove_copies(apps, schema_editor):
    for label, (key, fields) in MODELS.items():
        remove_copied_texts(apps, label, key=key, fields=fields)


class Migration(migrations.Migration):
    dependencies = [
        ("barents_portal", "0004_translationrevision"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("secretariat", "0004_search_columns"),
    ]

    operations = [migrations.RunPython(remove_copies, migrations.RunPython.noop)]
