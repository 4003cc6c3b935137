"""The publishable base every public content model shares.

Published means: status is *published* and the publication time has come. `published()` is
the one query every public surface (page, list, feed, sitemap, search, calendar, export)
reads content through, so a draft or a scheduled item cannot leak from one of them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from barents_portal.languages import key_field, languages_with_content


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    # Taken down after having been public; kept apart from a draft that never was.
    UNPUBLISHED = "unpublished", _("Unpublished")


class PublicationState(models.TextChoices):
    """What a visitor sees, derived from status and time (never stored)."""

    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")
    UNPUBLISHED = "unpublished", _("Unpublished")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())


class Stamped(models.Model):
    """Who created and last changed a row, and when (stamped by StampedAdminMixin)."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True


class Publishable(Stamped):
    status = models.CharField(
        _("status"), max_length=12, choices=Status, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Left empty, it is set to the moment of publishing. A future time schedules "
            "the item: it appears by itself at that time."
        ),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if hasattr(self, f"{key_field(self)}_en") and not languages_with_content(self):
            raise ValidationError(
                _("Fill in the %(field)s in at least one language."),
                params={"field": self._meta.get_field(key_field(self)).verbose_name},
            )

    @property
    def publication_state(self):
        if self.status == Status.UNPUBLISHED:
            return PublicationState.UNPUBLISHED
        if self.status != Status.PUBLISHED or self.published_at is None:
            return PublicationState.DRAFT
        if self.published_at > timezone.now():
            return PublicationState.SCHEDULED
        return PublicationState.PUBLISHED

    @property
    def is_published(self):
        return self.publication_state == PublicationState.PUBLISHED
