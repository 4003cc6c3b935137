"""E-mail alerts: who asked for what, and what was sent to whom (never the mails themselves).

- `Subscription`: one address, one language and one thing to follow — calls like the
  funding finder's filters, one programme's deadlines, or one news topic. Nothing but the
  confirmation mail goes out until `confirmed_at` is set (double opt-in); an unconfirmed one
  is deleted after ALERT_UNCONFIRMED_DAYS.
- `SeenCall`: when a run first saw a call open. A call is "new" for a subscription that was
  confirmed before that moment, so confirming never brings a mail about old calls.
- `Delivery` and `SentItem`: the sent log. An item (this call's 14-day reminder for this
  deadline, to this address) is claimed by inserting its row; the unique constraint makes a
  second claim a no-op, so a repeated or interrupted run sends nothing twice. A delivery is
  one mail to one address, rendered from its items when it is sent; no body is stored.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscription(models.Model):
    class Kind(models.TextChoices):
        CALLS = "calls", _("New calls like a search")
        PROGRAMME = "programme", _("A programme's deadlines")
        TOPIC = "topic", _("Weekly news on a topic")

    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    # The funding finder's criteria as codes (place, applicant, theme, amount_eur).
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    programme = models.ForeignKey(
        "projects.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    topic = models.ForeignKey(
        "news.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        ordering = ["email", "created_at", "pk"]
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "kind", "filters", "programme", "topic"],
                nulls_distinct=False,
                name="alert_subscription_once",
            ),
            models.CheckConstraint(
                condition=models.Q(kind="calls", programme__isnull=True, topic__isnull=True)
                | models.Q(kind="programme", programme__isnull=False, topic__isnull=True)
                | models.Q(kind="topic", topic__isnull=False, programme__isnull=True),
                name="alert_subscription_target_fits_kind",
            ),
        ]
        indexes = [models.Index(fields=["email"], name="alert_subscription_email_idx")]

    def __str__(self):
        return f"{self.email} ({self.get_kind_display()})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class SeenCall(models.Model):
    call = models.OneToOneField(
        "projects.Call", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    seen_at = models.DateTimeField()

    class Meta:
        ordering = ["seen_at"]
        verbose_name = _("call seen open")
        verbose_name_plural = _("calls seen open")

    def __str__(self):
        return f"{self.call_id} @ {self.seen_at:%Y-%m-%d %H:%M}"


class Delivery(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=8, choices=State, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # The SMTP error's class and code, never the mail.
    last_error = models.CharField(_("last error"), max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("alert mail")
        verbose_name_plural = _("alert mails")
        indexes = [models.Index(fields=["email"], name="alert_delivery_email_idx")]

    def __str__(self):
        return f"{self.email} {self.created_at:%Y-%m-%d %H:%M} ({self.state})"


class SentItem(models.Model):
    class Kind(models.TextChoices):
        NEW_CALL = "new-call", _("New call")
        REMINDER = "reminder", _("Deadline reminder")
        DIGEST = "digest", _("News digest")

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="items")
    email = models.EmailField(max_length=254)
    kind = models.CharField(max_length=10, choices=Kind)
    # The call (new call, reminder) or the topic (digest).
    item = models.BigIntegerField()
    # The deadline a reminder is for, the week a digest covers; empty for a new call.
    moment = models.DateTimeField(null=True, blank=True)
    # Days before the deadline (a reminder); 0 otherwise.
    stage = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["delivery", "kind", "pk"]
        verbose_name = _("item sent")
        verbose_name_plural = _("items sent")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "kind", "item", "moment", "stage"],
                nulls_distinct=False,
                name="alert_sent_once",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.item} → {self.email}"


class AlertCount(Subscription):
    """The admin's page of counts (alerts.admin.AlertCountAdmin): no rows of its own."""

    class Meta:
        proxy = True
        verbose_name = _("alert count")
        verbose_name_plural = _("alert counts")
