"""What the e-mail alerts contribute to the site (barents_portal.sections).

The subscribe forms go into slots the funding and news pages leave open
(`{% section_slot "…" %}`): those pages name the slot, not the alerts, so projects and news
know nothing of this app. Each block's context is read from the page's own context — the
finder's validated criteria, the programme or topic shown, the news list's topics — so the
forms add no database query to the pages.
"""

from django.utils.translation import pgettext_lazy

from alerts.matching import finder_filters
from barents_portal.languages import labelled_text
from barents_portal.sections import Block, MenuEntry, Section

FORM = "alerts/includes/_subscribe_form.html"


def _finder(context):
    form = context.get("form")
    criteria = form.criteria() if form is not None and hasattr(form, "criteria") else {}
    names = [
        str(getattr(value, "label", None) or getattr(value, "name", value))
        for key, value in criteria.items()
        if key in ("place", "applicant", "theme")
    ]
    return {
        "alert_kind": "calls",
        "alert_hidden": finder_filters(criteria),
        "alert_filters": ", ".join(names),
        "alert_amount": criteria.get("amount_eur"),
    }


def _programme(context):
    programme = context.get("programme")
    return {"alert_kind": "programme", "alert_hidden": {"programme": programme.pk}}


def _topic(context):
    topic = context.get("topic")
    return {"alert_kind": "topic", "alert_hidden": {"topic": topic.pk}, "alert_topic": topic}


def _news_list(context):
    form = context.get("form")
    chosen = None
    if form is not None and getattr(form, "cleaned_data", None):
        chosen = form.cleaned_data.get("topic")
    return {
        "alert_kind": "topic",
        # (pk, name): a choice holds no markup, so a fallback name carries its language in
        # brackets, as the news list's own topic filter does.
        "alert_topics": [
            (topic.pk, labelled_text(topic.name, topic)) for topic in context.get("topics") or []
        ],
        "alert_chosen": chosen,
    }


SECTION = Section(
    footer_links=(
        MenuEntry(60, pgettext_lazy("footer", "E-mail alerts and privacy"), "alerts:privacy"),
    ),
    slots={
        "funding-finder": (Block(10, FORM, _finder),),
        "programme": (Block(10, FORM, _programme),),
        "news-topic": (Block(10, FORM, _topic),),
        "news-list": (Block(10, FORM, _news_list),),
    },
    # Subscriptions are not content: writing one forgets no cached page, and the roles do
    # not cover them (only the Administrator, who holds every permission, sees addresses).
    content=False,
    urls="alerts.urls",
)
