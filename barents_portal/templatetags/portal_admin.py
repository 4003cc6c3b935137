from django import template

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
