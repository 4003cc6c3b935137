from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext_lazy, pgettext_lazy
from modeltranslation.admin import TranslationTabularInline

from barents_portal import images
from barents_portal.admin import PortalTranslationAdmin
from barents_portal.admin_i18n import ModelPhrases
from barents_portal.plaintext import PlainTextAdminMixin
from barents_portal.publishing import PublicationState, Status
from news import documents
from news.models import Article, Document, Event, Series, Topic


class PublicationStateFilter(admin.SimpleListFilter):
    """Draft, scheduled, published or unpublished: what a visitor sees, not just the status."""

    title = _("publication state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return PublicationState.choices

    def queryset(self, request, queryset):
        now = timezone.now()
        match self.value():
            case PublicationState.DRAFT:
                return queryset.filter(status=Status.DRAFT)
            case PublicationState.SCHEDULED:
                return queryset.filter(status=Status.PUBLISHED, published_at__gt=now)
            case PublicationState.PUBLISHED:
                return queryset.published()
            case PublicationState.UNPUBLISHED:
                return queryset.filter(status=Status.UNPUBLISHED)
        return queryset


@admin.register(Topic)
class TopicAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add topic"),
        change=pgettext_lazy("admin", "Change topic"),
        view=pgettext_lazy("admin", "View topic"),
        select_to_change=pgettext_lazy("admin", "Select topic to change"),
        select_to_view=pgettext_lazy("admin", "Select topic to view"),
        added=pgettext_lazy("admin", "The topic “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The topic “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The topic “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d topic was deleted.", "%(count)d topics were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected topics"),
    )

    list_display = ("name", "languages", "order")
    list_editable = ("order",)
    search_fields = ("name", "description")
    fields = ("name", "slug", "description", "order")

    def save_model(self, request, obj, form, change):
        # Topics have no created_by/updated_by: skip the stamping mixin.
        obj.save()


@admin.register(Article)
class ArticleAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add article"),
        change=pgettext_lazy("admin", "Change article"),
        view=pgettext_lazy("admin", "View article"),
        select_to_change=pgettext_lazy("admin", "Select article to change"),
        select_to_view=pgettext_lazy("admin", "Select article to view"),
        added=pgettext_lazy("admin", "The article “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The article “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The article “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d article was deleted.", "%(count)d articles were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected articles"),
    )

    list_display = (
        "title",
        "thumbnail",
        "kind",
        "state",
        "languages",
        "published_at",
        "featured",
        "featured_order",
    )
    list_editable = ("featured", "featured_order")
    list_filter = (PublicationStateFilter, "status", "kind", "featured", "topics", "published_at")
    search_fields = ("title", "summary", "byline")
    date_hierarchy = "published_at"
    autocomplete_fields = ("topics",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "summary", "body", "byline")}),
        (
            _("Image"),
            {"fields": ("image", "image_alt", "image_caption", "image_credit")},
        ),
        (_("Filing"), {"fields": ("topics", "regions", "countries")}),
        (
            _("Publishing"),
            {"fields": ("status", "published_at", ("featured", "featured_order"))},
        ),
    )

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        if not obj.image or not obj.image_width:
            return "–"
        width = images.rendition_widths(obj.image_width)[0]
        url = obj.image.storage.url(images.rendition_name(obj.image.name, width, "jpg"))
        return format_html('<img src="{}" alt="" width="80" loading="lazy">', url)


@admin.register(Series)
class SeriesAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add meeting series"),
        change=pgettext_lazy("admin", "Change meeting series"),
        view=pgettext_lazy("admin", "View meeting series"),
        select_to_change=pgettext_lazy("admin", "Select meeting series to change"),
        select_to_view=pgettext_lazy("admin", "Select meeting series to view"),
        added=pgettext_lazy("admin", "The meeting series “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The meeting series “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The meeting series “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d meeting series was deleted.",
            "%(count)d meeting series were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected meeting series"),
    )

    list_display = ("title", "state", "languages")
    list_filter = (PublicationStateFilter, "status")
    search_fields = ("title", "summary")
    fields = (
        "title",
        "slug",
        "summary",
        "description",
        ("link_url", "link_label"),
        "status",
        "published_at",
    )


