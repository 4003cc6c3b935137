"""Publishing writes: publish now, schedule, unpublish — each recorded in the log."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from barents_portal.cache import bump_generation
from barents_portal.models import PublicationRecord
from barents_portal.publishing import Status

# A schedule a little in the past (a slow form, a clock a few seconds off) publishes now.
SCHEDULE_GRACE = timezone.timedelta(minutes=2)


def record(obj, *, action, by, scheduled_for=None):
    return PublicationRecord.objects.create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=obj.pk,
        item_repr=str(obj)[:300],
        action=action,
        scheduled_for=scheduled_for,
        by=by,
    )


def check_schedule(when):
    if when is not None and when < timezone.now() - SCHEDULE_GRACE:
        raise ValidationError(
            _("A publication time in the past cannot be scheduled. Leave it empty to publish now."),
            code="schedule_in_past",
        )


@transaction.atomic
def publish(obj, *, by, at=None):
    """Publish now (at=None) or schedule for `at`; returns the log record."""
    check_schedule(at)
    now = timezone.now()
    obj.status = Status.PUBLISHED
    obj.published_at = at if at is not None and at > now else now
    obj.updated_by = by
    obj.save()
    bump_generation()  # the save's signal does too; a publication must never wait for a TTL
    if obj.published_at > now:
        return record(
            obj, action=PublicationRecord.Action.SCHEDULE, by=by, scheduled_for=obj.published_at
        )
    return record(obj, action=PublicationRecord.Action.PUBLISH, by=by)


@transaction.atomic
def unpublish(obj, *, by):
    obj.status = Status.UNPUBLISHED
    obj.updated_by = by
    obj.save()
    bump_generation()
    return record(obj, action=PublicationRecord.Action.UNPUBLISH, by=by)


def record_form_change(obj, *, by, old_status, old_published_at):
    """After an admin form saved status/time by hand, log what that amounted to."""
    changed = (obj.status, obj.published_at) != (old_status, old_published_at)
    if not changed:
        return None
    if obj.status == Status.PUBLISHED:
        if obj.published_at and obj.published_at > timezone.now():
            return record(
                obj,
                action=PublicationRecord.Action.SCHEDULE,
                by=by,
                scheduled_for=obj.published_at,
            )
        return record(obj, action=PublicationRecord.Action.PUBLISH, by=by)
    if old_status == Status.PUBLISHED:
        return record(obj, action=PublicationRecord.Action.UNPUBLISH, by=by)
    return None
