"""Migrations: none missing, the squash keeps existing databases working, and a fresh
database gets the extensions, the planner setting and the search columns' storage."""

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, migrations
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from barents_portal.search import SearchColumnStorage

# Every migration a database may have run before the squash: each must stay listed in a
# squashed migration's `replaces`, or that database could no longer migrate.
SQUASHED = {
    "barents_portal": [
        "0001_postgres_extensions",
        "0002_publicationrecord",
        "0003_roles",
        "0004_translationrevision",
        "0005_pendingchange",
    ],
    "news": [
        "0001_initial",
        "0002_event_time_zone_labels",
        "0003_history_and_unpublished_state",
        "0004_titles_in_any_language",
        "0005_search_columns",
        "0006_remove_copied_translations",
        "0007_article_body_help_text_from_the_editor",
    ],
    "projects": [
        "0001_initial",
        "0002_history",
        "0003_search_columns",
        "0004_fundedproject_stats_index",
        "0005_fundedproject_newest_idx",
        "0006_remove_copied_translations",
        "0007_fundedproject_publication",
    ],
    "search": ["0001_match_cost", "0002_inline_search_vectors"],
    "secretariat": [
        "0001_initial",
        "0002_alter_office_options_office_managers_and_more",
        "0003_history",
        "0004_search_columns",
        "0005_remove_copied_translations",
    ],
}
OLD_KEYS = {(app, name) for app, names in SQUASHED.items() for name in names}


def search_models():
    first = settings.LANGUAGES[0][0]
    return [
        model
        for model in apps.get_models()
        if any(field.name == f"search_{first}" for field in model._meta.concrete_fields)
    ]


def storage(table):
    """{column: attstorage} of a table's search columns and its toast_tuple_target."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute"
            " WHERE attrelid = %s::regclass AND attname LIKE 'search%%' AND NOT attisdropped",
            [table],
        )
        columns = dict(cursor.fetchall())
        cursor.execute("SELECT reloptions FROM pg_class WHERE oid = %s::regclass", [table])
        (options,) = cursor.fetchone()
    return columns, options or []


def expected_storage(model):
    codes = [code for code, _name in settings.LANGUAGES]
    head = [f"search_head_{code}" for code in codes]
    full = [f"search_{code}" for code in codes]
    if any(field.name == head[0] for field in model._meta.concrete_fields):
        return {**dict.fromkeys(head, "p"), **dict.fromkeys(full, "m")}, []
    return dict.fromkeys(full, "p"), ["toast_tuple_target=128"]


@pytest.mark.django_db
def test_no_model_change_is_missing_a_migration():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_the_squashed_migrations_replace_every_migration_a_database_may_have_run():
    loader = MigrationLoader(None, ignore_no_migrations=True, replace_migrations=False)
    replaced = {key for migration in loader.disk_migrations.values() for key in migration.replaces}
    assert OLD_KEYS - replaced == set()
    # A squash must not reuse an old name: the database's record of it would mean both.
    assert OLD_KEYS & set(loader.disk_migrations) == set()


@pytest.mark.django_db
def test_a_database_at_the_old_migrations_upgrades_without_running_anything(monkeypatch):
    recorder = MigrationRecorder(connection)
    recorder.migration_qs.filter(app__in=SQUASHED).delete()
    for app, name in sorted(OLD_KEYS):
        recorder.record_applied(app, name)

    # A migration written before the squash, depending on the old names.
    later = migrations.Migration("0008_written_before_the_squash", "news")
    later.dependencies = [
        ("news", "0007_article_body_help_text_from_the_editor"),
        ("search", "0002_inline_search_vectors"),
    ]
    load_disk = MigrationLoader.load_disk

    def load_disk_with_later(self):
        load_disk(self)
        self.disk_migrations[("news", later.name)] = later

    monkeypatch.setattr(MigrationLoader, "load_disk", load_disk_with_later)
    executor = MigrationExecutor(connection)
    squashes = {
        key for key, migration in executor.loader.disk_migrations.items() if migration.replaces
    }
    assert squashes <= set(executor.loader.applied_migrations)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    # Only what was written after the squash runs: no squash, no replaced migration.
    after_the_squash = {
        key
        for key, migration in executor.loader.disk_migrations.items()
        if key[0] in SQUASHED and not migration.replaces
    }
    assert {(migration.app_label, migration.name) for migration, _backwards in plan} == (
        after_the_squash
    )
    parents = {
        parent.key for parent in executor.loader.graph.node_map[later.app_label, later.name].parents
    }
    assert parents == {("news", "0001_squashed_0007"), ("search", "0001_squashed_0002")}


@pytest.mark.django_db
def test_a_fresh_database_has_the_extensions_and_the_cost_of_a_search_match():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        assert {"pg_trgm", "unaccent"} <= {name for (name,) in cursor.fetchall()}
        cursor.execute("SELECT procost FROM pg_proc WHERE proname = 'ts_match_vq'")
        assert cursor.fetchone() == (100,)


@pytest.mark.django_db
def test_a_fresh_database_stores_every_search_column_the_way_search_reads_it():
    models = search_models()
    assert len(models) >= 10  # articles, events, programmes, pages, staff…
    for model in models:
        assert storage(model._meta.db_table) == expected_storage(model), model


@pytest.mark.django_db
def test_every_search_column_has_its_gin_index():
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename, indexdef FROM pg_indexes WHERE indexdef LIKE '%gin%'")
        indexes = cursor.fetchall()
    for model in search_models():
        for code, _name in settings.LANGUAGES:
            assert any(
                table == model._meta.db_table and f"(search_{code})" in definition
                for table, definition in indexes
            ), (model, code)


@pytest.mark.django_db
def test_the_storage_operation_returns_the_columns_to_the_defaults_and_back():
    news_migration = ("news", "0001_squashed_0007")
    state = MigrationExecutor(connection).loader.project_state(news_migration)
    operation = SearchColumnStorage(model_name="article")
    article = apps.get_model("news", "Article")
    with connection.schema_editor() as editor:
        operation.database_backwards("news", editor, state, state)
    columns, options = storage(article._meta.db_table)
    assert set(columns.values()) == {"x"}
    assert options == []
    with connection.schema_editor() as editor:
        operation.database_forwards("news", editor, state, state)
    assert storage(article._meta.db_table) == expected_storage(article)
    assert "search columns of article" in operation.describe()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_apps_migrate_back_to_zero_and_forwards_again():
    tables = {model._meta.db_table for model in search_models()}
    try:
        for app in ("search", "projects", "news", "secretariat", "barents_portal"):
            call_command("migrate", app, "zero", verbosity=0)
        assert tables & set(connection.introspection.table_names()) == set()
    finally:
        call_command("migrate", verbosity=0)
    for model in search_models():
        assert storage(model._meta.db_table) == expected_storage(model), model
