"""Full-text search columns that the database keeps current by itself.

Each searchable model declares one stored generated `tsvector` column per language over that
language's modeltranslation columns, parsed with the language's own text-search
configuration (`norwegian`, `russian`, `english`, each with å ø æ ä ö ё folded to a o ae a o
е: see SEARCH_CONFIGS) and weighted title (A) > summary (B) > body (C):

    search_nb, search_ru, search_en = search_vectors(
        A=["title_{lang}"], B=["summary_{lang}"], C=[html("body_{lang}")]
    )

`{lang}` stands for each language code; a column without it (a person's name) goes into
every language's vector. Rich text is stripped of its tags in SQL first. PostgreSQL
recomputes the columns on every INSERT and UPDATE, including bulk updates and imports, so no
code path can forget to; `search_indexes()` gives each a GIN index. `trigram_indexes()` adds
the pg_trgm indexes the "did you mean" suggestions look names up with.
"""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.migrations.operations import AlterField
from django.db.migrations.operations.base import Operation
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Left

# PostgreSQL's configurations with å ø æ ä ö ё folded (barents_portal migration 0002):
# "Tromso" finds "Tromsø" in every language, the document and the query parsed alike.
SEARCH_CONFIGS = {"nb": "norwegian_folded", "ru": "russian_folded", "en": "english_folded"}

SUMMARY_CHARS = 1000

# Tags and character references: neither is a word anybody searches for. Snippets keep the
# references (&amp;), to be unescaped with the text around them.
TAGS = r"<[^>]*>"
MARKUP = rf"{TAGS}|&[#a-zA-Z0-9]+;"


def search_configs():
    """The configuration of each language in settings.LANGUAGES, in that order."""
    return {code: SEARCH_CONFIGS[code] for code, _name in settings.LANGUAGES}


class html(str):  # noqa: N801 - reads as a marker in model declarations
    """A column holding rich text (HTML), stripped of its markup before indexing."""


