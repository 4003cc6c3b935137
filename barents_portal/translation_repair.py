"""Find and remove text that was copied from one language into another by a save.

Formerly, saving an item with Django's active language set to a language the item
had no text in (the admin in Russian, `load_demo` in English) stored the fallback text —
another language's body — in that language's column. The data migrations of news,
projects and secretariat call `remove_copied_texts` once per translated model.

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

LANGUAGES = ("nb", "ru", "en")


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


def revised_languages(apps, model):
    """{pk: {languages edited in the admin}} from the translation records, if any."""
    try:
        ContentType = apps.get_model("contenttypes", "ContentType")
        Revision = apps.get_model("barents_portal", "TranslationRevision")
    except LookupError:
        return {}
    content_type = ContentType.objects.filter(
        app_label=model._meta.app_label, model=model._meta.model_name
    ).first()
    if content_type is None:
        return {}
    revised = {}
    for pk, code in Revision.objects.filter(content_type=content_type).values_list(
        "object_id", "language"
    ):
        revised.setdefault(pk, set()).add(code)
    return revised


def remove_copied_texts(apps, label, *, key, fields):
    """Empty the copied long texts of model `label`; returns {pk: [emptied columns]}."""
    model = apps.get_model(label)
    revised = revised_languages(apps, model)
    columns = [f"{name}_{code}" for name in (key, *fields) for code in LANGUAGES]
    emptied = {}
    for row in model._default_manager.values("pk", *columns).iterator():
        copies = copied_columns(row, key, fields, revised.get(row["pk"], ()))
        if copies:
            model._default_manager.filter(pk=row["pk"]).update(**dict.fromkeys(copies))
            emptied[row["pk"]] = copies
    return emptied
