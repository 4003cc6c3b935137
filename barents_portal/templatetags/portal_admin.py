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