def plain_text(expression, pattern=MARKUP):
    """Rich text without tags: regexp_replace is immutable, so a generated column may use it."""
    if isinstance(expression, str):
        expression = F(expression)
    return Func(
        expression,
        Value(pattern),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


def column(spec, code, limit=None):
    name = spec.format(lang=code)
    expression = plain_text(name) if isinstance(spec, html) else F(name)
    return Left(expression, limit) if limit else expression


def search_vector(code, *, A, B=(), C=()):  # noqa: N803 - the weights' own names
    config = SEARCH_CONFIGS[code]
    vector = None
    # Titles are short by their field's max_length; a summary is read up to SUMMARY_CHARS,
    # so that a vector without body (C) stays small enough to be kept inline (see head_vectors).
    for weight, specs, limit in (("A", A, None), ("B", B, SUMMARY_CHARS), ("C", C, None)):
        if not specs:
            continue
        part = SearchVector(
            *(column(spec, code, limit) for spec in specs), weight=weight, config=config
        )
        vector = part if vector is None else vector + part
    return vector


def _generated(expression):
    return models.GeneratedField(
        expression=expression, output_field=SearchVectorField(), db_persist=True
    )


def search_vectors(*, A, B=(), C=()):  # noqa: N803
    """One stored generated tsvector field per language, in settings.LANGUAGES order."""
    return tuple(_generated(search_vector(code, A=A, B=B, C=C)) for code in search_configs())


def head_vectors(*, A, B=()):  # noqa: N803
    """The title (A) and summary (B) part of a model's search vectors, for ranking.

    Ranking reads the vector of every match it ranks: this small one is kept in the row
    and uncompressed (STORAGE PLAIN), so ranking never decompresses or fetches a vector with
    the body. The full vectors are kept in the row too where they fit (STORAGE MAIN), for
    phrase checks; `SearchColumnStorage` sets both. A body-only match ranks 0, below every
    title and summary match. Models without a body (C) rank by their search vectors.
    """
    return tuple(_generated(search_vector(code, A=A, B=B)) for code in search_configs())


def search_indexes(prefix):
    return [
        GinIndex(fields=[f"search_{code}"], name=f"{prefix}_search_{code}")
        for code in search_configs()
    ]


def trigram_indexes(prefix, *fields, translated=True):
    """GIN trigram indexes for similarity lookups on names (`<%` / word_similarity)."""
    columns = (
        [f"{field}_{code}" for field in fields for code in search_configs()]
        if translated
        else list(fields)
    )
    return [
        GinIndex(fields=[name], name=f"{prefix}_{name}_trgm", opclasses=["gin_trgm_ops"])
        for name in columns
    ]


class SearchColumnStorage(Operation):
    """Migration operation: store a model's search columns the way searching reads them.

    Put it in the model's own app migration, after the operation that adds the columns.
    The columns are found on the model (`search_<code>` and `search_head_<code>` for each
    language of settings.LANGUAGES):

    - with head vectors (`head_vectors()`), ranking reads those: STORAGE PLAIN, always in
      the row and uncompressed. The full vectors are STORAGE MAIN, kept in the row where
      they fit, because phrase searches re-check every row the GIN index hands over.
    - without, the search vectors are the ranking vectors (STORAGE PLAIN), and the table
      keeps its rows narrow (toast_tuple_target = 128) by moving long texts out of line.

    Rows written later follow the storage; `VACUUM FULL` or an update rewrites older ones.
    Backwards, the columns and the table return to PostgreSQL's defaults.
    """

    reduces_to_sql = True
    reversible = True
    NARROW_ROWS = 128  # toast_tuple_target in bytes for tables without head vectors

    def __init__(self, model_name):
        self.model_name = model_name

    def deconstruct(self):
        return self.__class__.__qualname__, [], {"model_name": self.model_name}

    def state_forwards(self, app_label, state):
        pass  # storage is not part of the model state

    def columns(self, model):
        """(ranking columns, full-vector columns kept inline) as database column names."""
        names = {field.name: field.column for field in model._meta.concrete_fields}
        full = [names[f"search_{code}"] for code in search_configs() if f"search_{code}" in names]
        head = [
            names[f"search_head_{code}"]
            for code in search_configs()
            if f"search_head_{code}" in names
        ]
        return (head, full) if head else (full, [])

    def _alter(self, schema_editor, model, forwards):
        if schema_editor.connection.vendor != "postgresql":
            return
        ranking, inline = self.columns(model)
        quote = schema_editor.quote_name
        changes = [
            f"ALTER COLUMN {quote(name)} SET STORAGE {storage if forwards else 'EXTENDED'}"
            for names, storage in ((ranking, "PLAIN"), (inline, "MAIN"))
            for name in names
        ]
        if not inline and forwards:
            changes.append(f"SET (toast_tuple_target = {self.NARROW_ROWS})")
        else:
            changes.append("RESET (toast_tuple_target)")
        schema_editor.execute(f"ALTER TABLE {quote(model._meta.db_table)} {', '.join(changes)}")

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            self._alter(schema_editor, model, forwards=True)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            self._alter(schema_editor, model, forwards=False)

    def describe(self):
        return f"Set the storage of the search columns of {self.model_name}"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name.lower()}_search_storage"


class RegenerateField(AlterField):
    """Migration operation: AlterField for a stored generated column whose expression
    changed (a search column given another text-search configuration, say).

    PostgreSQL 15 cannot alter a generation expression and Django refuses to try, so the
    column is dropped and added again — PostgreSQL computes it for every row — and the
    model's indexes on it are created again. Follow it with the model's SearchColumnStorage.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        self._regenerate(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        # Backwards, from_state is the state with the new column and to_state the old one.
        self._regenerate(app_label, schema_editor, from_state, to_state)

    def _regenerate(self, app_label, schema_editor, from_state, to_state):
        to_model = to_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, to_model):
            return
        from_model = from_state.apps.get_model(app_label, self.model_name)
        schema_editor.remove_field(from_model, from_model._meta.get_field(self.name))
        schema_editor.add_field(to_model, to_model._meta.get_field(self.name))
        for index in to_model._meta.indexes:
            if self.name in (name.lstrip("-") for name in index.fields):
                schema_editor.add_index(to_model, index)

    def describe(self):
        return f"Regenerate the column {self.name} of {self.model_name}"
