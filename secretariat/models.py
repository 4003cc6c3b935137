from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from barents_portal.images import ValidatedImageField
from barents_portal.publishing import Publishable, PublishableQuerySet, Stamped
from barents_portal.richtext import RichTextField
from barents_portal.search import (
    head_vectors,
    html,
    search_indexes,
    search_vectors,
    trigram_indexes,
)
from barents_portal.slugs import TranslatedSlugField, TranslatedSlugQuerySet
from barents_portal.vocabulary import Country
from secretariat import addresses
from secretariat.validators import (
    no_control_characters,
    no_control_characters_except_line_breaks,
    validate_phone,
)

ONE_LINE = [no_control_characters]
LINES = [no_control_characters_except_line_breaks]


class OfficeQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def for_listing(self):
        return self.order_by("order", "pk")

    def cards(self):
        """The columns of an office card (secretariat/includes/_office_card.html)."""
        return self.only(
            *("name", "slug", "kind", "city", "country", "closed_on", "phone", "email"),
            *("visiting_street", "visiting_postcode", "visiting_city"),
        )

    def with_staff(self):
        """What an office's page shows: its people, its earlier addresses, where it moved."""
        return self.select_related("moved_to").prefetch_related(
            Prefetch(
                "staff",
                queryset=StaffMember.objects.active(),
                to_attr="active_staff",
            ),
            "previous_addresses",
        )

    def head_office(self):
        return self.published().filter(kind=Office.Kind.HEAD_OFFICE).order_by("order").first()


class Office(Publishable):
    class Kind(models.TextChoices):
        HEAD_OFFICE = "head", _("Head office")
        OFFICE = "office", _("Office")

    # Translated fields are blank=True: an item may exist in one language only, and
    # Publishable.clean() asks for the name or title in at least one.
    name = models.CharField(_("name"), max_length=200, blank=True, validators=ONE_LINE)
    slug = TranslatedSlugField(source="name")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.OFFICE)
    city = models.CharField(_("city"), max_length=100, blank=True, validators=ONE_LINE)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    description = RichTextField(_("description"), blank=True, validators=LINES)
    opening_hours = models.TextField(_("opening hours"), blank=True, validators=LINES)
    # The addresses in parts, as vCards (ADR) and schema.org (PostalAddress) want them. The
    # country of an address defaults to the office's.
    visiting_street = models.CharField(
        _("street address"), max_length=200, blank=True, validators=ONE_LINE
    )
    visiting_postcode = models.CharField(
        _("postcode"), max_length=20, blank=True, validators=ONE_LINE
    )
    visiting_city = models.CharField(
        pgettext_lazy("address", "city"), max_length=100, blank=True, validators=ONE_LINE
    )
    visiting_country = models.CharField(
        pgettext_lazy("address", "country"), max_length=2, choices=Country, blank=True
    )
    postal_street = models.CharField(
        _("street address or PO box"), max_length=200, blank=True, validators=ONE_LINE
    )
    postal_postcode = models.CharField(
        _("postcode"), max_length=20, blank=True, validators=ONE_LINE
    )
    postal_city = models.CharField(
        pgettext_lazy("address", "city"), max_length=100, blank=True, validators=ONE_LINE
    )
    postal_country = models.CharField(
        pgettext_lazy("address", "country"), max_length=2, choices=Country, blank=True
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[validate_phone],
        help_text=_("In international form: +47 78 97 70 50."),
    )
    email = models.EmailField(_("e-mail"), blank=True, validators=ONE_LINE)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    closed_on = models.DateField(
        _("closed on"),
        null=True,
        blank=True,
        help_text=_("A closed office stays listed, marked as closed from this date."),
    )
    moved_to = models.ForeignKey(
        "self",
        verbose_name=_("moved to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_("For a closed office: the office that took over its work."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("office managers"),
        blank=True,
        related_name="managed_offices",
        help_text=_("Staff with the office manager role who may edit this office and its staff."),
    )
    search_nb, search_ru, search_en = search_vectors(
        A=["name_{lang}"], B=["city_{lang}"], C=[html("description_{lang}")]
    )
    search_head_nb, search_head_ru, search_head_en = head_vectors(
        A=["name_{lang}"], B=["city_{lang}"]
    )

    translation_key_field = "name"
    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        permissions = [("manage_own_office", _("Can edit the offices they manage and their staff"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="office_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="office_longitude_range",
            ),
        ]
        indexes = [*search_indexes("office"), *trigram_indexes("office", "name", "city")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("secretariat:office-detail", kwargs={"slug": self.slug})

    def get_preview_url(self):
        return reverse("secretariat:office-preview", kwargs={"pk": self.pk})

    def get_vcard_url(self):
        return reverse("secretariat:office-vcard", kwargs={"slug": self.slug})

    @property
    def is_closed(self):
        return self.closed_on is not None and self.closed_on <= timezone.localdate()

    # The addresses as the lines of an envelope, for pages; setting one splits the text
    # ("street, postcode city" or one part per line) into the parts.
    @property
    def visiting_address(self):
        return "\n".join(
            addresses.lines(self.visiting_street, self.visiting_postcode, self.visiting_city)
        )

    @visiting_address.setter
    def visiting_address(self, text):
        parsed = addresses.parse(text, addresses.country_names())
        self.visiting_street, self.visiting_postcode = parsed.street, parsed.postcode
        self.visiting_city = parsed.city

    @property
    def postal_address(self):
        return "\n".join(
            addresses.lines(self.postal_street, self.postal_postcode, self.postal_city)
        )

    @postal_address.setter
    def postal_address(self, text):
        parsed = addresses.parse(text, addresses.country_names())
        self.postal_street, self.postal_postcode = parsed.street, parsed.postcode
        self.postal_city = parsed.city

    @property
    def visiting_country_label(self):
        code = self.visiting_country or self.country
        return Country(code).label if code in Country.values else ""

    @property
    def postal_country_label(self):
        code = self.postal_country or self.country
        return Country(code).label if code in Country.values else ""


class PreviousAddress(models.Model):
    """Where an office was before it moved, and until when."""

    office = models.ForeignKey(
        Office,
        verbose_name=_("office"),
        on_delete=models.CASCADE,
        related_name="previous_addresses",
    )
    street = models.CharField(_("street address"), max_length=200, validators=ONE_LINE)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True, validators=ONE_LINE)
    city = models.CharField(
        pgettext_lazy("address", "city"), max_length=100, blank=True, validators=ONE_LINE
    )
    country = models.CharField(
        pgettext_lazy("address", "country"), max_length=2, choices=Country, blank=True
    )
    since = models.DateField(_("since"), null=True, blank=True)
    until = models.DateField(_("until"), help_text=_("The day the office moved out."))
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        validators=ONE_LINE,
        help_text=_("Why or where it moved, for the office's history."),
    )

    class Meta:
        ordering = ["-until", "-pk"]
        verbose_name = _("previous address")
        verbose_name_plural = _("previous addresses")
        constraints = [
            models.CheckConstraint(
                condition=Q(since__isnull=True) | Q(since__lte=F("until")),
                name="previousaddress_since_before_until",
            ),
        ]

    def __str__(self):
        return ", ".join(addresses.lines(self.street, self.postcode, self.city))

    def clean(self):
        super().clean()
        if self.since and self.until and self.since > self.until:
            raise ValidationError(
                {"until": _("The office cannot have moved out before it moved in.")}
            )


class StaffMemberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True).order_by("order", "name")

    def published(self):
        """Shown to visitors: active people of a published office (on its page)."""
        return self.filter(active=True, office__in=Office.objects.published())


