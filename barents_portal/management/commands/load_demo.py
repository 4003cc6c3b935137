"""Load the demo content: offices, staff and pages, then each section's own demo.

Idempotent: every loader finds its rows by a stable key and updates them, so running it
again refreshes the demo instead of duplicating it. Each section that has demo content
declares a module with `load(out)` (barents_portal.sections, `demo`), where `out(message)`
reports progress; they run in INSTALLED_APPS order.
"""

import importlib
import json
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import translation

from barents_portal import sections


class Command(BaseCommand):
    help = "Load (or refresh) the demo content in all three languages and a staff login."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-staff", action="store_true", help="Do not create or update the demo staff logins."
        )
        parser.add_argument(
            "--renew-staff-passwords",
            action="store_true",
            help="Give every demo staff login a new password (they are otherwise kept).",
        )
        parser.add_argument(
            "--staff-logins-file",
            type=Path,
            default=Path(settings.BASE_DIR, "var", "demo-staff-logins.json"),
            help="Where the passwords of the demo staff logins are kept (default: %(default)s).",
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
            self.create_staff_login(
                renew=options["renew_staff_passwords"], path=options["staff_logins_file"]
            )
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))

    def create_staff_login(self, *, renew=False, path):
        """An administrator and one user per role, for trying the admin locally.

        A password is set only for a new user or with `renew`, and kept in `path` (mode 0600,
        one entry per database) so every run prints the same logins. A password changed by
        hand is never overwritten; it is not printed.
        """
        from django.contrib.auth.models import Group

        from barents_portal.roles import ADMINISTRATOR, ROLE_NAMES

        users = [("admin", ADMINISTRATOR, True)] + [
            (name.lower().replace(" ", "-"), name, False)
            for name in ROLE_NAMES
            if name != ADMINISTRATOR
        ]
        stored = json.loads(path.read_text()) if path.exists() else {}
        kept = stored.setdefault(connection.settings_dict["NAME"], {})
        lines = []
        for username, role, superuser in users:
            user, created = get_user_model().objects.get_or_create(
                username=username, defaults={"email": f"{username}@barents.example"}
            )
            user.is_staff = True
            user.is_superuser = superuser
            entry = kept.get(username)
            if created or renew:
                password = entry["password"] if entry and created and not renew else None
                password = password or secrets.token_urlsafe(12)
                user.set_password(password)
            elif entry and (
                user.password == entry["hash"] or user.check_password(entry["password"])
            ):
                password = entry["password"]
            else:
                password = None  # changed by hand (or set before passwords were kept)
            user.save()
            user.groups.set([Group.objects.get(name=role)])
            sections.demo_login(user, role)  # what the sections give this role
            if password is None:
                kept.pop(username, None)
                shown = "its own password, kept (--renew-staff-passwords replaces it)"
            else:
                kept[username] = {"password": password, "hash": user.password}
                shown = f"password {password!r}"
            lines.append(f"  {role:<15} user {username!r:<18} {shown}")
        self.save_logins(path, stored)
        if renew:
            heading = "Local staff logins for /admin/, with new passwords:"
        else:
            heading = (
                "Local staff logins for /admin/ (passwords kept from run to run; "
                "--renew-staff-passwords gives new ones):"
            )
        self.stdout.write(self.style.WARNING(heading))
        self.stdout.write("\n".join(lines))

    @staticmethod
    def save_logins(path, stored):
        """Written readable by its owner only: it holds passwords."""
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.chmod(path, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(stored, file, indent=2, sort_keys=True)
            file.write("\n")