class DocumentInline(PlainTextAdminMixin, TranslationTabularInline):
    model = Document
    fk_name = "event"
    fields = (
        "title",
        "kind",
        "language",
        "file",
        "translation_of",
        "link_url",
        "link_label",
        "order",
    )
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "translation_of":
            event_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Document.objects.filter(
                event_id=event_id, translation_of__isnull=True
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class EventAdminForm(forms.ModelForm):
    """Start and end are typed as local times of the event's own time zone.

    Django's admin reads a date and time in the site's zone (Oslo); a meeting in Helsinki
    at 10:00 must be stored as 10:00 Helsinki time, so the times are re-read in the
    event's zone on save and shown in it when the form opens.
    """

    class Meta:
        model = Event
        fields = ("start", "end", "all_day", "time_zone")  # the admin adds the rest

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in ("start", "end"):
                value = getattr(self.instance, name)
                if value is not None:
                    self.initial[name] = timezone.make_naive(value, self.instance.tz)

    def clean(self):
        cleaned = super().clean()
        zone = cleaned.get("time_zone")
        if zone:
            tz = Event(time_zone=zone).tz
            for name in ("start", "end"):
                value = cleaned.get(name)
                if value is not None:
                    cleaned[name] = timezone.make_aware(timezone.make_naive(value), tz)
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end must not be before the start."))
        return cleaned


@admin.register(Event)
class EventAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add event"),
        change=pgettext_lazy("admin", "Change event"),
        view=pgettext_lazy("admin", "View event"),
        select_to_change=pgettext_lazy("admin", "Select event to change"),
        select_to_view=pgettext_lazy("admin", "Select event to view"),
        added=pgettext_lazy("admin", "The event “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The event “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The event “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d event was deleted.", "%(count)d events were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected events"),
    )

    form = EventAdminForm
    list_display = ("title", "start", "city", "kind", "series", "state", "languages")
    list_filter = (PublicationStateFilter, "status", "kind", "series", "country", "start")
    list_select_related = ("series",)
    search_fields = ("title", "summary", "city", "location")
    date_hierarchy = "start"
    autocomplete_fields = ("series",)
    inlines = [DocumentInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "summary", "body")}),
        (_("When"), {"fields": ("start", "end", "all_day", "time_zone", "cancelled")}),
        (_("Where"), {"fields": ("location", "city", "country", "online_url")}),
        (_("Series"), {"fields": ("series", "ordinal", "theme")}),
        (_("External link"), {"fields": ("link_url", "link_label")}),
        (_("Publishing"), {"fields": ("status", "published_at")}),
    )


@admin.register(Document)
class DocumentAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add document"),
        change=pgettext_lazy("admin", "Change document"),
        view=pgettext_lazy("admin", "View document"),
        select_to_change=pgettext_lazy("admin", "Select document to change"),
        select_to_view=pgettext_lazy("admin", "Select document to view"),
        added=pgettext_lazy("admin", "The document “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The document “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The document “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d document was deleted.",
            "%(count)d documents were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected documents"),
    )

    list_display = ("title", "event", "kind", "language", "file_format", "size_kb", "languages")
    list_filter = ("kind", "language", "file_format")
    list_select_related = ("event",)
    search_fields = ("title", "event__title")
    autocomplete_fields = ("event", "translation_of")
    fields = (
        "event",
        "title",
        "kind",
        "language",
        "file",
        "translation_of",
        ("link_url", "link_label"),
        "order",
    )

    def get_urls(self):
        return [
            path(
                "<path:object_id>/file/",
                self.admin_site.admin_view(self.file_view),
                name="news_document_file",
            ),
            *super().get_urls(),
        ]

    def file_view(self, request, object_id):
        """The file of any document, drafts included, for staff who may see it."""
        document = self.get_object(request, unquote(object_id))
        if document is None:
            raise Http404
        if not self.has_view_or_change_permission(request, document):
            raise PermissionDenied
        return documents.attachment_response(document)  # never cached: admin_view says so

    @admin.display(description=_("size"), ordering="file_size")
    def size_kb(self, obj):
        return f"{obj.file_size / 1024:.0f} KB"
