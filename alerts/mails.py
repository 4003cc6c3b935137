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


def alert(delivery):
    """The mail of one delivery, from its items (read now: the log keeps no text)."""
    items = list(delivery.items.all())
    language = delivery.language
    with translation.override(language):
        calls = Call.objects.select_related("programme").in_bulk(
            [item.item for item in items if item.kind != SentItem.Kind.DIGEST]
        )
        new_calls, reminders, digests = [], [], []
        for item in items:
            if item.kind == SentItem.Kind.DIGEST:
                topic = Topic.objects.filter(pk=item.item).first()
                if topic is None:
                    continue
                articles = list(
                    Article.objects.published()
                    .filter(
                        topics=topic,
                        published_at__gte=item.moment - timedelta(days=7),
                        published_at__lt=item.moment,
                    )
                    .order_by("-published_at")
                )
                digests.append(
                    {
                        **_entry(topic, language, topic.get_absolute_url()),
                        "articles": [
                            _entry(article, language, article.get_absolute_url())
                            for article in articles
                        ],
                    }
                )
                continue
            call = calls.get(item.item)
            if call is None:
                continue
            entry = _entry(call, language, call.get_absolute_url())
            entry["programme_fallback"] = fallback_notice(call.programme, language)
            if item.kind == SentItem.Kind.NEW_CALL:
                new_calls.append(entry)
            else:
                entry["days"] = call.days_left()
                reminders.append(entry)
        reminders.sort(key=lambda entry: entry["obj"].deadline)

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

    if not (new_calls or reminders or digests):
        return None
    return build(
        delivery.email,
        language,
        subject,
        "alert",
        {"new_calls": new_calls, "reminders": reminders, "digests": digests},
    )
