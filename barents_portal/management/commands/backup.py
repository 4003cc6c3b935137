from django.core.management.base import BaseCommand, CommandError

from barents_portal import backup


class Command(BaseCommand):
    help = (
        "Write one verified archive of the database, the media and the meeting documents "
        "(var/backups/barents-YYYYmmddTHHMMSSZ.tar) and print its path."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            help="Directory for the archive (default: BACKUP_DIR, or var/backups/).",
        )

    def handle(self, *args, output_dir=None, **options):
        try:
            path = backup.create(output_dir)
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
        # Only the path on standard output, for scripts: `archive=$(make -s backup)`.
        self.stdout.write(str(path))
