"""The data migration that split the offices' free-text addresses into parts."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("secretariat", "0001_squashed_0005")]
AFTER = [("secretariat", "0006_structured_addresses_and_moves")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.slow  # runs the migrations back and forth: a minute on a busy machine
@pytest.mark.django_db(transaction=True)
def test_the_migration_splits_street_postcode_and_city_and_keeps_what_it_cannot_read():
    try:
        old = migrate(BEFORE).get_model("secretariat", "Office")
        old.objects.create(
            name_en="Parsed",
            slug_en="parsed",
            country="NO",
            visiting_address="Rådhusgata 8, 9900 Kirkenes",
            postal_address="Postboks 276\r\n9915 Kirkenes\r\nNorway",
        )
        old.objects.create(
            name_en="Kept",
            slug_en="kept",
            country="RU",
            visiting_address="The old fish market, by the harbour",
            postal_address="",
        )
        new = migrate(AFTER).get_model("secretariat", "Office")
        parsed, kept = new.objects.get(slug_en="parsed"), new.objects.get(slug_en="kept")
        assert (parsed.visiting_street, parsed.visiting_postcode, parsed.visiting_city) == (
            "Rådhusgata 8",
            "9900",
            "Kirkenes",
        )
        assert (parsed.postal_street, parsed.postal_postcode, parsed.postal_city) == (
            "Postboks 276",
            "9915",
            "Kirkenes",
        )
        assert (kept.visiting_street, kept.visiting_postcode, kept.visiting_city) == (
            "The old fish market, by the harbour",
            "",
            "",
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
