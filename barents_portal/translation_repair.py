"""Find text that was copied from one language into another by a save.

Formerly, saving an item with Django's active language set to a language the item
had no text in (the admin in Russian, `load_demo` in English) stored the fallback text —
another language's body — in that language's column. Data migrations emptied those
copies in every existing database (squashed since); the tests hold new content to the rule.

The rule, for one item:
- A language is *written* when the item's key field (its title or name) is filled in it,
  or when the admin recorded an edit in it (a TranslationRevision).
- A long text field (a TextField: summary, body, description…) of a language that is not
  written is a copy when it equals, character for character, the same field of a written
  language. It is emptied (NULL); nothing else is touched.
- Short fields (city, venue, a name, a job title) are never emptied: "Kirkenes" or a
  person's name is legitimately the same in several languages. Nor is anything in a
  written language, where equal texts may have been typed on purpose.
"""

from barents_portal.languages import language_codes

LANGUAGES = language_codes()


def written_languages(row, key, revised=()):
    return {code for code in LANGUAGES if row.get(f"{key}_{code}") or code in revised}


def copied_columns(row, key, fields, revised=()):
    """The columns of `row` (a dict of language columns) that hold another language's text."""
    written = written_languages(row, key, revised)
    columns = []
    for code in LANGUAGES:
        if code in written:
            continue
        for name in fields:
            value = row.get(f"{name}_{code}")
            if value and any(row.get(f"{name}_{other}") == value for other in written):
                columns.append(f"{name}_{code}")
    return columns
