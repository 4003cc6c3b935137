"""Staff see how many alerts there are (per language, kind and topic); only those who may
view subscriptions — the Administrator role, which holds every permission — see addresses.
Subscriptions are not content (alerts/section.py), so no other role is granted them."""

from django.contrib import admin
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from alerts.models import AlertCount, Delivery, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "kind", "language", "created_at", "confirmed_at"]
    list_filter = ["kind", "language", ("confirmed_at", admin.EmptyFieldListFilter)]
    search_fields = ["email"]
    readonly_fields = ["created_at", "confirmed_at"]
    raw_id_fields = ["programme", "topic"]

    def has_add_permission(self, request):
        return False  # only the address itself subscribes (double opt-in)


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["email", "language", "state", "attempts", "created_at", "sent_at"]
    list_filter = ["state", "language"]
    search_fields = ["email"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AlertCount)
class AlertCountAdmin(admin.ModelAdmin):
    """The counts, for every staff member: no address on this page."""

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        from django.urls import path

        return [
            path(
                "",
                self.admin_site.admin_view(self.changelist_view),
                name="alerts_alertcount_changelist",
            )
        ]

    def changelist_view(self, request, extra_context=None):
        confirmed = Subscription.objects.filter(confirmed_at__isnull=False)
        by_kind_language = confirmed.values("kind", "language").annotate(n=Count("pk"))
        by_topic = (
            confirmed.filter(kind=Subscription.Kind.TOPIC)
            .values("topic__pk", "topic__name")
            .annotate(n=Count("pk"))
            .order_by("topic__name")
        )
        kinds = dict(Subscription.Kind.choices)
        languages = dict(Subscription._meta.get_field("language").choices)
        context = {
            **self.admin_site.each_context(request),
            "title": _("E-mail alert counts"),
            "opts": self.model._meta,
            "rows": [
                (kinds[row["kind"]], languages.get(row["language"], row["language"]), row["n"])
                for row in by_kind_language.order_by("kind", "language")
            ],
            "topics": [(row["topic__name"], row["n"]) for row in by_topic],
            "unconfirmed": Subscription.objects.filter(confirmed_at__isnull=True).count(),
            "addresses": confirmed.values("email").distinct().count(),
            "may_see_addresses": request.user.has_perm("alerts.view_subscription"),
        }
        return TemplateResponse(request, "admin/alerts/counts.html", context)
