"""What subscribing, confirming and leaving do (the views only call these)."""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from alerts import runs
from alerts.models import Delivery, SentItem, Subscription
from barents_portal.proxies import client_address

HOUR = 3600


class Refused(Exception):
    """A subscribe request that is refused as a whole (rate limit, too many alerts)."""

    def __init__(self, message, status=429):
        super().__init__(message)
        self.message = message
        self.status = status


def _hit(key, limit):
    """Count one request under `key` for an hour; whether it is over `limit`."""
    cache.add(key, 0, HOUR)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, HOUR)
        count = 1
    return count > limit


def check_rate(request, email):
    """Per client address and per e-mail address, in the shared cache (no cookie, nothing
    stored about the client in the database)."""
    from django.utils.translation import gettext

    if _hit(f"alerts:client:{client_address(request)}", settings.ALERT_LIMIT_PER_CLIENT):
        raise Refused(
            gettext("Too many subscriptions from your network in the last hour. Please try later.")
        )
    if _hit(f"alerts:address:{email}", settings.ALERT_LIMIT_PER_ADDRESS):
        raise Refused(
            gettext("Too many subscriptions for this address in the last hour. Please try later.")
        )
    if Subscription.objects.filter(email=email).count() >= settings.ALERT_MAX_SUBSCRIPTIONS:
        from django.utils.translation import ngettext

        limit = settings.ALERT_MAX_SUBSCRIPTIONS
        raise Refused(
            ngettext(
                "This address already has %(count)d alert, the most one address may have.",
                "This address already has %(count)d alerts, the most one address may have.",
                limit,
            )
            % {"count": limit},
            status=400,
        )


def subscribe(values):
    """Store an unconfirmed subscription and queue its confirmation mail.

    Asking again for what an address already has sends nothing new once confirmed, and
    sends the confirmation again otherwise. The answer is the same either way, so the
    form does not tell strangers what an address follows.
    """
    from alerts.tasks import send_confirmation

    lookup = {key: values[key] for key in ("email", "kind", "filters", "programme", "topic")}
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(**lookup).first()
        if subscription is None:
            try:
                with transaction.atomic():
                    subscription = Subscription.objects.create(**values)
            except IntegrityError:  # the same request twice at once
                return None
        elif subscription.is_confirmed:
            return subscription
        else:
            subscription.language = values["language"]
            subscription.save(update_fields=["language"])
        transaction.on_commit(lambda: send_confirmation.enqueue(subscription.pk))
    return subscription


def confirm(subscription_id):
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return None
    if not subscription.is_confirmed:
        # Calls open now are not "new" for this subscription.
        runs.record_seen_calls(timezone.now())
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return subscription


def unsubscribe_all(email):
    return Subscription.objects.filter(email=email).delete()[0]


def forget(email):
    """Everything stored about an address: subscriptions and the sent log."""
    with transaction.atomic():
        SentItem.objects.filter(email=email).delete()
        Delivery.objects.filter(email=email).delete()
        Subscription.objects.filter(email=email).delete()


def purge_old_log(now):
    """The sent log is kept a year: long enough that no deadline is reminded twice."""
    cutoff = now - timedelta(days=settings.ALERT_LOG_DAYS)
    return Delivery.objects.filter(created_at__lt=cutoff).delete()[0]


def purge_unconfirmed(now):
    cutoff = now - timedelta(days=settings.ALERT_UNCONFIRMED_DAYS)
    return Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()[0]
