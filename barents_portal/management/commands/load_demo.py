"""Load the demo content: offices, staff and pages, then each section's own demo.

Idempotent: every loader finds its rows by a stable key and updates them, so running it
again refreshes the demo instead of duplicating it. Each section that has demo content
declares a module with `load(out)` (barents_portal.sections, `demo`), where `out(message)`
reports progress; they run in INSTALLED_APPS order.
"""

import importlib
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from barents_portal import sections


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
            for name in sections.demo_modules():
                self.stdout.write(self.style.MIGRATE_HEADING(f"Loading {name}"))
                with transaction.atomic():
                    importlib.import_module(name).load(out)
        if not no_staff:
            self.create_staff_login()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))

    def create_staff_login(self):
        """An administrator and one user per role, each with a fresh password."""
        from django.contrib.auth.models import Group

        from barents_portal.roles import ADMINISTRATOR, ROLE_NAMES

        users = [("admin", ADMINISTRATOR, True)] + [
            (name.lower().replace(" ", "-"), name, False)
            for name in ROLE_NAMES
            if name != ADMINISTRATOR
        ]
        lines = []
        for username, role, superuser in users:
            password = secrets.token_urlsafe(12)
            user, _created = get_user_model().objects.get_or_create(
                username=username, defaults={"email": f"{username}@barents.example"}
            )
            user.is_staff = True
            user.is_superuser = superuser
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=role)])
            sections.demo_login(user, role)  # what the sections give this role
            lines.append(f"  {role:<15} user {username!r:<18} password {password!r}")
        self.stdout.write(
            self.style.WARNING(
                "Local staff logins for /admin/ (new passwords each time the demo is loaded):"
            )
        )
        self.stdout.write("\n".join(lines))
