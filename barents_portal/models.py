from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationRecord(models.Model):
    """Who published, scheduled or unpublished what, and when (written by services)."""

    class Action(models.TextChoices):
        PUBLISH = "publish", _("Published")
        SCHEDULE = "schedule", _("Scheduled")
        UNPUBLISH = "unpublish", _("Unpublished")
        # A change waiting for a publisher (barents_portal.pending) went live.
        CHANGES = "changes", _("Changes published")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    item_repr = models.CharField(_("item"), max_length=300)
    action = models.CharField(_("action"), max_length=10, choices=Action)
    scheduled_for = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="publication_records",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("publication record")
        verbose_name_plural = _("publication log")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.get_action_display()}: {self.item_repr}"


class TranslationRevision(models.Model):
    """When an item's fields in one language were last edited in the admin, and by whom.

    `is_source` marks the language the item was first written in; a translation edited
    before its source's latest edit is outdated (barents_portal.translations).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    is_source = models.BooleanField(_("source language"), default=False)
    updated_at = models.DateTimeField(_("last edited"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["content_type", "object_id", "language"]
        verbose_name = _("translation")
        # The admin shows the translation dashboard under this name.
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="one_translation_revision_per_language",
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} [{self.language}]"


class PendingChange(models.Model):
    """A change to a live item by someone who may not publish: kept here, not on the item,
    until a publisher publishes it (now or at `publish_at`) or sends it back.

    `data` holds the changed form fields by column name (each language's column apart,
    many-to-many fields as lists of ids), as JSON; `barents_portal.pending` reads and writes
    it. One pending version per item: later edits by editors update it.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for a publisher")
        SENT_BACK = "sent_back", _("Sent back")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    item_repr = models.CharField(_("item"), max_length=300)
    data = models.JSONField(_("changed fields"), default=dict, encoder=DjangoJSONEncoder)
    state = models.CharField(
        _("state"), max_length=10, choices=State, default=State.PENDING, db_index=True
    )
    note = models.TextField(
        _("note from the publisher"),
        blank=True,
        help_text=_("Why the changes were sent back, for the editor."),
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Set by a publisher: the changes go live by themselves at this time."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("change waiting")
        verbose_name_plural = _("changes waiting")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_pending_change_per_item"
            )
        ]

    def __str__(self):
        return self.item_repr
