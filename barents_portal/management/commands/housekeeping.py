from django.core.management.base import BaseCommand

from barents_portal import housekeeping, sections


class Command(BaseCommand):
    help = (
        "Remove expired sessions, old lockout records and expired page-cache entries; run "
        "the sections' own tasks (the search's words rebuilt from the published texts); list "
        "upload and document files no row refers to (delete them with --apply). Run by "
        "deploy/barents-portal-housekeeping.timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--apply", action="store_true", help="Delete the orphan files, not only list them."
        )
        parser.add_argument(
            "--min-age-hours",
            type=float,
            default=24,
            help="Leave files younger than this alone (uploads in progress). Default 24.",
        )

    def handle(self, *args, apply, min_age_hours, **options):
        self.stdout.write(housekeeping.clear_sessions())
        self.stdout.write(housekeeping.clear_lockout_records())
        self.stdout.write(housekeeping.trim_file_caches())
        for task in sections.housekeeping_tasks():
            self.stdout.write(task())
        orphans = housekeeping.find_orphans(min_age_hours=min_age_hours)
        for path in orphans:
            self.stdout.write(f"orphan file: {path}")
        if apply:
            removed = housekeeping.remove_orphans(orphans)
            self.stdout.write(f"orphan files: {removed} removed")
        else:
            self.stdout.write(
                f"orphan files: {len(orphans)} found (run with --apply to delete them)"
            )
