"""Publish the changes waiting for a publisher whose scheduled time has come.

Run every minute by deploy/barents-portal-publish-due.timer. Idempotent: a published change
is gone from the waiting list, so a second run (or two at once) publishes nothing twice.
"""

from django.core.management.base import BaseCommand

from barents_portal.pending import publish_due


class Command(BaseCommand):
    help = "Publish the scheduled changes waiting for a publisher whose time has come."

    def handle(self, *args, **options):
        applied = publish_due()
        if options["verbosity"] > 1 or applied:
            self.stdout.write(f"Published {applied} scheduled change(s).")
