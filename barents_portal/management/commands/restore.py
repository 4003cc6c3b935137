from django.core.management.base import BaseCommand, CommandError

from barents_portal import backup


class Command(BaseCommand):
    help = (
        "Restore an archive of `manage.py backup` into the EMPTY database DATABASE_URL names "
        "and the empty MEDIA_ROOT and DOCUMENTS_ROOT; then set the search's function costs "
        "again and ANALYZE."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar written by `manage.py backup`.")

    def handle(self, *args, archive, **options):
        try:
            manifest = backup.restore(archive)
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
        for warning in manifest.get("warnings", []):
            self.stderr.write(self.style.WARNING(warning))
        files = len(manifest["files"]) - 1
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {archive} (made {manifest['created_at']}, PostgreSQL "
                f"{manifest['postgresql_version']}): the database and {files} files."
            )
        )