class StaffMember(Stamped):
    name = models.CharField(pgettext_lazy("person", "name"), max_length=200)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    photo = ValidatedImageField(
        _("photo"),
        upload_to="staff/",
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="staff"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(_("active"), default=True)
    # The name is the same in every language; the job title is translated.
    search_nb, search_ru, search_en = search_vectors(A=["name"], B=["job_title_{lang}"])

    objects = StaffMemberQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("staff member")
        verbose_name_plural = _("staff")
        indexes = [
            *search_indexes("staffmember"),
            *trigram_indexes("staffmember", "name", translated=False),
        ]

    def __str__(self):
        return self.name


class PageQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def with_ancestors(self):
        return self.select_related("parent__parent")

    def navigation(self):
        """Top-level pages for the main navigation and footer."""
        return (
            self.published()
            .filter(parent__isnull=True, show_in_navigation=True)
            .order_by("order", "pk")
        )


class Page(Publishable):
    """An about page in a small tree: About us → The Barents Region, Internship…"""

    MAX_DEPTH = 3

    title = models.CharField(_("title"), max_length=200, blank=True)
    slug = TranslatedSlugField(source="title")
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    show_in_navigation = models.BooleanField(_("show in navigation"), default=False)
    search_nb, search_ru, search_en = search_vectors(
        A=["title_{lang}"], B=["summary_{lang}"], C=[html("body_{lang}")]
    )
    search_head_nb, search_head_ru, search_head_en = head_vectors(
        A=["title_{lang}"], B=["summary_{lang}"]
    )

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        indexes = [*search_indexes("page"), *trigram_indexes("page", "title")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        depth, node = 1, self.parent
        while node is not None:
            if node.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("A page cannot be its own ancestor.")})
            depth, node = depth + 1, node.parent
        if depth > self.MAX_DEPTH:
            raise ValidationError(
                {"parent": _("Pages nest at most %(depth)s levels deep.")},
                params={"depth": self.MAX_DEPTH},
            )

    @property
    def ancestors(self):
        """Root first; with `with_ancestors()` this costs no query."""
        chain, node = [], self.parent
        while node is not None:
            chain.insert(0, node)
            node = node.parent
        return chain

    def get_absolute_url(self):
        path = "/".join([*(page.slug for page in self.ancestors), self.slug])
        return reverse("secretariat:page", kwargs={"path": path})

    def get_preview_url(self):
        return reverse("secretariat:page-preview", kwargs={"pk": self.pk})
