"""The one loader of demo content: each section keeps its texts in `<app>/demo/*.yaml`.

A data file holds a list (or a mapping) of items; every text sits as `{nb: …, ru: …, en: …}`
so a translator sees the three languages together, and a language left out stays empty so the
site falls back and says so. Dates stay relative to the day the demo is loaded. Each app's
`<app>/demo/__init__.py` maps its items to its models with the helpers below; rows are found
again by a stable key, so loading twice changes nothing.
"""

import datetime
from pathlib import Path

import yaml
from django.apps import apps
from django.utils import timezone, translation
from django.utils.translation import gettext

from barents_portal.languages import fallback_chain, language_codes


def read(app_label, name):
    """The parsed `<app>/demo/<name>.yaml` of an installed app."""
    path = Path(apps.get_app_config(app_label).path) / "demo" / f"{name}.yaml"
    with path.open(encoding="utf-8") as data:
        return yaml.safe_load(data)


def translated(field, values, *, empty=""):
    """`{"nb": …}` → `{"field_nb": …, "field_ru": empty, "field_en": empty}`."""
    values = values or {}
    return {
        f"{field}_{code}": (values.get(code) or "").strip() or empty for code in language_codes()
    }


def portal_name():
    """The portal's own name in each language (it credits the demo's own pictures)."""
    names = {}
    for code in language_codes():
        with translation.override(code):
            names[code] = gettext("Barents Portal")
    return names


def in_language(names, code):
    """A text of `{nb: …}` in `code`, else along that language's fallback chain (as shown)."""
    return next(names[other] for other in fallback_chain(code) if names.get(other))


def upsert(model, lookup, fields, *, prepare=None):
    """Find the row by `lookup` (its stable key) or make it; set `fields`; save once.

    `prepare(row)` may add what depends on the row (a picture drawn only when missing).
    Returns `(row, created)`. Saving through the model keeps its `save()` (slugs, stamps).
    """
    row = model._default_manager.filter(**lookup).first()
    created = row is None
    row = row or model(**lookup)
    for name, value in fields.items():
        setattr(row, name, value)
    if prepare is not None:
        prepare(row)
    row.save()
    return row, created


def load_table(model, items, *, key, fields):
    """Upsert each item; `key(item)` is its lookup. Returns `({item key: row}, new rows)`."""
    rows, created_count = {}, 0
    for order, item in enumerate(items):
        lookup = key(item)
        row, created = upsert(model, lookup, fields(item, order))
        rows[next(iter(lookup.values()))] = row
        created_count += created
    return rows, created_count


def day(days_from_today):
    """A date given in the data as days from today, or as a date."""
    if isinstance(days_from_today, datetime.date):
        return days_from_today
    return timezone.localdate() + datetime.timedelta(days=days_from_today)


def at(date, hhmm, tz):
    """An aware datetime at local "HH:MM" on `date` in the zone `tz`."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.datetime.combine(date, datetime.time(hour, minute), tzinfo=tz)


def has_stored_file(field_file):
    """Drawn pictures and files are made once and kept while the file exists."""
    return bool(field_file) and field_file.storage.exists(field_file.name)
