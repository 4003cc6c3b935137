"""The scheduled alerts run (deploy/barents-portal-alerts.timer, hourly).

Finds the new calls, deadline reminders and weekly digests due now, claims each once in
the sent log and queues the mails for the worker (`manage.py db_worker`). Safe to repeat
and to kill: nothing is ever claimed, and so sent, twice (alerts/runs.py).
"""

from django.core.management.base import BaseCommand

from alerts import runs


class Command(BaseCommand):
    help = "Queue the e-mail alerts due now: new calls, deadline reminders, weekly digests."

    def handle(self, *args, **options):
        stats = runs.run()
        items = ", ".join(f"{kind} {count}" for kind, count in sorted(stats.items.items()))
        self.stdout.write(
            f"Alerts: {stats.deliveries} mails queued to {stats.addresses} addresses "
            f"({items or 'nothing new'}); {stats.purged} unconfirmed subscriptions deleted."
        )
