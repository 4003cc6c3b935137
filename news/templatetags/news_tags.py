"""Newsroom template tags: the front page's sections, share links and structured data."""

from urllib.parse import urlencode

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import gettext

from barents_portal import images
from barents_portal.languages import shown_language
from barents_portal.structured_data import json_ld
from news.models import Article, Event
from news.months import local_days

register = template.Library()

HOME_UPCOMING = 5


@register.inclusion_tag("news/includes/_home_news.html")
def front_page_news():
    stories, articles = Article.objects.front_page()
    return {"stories": stories, "articles": articles}


@register.inclusion_tag("news/includes/_home_events.html")
def upcoming_events():
    return {"events": list(Event.objects.upcoming().for_listing()[:HOME_UPCOMING])}


def _day(day):
    return format_html(
        '<time datetime="{}">{}</time>', day.isoformat(), date_format(day, "DATE_FORMAT")
    )


def _moment(moment):
    return format_html(
        '<time datetime="{}">{}, {}</time>',
        moment.isoformat(),
        date_format(moment, "DATE_FORMAT"),
        time_format(moment, "TIME_FORMAT"),
    )


@register.simple_tag
def event_when(event):
    """When an event takes place, in its own time zone, in <time> elements: "12 March 2027",
    "12 March 2027 – 14 March 2027", "12 March 2027, 10:00–12:00 (Moscow time)" or
    "12 March 2027, 10:00 – 13 March 2027, 16:00".

    Event cards, event pages and a series' meetings write it for every event they show:
    one function, not a template partial of five date filters per event.
    """
    start, end = event.local_start, event.local_end
    first_day, last_day = local_days(event.start, event.end, event.time_zone)
    if event.all_day:
        when = _day(first_day)
        if last_day > first_day:
            when = format_html("{} – {}", when, _day(last_day))
    elif last_day > first_day:
        when = format_html("{} – {}", _moment(start), _moment(end))
    else:
        when = _moment(start)
        if end:
            when = format_html(
                '{}–<time datetime="{}">{}</time>',
                when,
                end.isoformat(),
                time_format(end, "TIME_FORMAT"),
            )
    if event.shows_time_zone:
        when = format_html("{} ({})", when, event.time_zone_label)
    return when


@register.simple_tag
def rendition_url(image, width=None):
    """The JPEG rendition closest to `width` (default: the largest), for og:image."""
    if not image:
        return ""
    original = getattr(image.instance, image.field.width_field or "", None)
    if not original:
        return image.url
    widths = images.rendition_widths(original)
    chosen = max((w for w in widths if width is None or w <= width), default=widths[0])
    return image.storage.url(images.rendition_name(image.name, chosen, "jpg"))


@register.simple_tag
def share_links(url, title):
    """Plain links to share a page: no third-party script or button is loaded."""
    return [
        (gettext("E-mail"), "mailto:?" + urlencode({"subject": title, "body": url})),
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url})),
        ("X", "https://x.com/intent/post?" + urlencode({"url": url, "text": title})),
        ("Telegram", "https://t.me/share/url?" + urlencode({"url": url, "text": title})),
        ("VK", "https://vk.com/share.php?" + urlencode({"url": url, "title": title})),
    ]


@register.simple_tag(takes_context=True)
def article_jsonld(context, article, content_lang):
    """schema.org NewsArticle as a JSON-LD data block (barents_portal.jsonld)."""
    request = context["request"]
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "inLanguage": content_lang,
        "mainEntityOfPage": url,
        "url": url,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": (article.updated_at or article.published_at).isoformat()
        if article.published_at
        else None,
        "author": (
            {"@type": "Person", "name": article.byline}
            if article.byline
            else {"@type": "Organization", "name": gettext("Barents Secretariat")}
        ),
        "publisher": {
            "@type": "Organization",
            "name": gettext("Barents Secretariat"),
            "logo": {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(static("img/logo.svg")),
            },
        },
        "articleSection": [topic.name for topic in article.topics.all()],
    }
    if article.image:
        data["image"] = [request.build_absolute_uri(rendition_url(article.image))]
    return json_ld(data)


SCHEMA = "https://schema.org/"


@register.simple_tag(takes_context=True)
def event_jsonld(context, event):
    """schema.org Event as a JSON-LD data block (barents_portal.structured_data).

    Times with their offset in the event's own zone; an all-day event by its dates (the
    end date inclusive, as schema.org reads it).
    """
    request = context["request"]
    if event.all_day:
        start, end = event.first_day.isoformat(), event.last_day.isoformat()
    else:
        start = event.local_start.isoformat()
        end = event.local_end.isoformat() if event.end else None
    physical, online = bool(event.location or event.city or event.country), bool(event.online_url)
    locations = []
    if physical:
        locations.append(
            {
                "@type": "Place",
                "name": event.location or event.place,
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": event.city,
                    "addressCountry": event.country,
                },
            }
        )
    if online:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    mode = {(True, False): "Offline", (False, True): "Online", (True, True): "Mixed"}.get(
        (physical, online)
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "startDate": start,
        "endDate": end,
        "eventStatus": SCHEMA + ("EventCancelled" if event.cancelled else "EventScheduled"),
        "eventAttendanceMode": f"{SCHEMA}{mode}EventAttendanceMode" if mode else None,
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": {
            "@type": "Organization",
            "name": gettext("Barents Secretariat"),
            "url": request.build_absolute_uri(reverse("home")),
        },
        "inLanguage": shown_language(event),
    }
    return json_ld(data)
