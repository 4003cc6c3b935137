"""The sending, as django.tasks tasks (the worker: `manage.py db_worker`, make worker).

A delivery is claimed before its mail is handed to SMTP (pending → sending, committed), and
marked sent after: a worker killed in between leaves it "sending", never sent twice. An SMTP
error puts it back to pending and the task again on the queue, later each time (BACKOFF);
after the last try it is marked failed.
"""

import smtplib
from datetime import timedelta

from django.core.mail import mailers
from django.tasks import task
from django.utils import timezone

from alerts import mails
from alerts.models import Delivery, Subscription

BACKOFF = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2)]
SMTP_ERRORS = (smtplib.SMTPException, OSError)


def _error(exc):
    code = getattr(exc, "smtp_code", "")
    return f"{type(exc).__name__} {code}".strip()[:200]


def _again(task_, attempt, *args):
    if attempt >= len(BACKOFF):
        return False
    task_.using(run_after=timezone.now() + BACKOFF[attempt]).enqueue(*args, attempt + 1)
    return True


@task
def send_confirmation(subscription_id, attempt=0):
    subscription = (
        Subscription.objects.select_related("programme", "topic")
        .filter(pk=subscription_id, confirmed_at__isnull=True)
        .first()
    )
    if subscription is None:
        return "gone"
    try:
        mails.confirmation(subscription).send(using="default")
    except SMTP_ERRORS:
        _again(send_confirmation, attempt, subscription_id)
        return "retry"
    return "sent"


@task
def deliver(delivery_ids, attempt=0):
    retry = []
    sent = 0
    mailer = mailers.default  # one SMTP connection for the group
    try:
        mailer.open()
    except SMTP_ERRORS:
        retry = list(delivery_ids)
    else:
        try:
            for delivery in Delivery.objects.filter(pk__in=delivery_ids).order_by("pk"):
                outcome = _deliver_one(mailer, delivery)
                if outcome == "retry":
                    retry.append(delivery.pk)
                sent += outcome == "sent"
        finally:
            mailer.close()
    if retry and not _again(deliver, attempt, retry):
        Delivery.objects.filter(pk__in=retry, state=Delivery.State.PENDING).update(
            state=Delivery.State.FAILED
        )
    return {"sent": sent, "retry": len(retry)}


def _deliver_one(mailer, delivery):
    claimed = Delivery.objects.filter(pk=delivery.pk, state=Delivery.State.PENDING).update(
        state=Delivery.State.SENDING, attempts=delivery.attempts + 1
    )
    if not claimed:
        return "skipped"  # sent, being sent, or given up: never twice
    message = mails.alert(delivery)
    if message is None:  # everything it was about is gone
        Delivery.objects.filter(pk=delivery.pk).update(state=Delivery.State.SENT)
        return "empty"
    try:
        mailer.send_messages([message])
    except SMTP_ERRORS as exc:
        Delivery.objects.filter(pk=delivery.pk).update(
            state=Delivery.State.PENDING, last_error=_error(exc)
        )
        return "retry"
    Delivery.objects.filter(pk=delivery.pk).update(
        state=Delivery.State.SENT, sent_at=timezone.now()
    )
    return "sent"
