# pg_trgm (typo-tolerant search) and unaccent are used by the search; creating them in the
# project's first migration makes the test database and every deployment have them.
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [TrigramExtension(), UnaccentExtension()]
