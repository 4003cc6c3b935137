"""Load the demo content: offices, staff and pages, then each section's own demo.

Idempotent: every loader finds its rows by a stable key and updates them, so running it
again refreshes the demo instead of duplicating it. Each app that has demo content
provides `<app>/demo.py` with `load(out)`, where `out(message)` reports progress.
"""

import importlib
import importlib.util
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

DEMO_MODULES = ["secretariat.demo", "news.demo", "projects.demo"]


class Command(BaseCommand):
    help = "Load (or refresh) the demo content in all three languages and a staff login."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-staff", action="store_true", help="Do not create or reset the demo staff login."
        )

    def handle(self, *args, no_staff=False, **options):
        def out(message):
            self.stdout.write(f"  {message}")
            self.stdout.flush()

        with translation.override("en"):
            for name in DEMO_MODULES:
                if importlib.util.find_spec(name) is None:
                    continue
                self.stdout.write(self.style.MIGRATE_HEADING(f"Loading {name}"))
                with transaction.atomic():
                    importlib.import_module(name).load(out)
        if not no_staff:
            self.create_staff_login()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))

    def create_staff_login(self):
        username = "admin"
        password = secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": "admin@barents.example"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.WARNING(
                f"Local staff login for /admin/: user {username!r}, password {password!r} "
                "(a new password each time the demo is loaded)"
            )
        )
