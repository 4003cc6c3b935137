from django import template
from django.db.models import Count

from barents_portal import translations

register = template.Library()


@register.inclusion_tag("admin/includes/translation_summary.html", takes_context=True)
def translation_summary(context):
    user = context["request"].user
    if not user.has_perm("barents_portal.view_translationrevision"):
        return {"totals": None}
    return {
        "totals": translations.counts(translations.dashboard_rows()),
        "states": translations.STATES,
    }


@register.simple_tag
def preview_links(obj):
    """The item's page in each language: its staff preview while it is not public."""
    from django.utils.translation import get_language_info, override

    from barents_portal.languages import language_codes

    if obj is None or not hasattr(obj, "get_absolute_url"):
        return []
    public = getattr(obj, "is_published", True) or not hasattr(obj, "get_preview_url")
    links = []
    for code in language_codes():
        with override(code):
            url = obj.get_absolute_url() if public else obj.get_preview_url()
        links.append((code, get_language_info(code)["name_local"], url))
    return links


@register.inclusion_tag("admin/includes/pending_summary.html", takes_context=True)
def pending_summary(context):
    """How many changes wait for a publisher, linked to the "Changes waiting" page."""
    from barents_portal.models import PendingChange

    user = context["request"].user
    if not user.has_perm("barents_portal.view_pendingchange"):
        return {"count": None}
    counts = dict(PendingChange.objects.values_list("state").annotate(n=Count("pk")).order_by())
    return {
        "count": counts.get(PendingChange.State.PENDING, 0),
        "sent_back": counts.get(PendingChange.State.SENT_BACK, 0),
    }
