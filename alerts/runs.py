"""The scheduled run (`manage.py send_alerts`): what is due, claimed once, queued for sending.

1. Unconfirmed subscriptions past ALERT_UNCONFIRMED_DAYS are deleted.
2. Calls open now are recorded as seen (the first run that sees a call open makes it new).
3. For every confirmed subscription, read in chunks ordered by address: the new calls, the
   deadline reminders and the weekly news digests due now, gathered per address.
4. Per batch of addresses, in one transaction: a delivery per address, its items inserted
   with ON CONFLICT DO NOTHING against the sent log's unique constraint, deliveries left
   without a new item removed, and a sending task queued per group of deliveries. An item
   already claimed — by an earlier run, or by this run repeated — is never claimed again;
   a run killed halfway loses its uncommitted batch, and the next run claims it afresh.

Memory stays bounded: the subscriptions are streamed, one batch of addresses is held.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from psycopg2.extras import execute_values

from alerts.matching import filters_key, programme_ids
from alerts.models import Delivery, SeenCall, SentItem, Subscription
from news.models import Article
from projects.models import Call

BATCH_ADDRESSES = 1000
DELIVERIES_PER_TASK = 100


@dataclass
class Stats:
    purged: int = 0
    addresses: int = 0
    deliveries: int = 0
    items: dict = field(default_factory=lambda: defaultdict(int))


def record_seen_calls(now):
    open_calls = Call.objects.published().open_now(now).values_list("pk", flat=True)
    sql, params = open_calls.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {SeenCall._meta.db_table} (call_id, seen_at) "
            f"SELECT pk, %s FROM ({sql}) AS open_calls(pk) ON CONFLICT DO NOTHING",
            [now, *params],
        )


def reminder_stage(deadline, now):
    """The reminder due for a deadline now: the fewest days of ALERT_REMINDER_DAYS that the
    deadline is within (calendar days, Oslo time), or None."""
    if deadline is None or deadline <= now:
        return None
    days_left = (timezone.localtime(deadline).date() - timezone.localdate(now)).days
    stages = [days for days in settings.ALERT_REMINDER_DAYS if days_left <= days]
    return min(stages) if stages else None


def week_start(now):
    """Monday 00:00 (Oslo) of the week `now` is in: the digest covers the week before it."""
    today = timezone.localdate(now)
    monday = today - timedelta(days=today.weekday())
    return timezone.make_aware(datetime.combine(monday, time.min))


class Planner:
    """The items due now, per subscription (the run's step 3)."""

    def __init__(self, now):
        self.now = now
        calls = Call.objects.published().open_now(now).values_list("pk", "programme_id", "deadline")
        seen = dict(SeenCall.objects.values_list("call_id", "seen_at"))
        self.calls_of = defaultdict(list)  # programme -> [(call, deadline, seen_at, stage)]
        for pk, programme_id, deadline in calls:
            stage = reminder_stage(deadline, now)
            self.calls_of[programme_id].append((pk, deadline, seen.get(pk), stage))
        self._programmes = {}
        self.week = week_start(now)
        self.topics_with_news = set(
            Article.objects.published()
            .filter(published_at__gte=self.week - timedelta(days=7), published_at__lt=self.week)
            .values_list("topics", flat=True)
        )

    def programmes(self, kind, filters, programme_id):
        key = (kind, filters_key(filters), programme_id)
        if key not in self._programmes:
            self._programmes[key] = programme_ids(kind, filters, programme_id, self.now)
        return self._programmes[key]

    def items(self, kind, filters, programme_id, topic_id, confirmed_at):
        if kind == Subscription.Kind.TOPIC:
            if topic_id in self.topics_with_news:
                yield (SentItem.Kind.DIGEST, topic_id, self.week, 0)
            return
        for programme in self.programmes(kind, filters, programme_id):
            for call, deadline, seen_at, stage in self.calls_of.get(programme, ()):
                if seen_at is not None and seen_at > confirmed_at:
                    yield (SentItem.Kind.NEW_CALL, call, None, 0)
                if stage is not None:
                    yield (SentItem.Kind.REMINDER, call, deadline, stage)


def due_by_address(planner):
    """(address, language, {item}) per address with something due, addresses in order."""
    rows = (
        Subscription.objects.filter(confirmed_at__isnull=False)
        .order_by("email", "created_at", "pk")
        .values_list(
            "email", "language", "kind", "filters", "programme_id", "topic_id", "confirmed_at"
        )
        .iterator(chunk_size=2000)
    )
    current, language, items = None, None, set()
    for email, lang, kind, filters, programme_id, topic_id, confirmed_at in rows:
        if email != current:
            if items:
                yield current, language, items
            current, items = email, set()
        language = lang  # the newest subscription's language
        items.update(planner.items(kind, filters, programme_id, topic_id, confirmed_at))
    if items:
        yield current, language, items


def claim(batch, stats, enqueue):
    """One transaction: deliveries for the batch's addresses, with the items no earlier run
    claimed; sending tasks queued for the deliveries that got any."""
    # What earlier runs claimed is left out first (one read), so a repeated run writes
    # nothing; the unique constraint below still decides between runs at the same time.
    done = set(
        SentItem.objects.filter(email__in=[email for email, _language, _items in batch])
        .values_list("email", "kind", "item", "moment", "stage")
        .iterator(chunk_size=5000)
    )
    batch = [
        (email, language, [item for item in items if (email, *item) not in done])
        for email, language, items in batch
    ]
    batch = [entry for entry in batch if entry[2]]
    if not batch:
        return
    with transaction.atomic():
        deliveries = Delivery.objects.bulk_create(
            [Delivery(email=email, language=language) for email, language, _items in batch]
        )
        rows = [
            (delivery.pk, email, kind, item, moment, stage)
            for delivery, (email, _language, items) in zip(deliveries, batch, strict=True)
            for kind, item, moment, stage in items
        ]
        with connection.cursor() as cursor:
            claimed = execute_values(
                cursor.cursor,
                f"INSERT INTO {SentItem._meta.db_table} "
                "(delivery_id, email, kind, item, moment, stage) VALUES %s "
                "ON CONFLICT DO NOTHING RETURNING delivery_id, kind",
                rows,
                page_size=5000,
                fetch=True,
            )
        used = set()
        for delivery_id, kind in claimed:
            used.add(delivery_id)
            stats.items[kind] += 1
        unused = [delivery.pk for delivery in deliveries if delivery.pk not in used]
        Delivery.objects.filter(pk__in=unused).delete()
        ids = sorted(used)
        stats.deliveries += len(ids)
        if enqueue:
            from alerts.tasks import deliver

            for start in range(0, len(ids), DELIVERIES_PER_TASK):
                deliver.enqueue(ids[start : start + DELIVERIES_PER_TASK])


def run(now=None, *, enqueue=True):
    from alerts import services

    now = now or timezone.now()
    stats = Stats()
    stats.purged = services.purge_unconfirmed(now)
    services.purge_old_log(now)
    record_seen_calls(now)
    planner = Planner(now)
    batch = []
    for entry in due_by_address(planner):
        stats.addresses += 1
        batch.append(entry)
        if len(batch) >= BATCH_ADDRESSES:
            claim(batch, stats, enqueue)
            batch = []
    if batch:
        claim(batch, stats, enqueue)
    return stats
