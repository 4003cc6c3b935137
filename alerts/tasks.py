"""The sending, as django.tasks tasks (the worker: `manage.py db_worker`, make worker).

A delivery is claimed before its mail is handed to SMTP (pending → sending, committed), and
marked sent after: a worker killed in between leaves it "sending", never sent twice. An SMTP
error puts it back to pending and the task again on the queue, later each time (BACKOFF);
after the last try it is marked failed.
"""

import smtplib
from datetime import timedelta

from django.core.mail import mailers
from django.db import transaction
from django.db.models import F
from django.tasks import task
from django.utils import timezone

from alerts import mails
from alerts.mails import AlertMails
from alerts.models import Delivery, Subscription

BACKOFF = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2)]
SMTP_ERRORS = (smtplib.SMTPException, OSError)


def _error(exc):
    code = getattr(exc, "smtp_code", "")
    return f"{type(exc).__name__} {code}".strip()[:200]


def _again(task_, attempt, *args):
    # The immediate backend (make run) cannot wait: the mail is given up at once.
    if attempt >= len(BACKOFF) or not task_.get_backend().supports_defer:
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
    """Send a group of deliveries over one SMTP connection."""
    with transaction.atomic():
        claimed = list(
            Delivery.objects.select_for_update(skip_locked=True).filter(
                pk__in=delivery_ids, state=Delivery.State.PENDING
            )
        )
        # Claimed (committed) before anything is handed to SMTP: never twice.
        Delivery.objects.filter(pk__in=[d.pk for d in claimed]).update(
            state=Delivery.State.SENDING, attempts=F("attempts") + 1
        )
    retry, sent, empty = [], [], []
    mailer = mailers.default  # one SMTP connection for the group
    try:
        mailer.open()
    except SMTP_ERRORS as exc:
        retry = [(delivery.pk, _error(exc)) for delivery in claimed]
    else:
        try:
            mails = AlertMails(claimed)
            for delivery in claimed:
                message = mails.message(delivery)
                if message is None:  # everything it was about is gone
                    empty.append(delivery.pk)
                    continue
                try:
                    mailer.send_messages([message])
                except SMTP_ERRORS as exc:
                    retry.append((delivery.pk, _error(exc)))
                    continue
                sent.append(delivery.pk)
        finally:
            mailer.close()
    now = timezone.now()
    Delivery.objects.filter(pk__in=sent).update(state=Delivery.State.SENT, sent_at=now)
    Delivery.objects.filter(pk__in=empty).update(state=Delivery.State.SENT)
    for pk, error in retry:
        Delivery.objects.filter(pk=pk).update(state=Delivery.State.PENDING, last_error=error)
    retry_ids = [pk for pk, _error_text in retry]
    if retry_ids and not _again(deliver, attempt, retry_ids):
        Delivery.objects.filter(pk__in=retry_ids).update(state=Delivery.State.FAILED)
    return {"sent": len(sent), "retry": len(retry_ids)}
