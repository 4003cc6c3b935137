from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext_lazy, pgettext_lazy
from modeltranslation.admin import TranslationTabularInline

from barents_portal.admin import PortalTranslationAdmin
from barents_portal.admin_i18n import ModelPhrases
from barents_portal.plaintext import PlainTextAdminMixin
from secretariat.models import Office, Page, PreviousAddress, StaffMember


class StaffMemberInline(TranslationTabularInline):
    model = StaffMember
    fields = ("name", "job_title", "email", "phone", "order", "active")
    extra = 0


class PreviousAddressInline(TranslationTabularInline):
    """Where the office was before it moved: its history on the office page."""

    model = PreviousAddress
    fields = ("street", "postcode", "city", "country", "since", "until", "note")
    extra = 0


def manages_only_own_offices(request):
    """An office manager without the general right to change offices."""
    user = request.user
    return not user.has_perm("secretariat.change_office") and user.has_perm(
        "secretariat.manage_own_office"
    )


@admin.register(Office)
class OfficeAdmin(PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add office"),
        change=pgettext_lazy("admin", "Change office"),
        view=pgettext_lazy("admin", "View office"),
        select_to_change=pgettext_lazy("admin", "Select office to change"),
        select_to_view=pgettext_lazy("admin", "Select office to view"),
        added=pgettext_lazy("admin", "The office “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The office “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The office “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d office was deleted.", "%(count)d offices were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected offices"),
    )

    list_display = ("name", "kind", "city", "country", "is_open", "state", "languages", "order")
    list_editable = ("order",)
    list_filter = ("kind", "country", "status")
    search_fields = ("name", "city", "email", "phone")
    inlines = [StaffMemberInline, PreviousAddressInline]
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "city", "country", "description")}),
        (
            _("Visiting address"),
            {
                "fields": (
                    "visiting_street",
                    ("visiting_postcode", "visiting_city"),
                    "visiting_country",
                    ("latitude", "longitude"),
                )
            },
        ),
        (
            _("Postal address"),
            {"fields": ("postal_street", ("postal_postcode", "postal_city"), "postal_country")},
        ),
        (_("Contact"), {"fields": ("opening_hours", "phone", "email")}),
        (
            _("Publishing"),
            {"fields": ("status", "published_at", "closed_on", "moved_to", "order")},
        ),
        (_("Office managers"), {"fields": ("managers",)}),
    )
    filter_horizontal = ("managers",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if manages_only_own_offices(request):
            # Another office's id in the URL then finds nothing: the admin says so.
            return queryset.filter(managers=request.user)
        return queryset

    def has_change_permission(self, request, obj=None):
        if manages_only_own_offices(request):
            return obj is None or obj.managers.filter(pk=request.user.pk).exists()
        return super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if manages_only_own_offices(request):
            readonly += ["status", "published_at", "managers", "kind", "order", "moved_to"]
        return readonly

    @admin.display(description=_("open"), boolean=True)
    def is_open(self, obj):
        return not obj.is_closed


@admin.register(StaffMember)
class StaffMemberAdmin(PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add staff member"),
        change=pgettext_lazy("admin", "Change staff member"),
        view=pgettext_lazy("admin", "View staff member"),
        select_to_change=pgettext_lazy("admin", "Select staff member to change"),
        select_to_view=pgettext_lazy("admin", "Select staff member to view"),
        added=pgettext_lazy("admin", "The staff member “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The staff member “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The staff member “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin",
            "%(count)d staff member was deleted.",
            "%(count)d staff members were deleted.",
            "count",
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected staff members"),
    )

    list_display = ("name", "thumbnail", "job_title", "office", "email", "active", "order")
    list_filter = ("office", "active")
    list_select_related = ("office",)
    search_fields = ("name", "job_title", "email")
    autocomplete_fields = ("office",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if manages_only_own_offices(request):
            return queryset.filter(office__managers=request.user)
        return queryset

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "office" and manages_only_own_offices(request):
            kwargs["queryset"] = Office.objects.filter(managers=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_autocomplete_fields(self, request):
        # The autocomplete view searches all offices; an office manager picks from a list.
        return () if manages_only_own_offices(request) else super().get_autocomplete_fields(request)

    @admin.display(description=_("photo"))
    def thumbnail(self, obj):
        if not obj.photo:
            return "–"
        return format_html(
            '<img src="{}" alt="" width="48" height="48">',
            obj.photo.url,
        )


@admin.register(Page)
class PageAdmin(PlainTextAdminMixin, PortalTranslationAdmin):
    phrases = ModelPhrases(
        add=pgettext_lazy("admin", "Add page"),
        change=pgettext_lazy("admin", "Change page"),
        view=pgettext_lazy("admin", "View page"),
        select_to_change=pgettext_lazy("admin", "Select page to change"),
        select_to_view=pgettext_lazy("admin", "Select page to view"),
        added=pgettext_lazy("admin", "The page “{obj}” was added successfully."),
        changed=pgettext_lazy("admin", "The page “{obj}” was changed successfully."),
        deleted=pgettext_lazy("admin", "The page “{obj}” was deleted successfully."),
        deleted_count=npgettext_lazy(
            "admin", "%(count)d page was deleted.", "%(count)d pages were deleted.", "count"
        ),
        delete_selected=pgettext_lazy("admin", "Delete selected pages"),
    )

    list_display = ("title", "parent", "show_in_navigation", "state", "languages", "order")
    list_filter = ("status", "show_in_navigation", "parent")
    list_select_related = ("parent",)
    search_fields = ("title", "summary", "body")
    date_hierarchy = "published_at"
    autocomplete_fields = ("parent",)
    fields = (
        "title",
        "slug",
        "summary",
        "body",
        "parent",
        "order",
        "show_in_navigation",
        "status",
        "published_at",
    )
