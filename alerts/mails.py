"""The alert mails: built in the subscriber's language, plain text and HTML, absolute links.

Every mail carries the link to manage the address's alerts and a one-click unsubscribe
(`List-Unsubscribe` with an https link and `List-Unsubscribe-Post`, RFC 8058). Items whose
text exists only in another language are shown in it, with the site's own notice.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from alerts import tokens
from alerts.matching import describe_filters
from alerts.models import SentItem, Subscription
from barents_portal.languages import fallback_notice
from news.models import Article, Topic
from projects.models import Call


def absolute(path):
    return f"{settings.PORTAL_BASE_URL}{path}"


def address_links(email):
    """Absolute manage and unsubscribe links, in the active language."""
    return {
        "manage_url": absolute(
            reverse("alerts:manage", kwargs={"token": tokens.make(tokens.MANAGE, email)})
        ),
        "unsubscribe_url": absolute(
            reverse("alerts:unsubscribe", kwargs={"token": tokens.make(tokens.UNSUBSCRIBE, email)})
        ),
        "privacy_url": absolute(reverse("alerts:privacy")),
    }


def build(email, language, subject, template, context):
    with translation.override(language):
        context = {**context, **address_links(email), "language": language}
        context["subject"] = subject() if callable(subject) else subject
        text = render_to_string(f"alerts/mail/{template}.txt", context)
        html = render_to_string(f"alerts/mail/{template}.html", context)
        message = EmailMultiAlternatives(
            subject=context["subject"],
            body=text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[email],
            headers={
                "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Auto-Submitted": "auto-generated",
            },
        )
        message.attach_alternative(html, "text/html")
        return message


def describe(subscription):
    """What a subscription follows, in a sentence of the active language."""
    if subscription.kind == Subscription.Kind.PROGRAMME:
        return gettext("Deadlines of the programme “%(name)s”") % {
            "name": subscription.programme.name
        }
    if subscription.kind == Subscription.Kind.TOPIC:
        return gettext("Weekly news on “%(topic)s”") % {"topic": subscription.topic.name}
    filters = describe_filters(subscription.filters)
    if not filters:
        return gettext("New calls for applications in every programme")
    return gettext("New calls for applications: %(filters)s") % {"filters": filters}


def confirmation(subscription):
    token = tokens.make(tokens.CONFIRM, subscription.pk)
    with translation.override(subscription.language):
        confirm_url = absolute(reverse("alerts:confirm", kwargs={"token": token}))
        what = describe(subscription)
    return build(
        subscription.email,
        subscription.language,
        lambda: gettext("Confirm your e-mail alert from the Barents Portal"),
        "confirm",
        {
            "confirm_url": confirm_url,
            "what": what,
            "days": settings.ALERT_UNCONFIRMED_DAYS,
        },
    )


def _entry(obj, language, url):
    return {"obj": obj, "url": absolute(url), "fallback": fallback_notice(obj, language)}


class AlertMails:
    """The mails of a group of deliveries, read from their items when they are sent (the
    log keeps no text). A call's or a digest's part is rendered once per language and kind
    and shared by every mail that lists it: a run of thousands of mails about the same two
    hundred deadlines renders two hundred parts per language, not millions."""

    def __init__(self, deliveries):
        self.deliveries = list(deliveries)
        self.items = {delivery.pk: [] for delivery in self.deliveries}
        for item in SentItem.objects.filter(delivery__in=self.items).order_by("pk"):
            self.items[item.delivery_id].append(item)
        call_ids = {
            item.item
            for items in self.items.values()
            for item in items
            if item.kind != SentItem.Kind.DIGEST
        }
        self.calls = Call.objects.select_related("programme").in_bulk(call_ids)
        self.parts = {}

    def _part(self, item, language):
        key = (item.kind, item.item, item.moment, language)
        if key not in self.parts:
            self.parts[key] = self._render_part(item, language)
        return self.parts[key]

    def _render_part(self, item, language):
        with translation.override(language):
            if item.kind == SentItem.Kind.DIGEST:
                context = self._digest(item, language)
                template = "alerts/mail/_digest"
            else:
                call = self.calls.get(item.item)
                if call is None:
                    return None
                context = _entry(call, language, call.get_absolute_url())
                context["reminder"] = item.kind == SentItem.Kind.REMINDER
                context["days"] = call.days_left()
                template = "alerts/mail/_call"
            if context is None:
                return None
            return (
                render_to_string(f"{template}.txt", context),
                render_to_string(f"{template}.html", context),
            )

    def _digest(self, item, language):
        topic = Topic.objects.filter(pk=item.item).first()
        if topic is None:
            return None
        articles = (
            Article.objects.published()
            .filter(
                topics=topic,
                published_at__gte=item.moment - timedelta(days=7),
                published_at__lt=item.moment,
            )
            .order_by("-published_at")
        )
        return {
            **_entry(topic, language, topic.get_absolute_url()),
            "articles": [
                _entry(article, language, article.get_absolute_url()) for article in articles
            ],
        }

    def message(self, delivery):
        language = delivery.language
        sections = {kind: [] for kind in SentItem.Kind.values}
        items = sorted(
            self.items.get(delivery.pk, ()),
            key=lambda item: (item.moment is None, item.moment or 0, item.item),
        )
        for item in items:
            part = self._part(item, language)
            if part is not None:
                sections[item.kind].append(part)
        reminders = sections[SentItem.Kind.REMINDER]
        new_calls = sections[SentItem.Kind.NEW_CALL]
        digests = sections[SentItem.Kind.DIGEST]
        if not (reminders or new_calls or digests):
            return None

        def subject():
            if reminders:
                return ngettext(
                    "Deadline reminder: %(count)d call closes soon",
                    "Deadline reminder: %(count)d calls close soon",
                    len(reminders),
                ) % {"count": len(reminders)}
            if new_calls:
                return ngettext(
                    "%(count)d new call for applications",
                    "%(count)d new calls for applications",
                    len(new_calls),
                ) % {"count": len(new_calls)}
            return gettext("This week's news from the Barents Portal")

        return build(
            delivery.email,
            language,
            subject,
            "alert",
            {"new_calls": new_calls, "reminders": reminders, "digests": digests},
        )
