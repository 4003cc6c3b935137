from urllib.parse import urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExternalLink(models.Model):
    """A link to another site (the working group's own pages, say), with a translated label.

    Shown as external: `rel="external"` and a visible marker, in the same window.
    """

    link_url = models.URLField(_("external link"), blank=True, max_length=500)
    link_label = models.CharField(
        _("label of the external link"),
        max_length=150,
        blank=True,
        help_text=_("What the reader finds there, e.g. “Documents on the working group's site”."),
    )

    class Meta:
        abstract = True

    @property
    def external_link_label(self):
        return self.link_label or urlsplit(self.link_url).hostname or self.link_url
