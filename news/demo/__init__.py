"""Demo content of the newsroom: topics, news, events and the partnership meeting series.

The texts are in the YAML files beside this module. `load(out)` is called by
`manage.py load_demo`. Topics, articles and events are found again by their English slug (the
Norwegian one for what exists only in Norwegian), meetings by their series and number,
documents by their meeting, kind, language and English title; dates move to stay around
today. Pictures and files are drawn once and kept.
"""

import datetime
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone

from barents_portal import demo, demo_media
from barents_portal.publishing import Status
from barents_portal.vocabulary import countries_of
from news.models import Article, Document, Event, Series, Topic


def load(out):
    topics = load_topics(out)
    load_articles(out, topics)
    load_events(out)
    load_series(out)


def _slug_key(item):
    """An item's key is its English slug, or its Norwegian one when it has no English text."""
    return {f"slug_{'en' if item['title'].get('en') else 'nb'}": item["key"]}


def load_topics(out):
    topics, created = demo.load_table(
        Topic,
        demo.read("news", "topics"),
        key=lambda item: {"slug_en": item["key"]},
        fields=lambda item, order: {
            "order": order,
            **demo.translated("name", item["name"]),
            **demo.translated("description", item["description"]),
        },
    )
    out(f"Topics: {len(topics)} ({created} new)")
    return topics


def _article_fields(item, index):
    published_at = None
    if "days_ago" in item:
        moment = timezone.localtime() - datetime.timedelta(days=item["days_ago"])
        published_at = moment.replace(hour=8 + index % 8, minute=0, second=0, microsecond=0)
    return {
        "kind": item["kind"],
        "status": item.get("status", Status.PUBLISHED),
        "published_at": published_at,
        "byline": item.get("byline", ""),
        "featured": "featured" in item,
        "featured_order": item.get("featured", 0),
        "regions": item["regions"],
        "countries": sorted(set(item.get("countries", [])) | set(countries_of(item["regions"]))),
        # The demo's pictures are the portal's own: credited with its name in each language.
        **demo.translated("image_credit", demo.portal_name() if item.get("image") else None),
        **{
            field: value
            for name in ("title", "summary", "body", "image_alt", "image_caption")
            for field, value in demo.translated(name, item.get(name)).items()
        },
    }


def load_articles(out, topics):
    items = demo.read("news", "articles")
    created_count = public = 0
    drawn = []

    def draw_picture(article, item):
        if item.get("image") and not demo.has_stored_file(article.image):
            image = item["image"]
            picture = demo_media.landscape(item["key"], image["palette"], aurora=image["aurora"])
            article.image = ContentFile(picture, name=f"{item['key'][:60]}.jpg")
            drawn.append(article)

    for index, item in enumerate(items):
        fields = _article_fields(item, index)
        article, created = demo.upsert(
            Article, _slug_key(item), fields, prepare=lambda row, item=item: draw_picture(row, item)
        )
        article.topics.set([topics[key] for key in item["topics"]])
        # "Last updated" only where the demo says so: otherwise the row was last changed
        # when it was published, not when the demo was loaded.
        published_at = fields["published_at"]
        if published_at and published_at <= timezone.now():
            updated = published_at + datetime.timedelta(days=item.get("updated_days_after", 0))
            Article.objects.filter(pk=article.pk).update(updated_at=updated, created_at=updated)
            public += fields["status"] == Status.PUBLISHED
        created_count += created
    out(
        f"Articles: {public} published, {len(items) - public} not public "
        f"({created_count} new, {len(drawn)} pictures drawn)"
    )


def _event_times(item, tz):
    first = demo.day(item["days_from_today"])
    if item.get("all_day"):
        last = first + datetime.timedelta(days=item["days"] - 1)
        return demo.at(first, "00:00", tz), demo.at(last, "00:00", tz)
    last = first + datetime.timedelta(days=item.get("end_days_later", 0))
    return demo.at(first, item["start"], tz), demo.at(last, item["end"], tz)


def load_events(out):
    items = demo.read("news", "events")
    created_count = 0
    for item in items:
        tz = ZoneInfo(item.get("time_zone", "Europe/Oslo"))
        start, end = _event_times(item, tz)
        fields = {
            "kind": item["kind"],
            "status": Status.PUBLISHED,
            "published_at": timezone.now() - datetime.timedelta(days=200),
            "start": start,
            "end": end,
            "all_day": item.get("all_day", False),
            "time_zone": str(tz),
            "country": item["country"],
            "online_url": item.get("online_url", ""),
            **{
                field: value
                for name in ("title", "summary", "location", "city")
                for field, value in demo.translated(name, item[name]).items()
            },
        }
        _event, created = demo.upsert(Event, _slug_key(item), fields)
        created_count += created
    out(f"Events: {len(items)} around today ({created_count} new)")


def load_series(out):
    data = demo.read("news", "series")
    series, _created = demo.upsert(
        Series,
        {"slug_en": data["key"]},
        {
            "status": Status.PUBLISHED,
            "published_at": timezone.now() - datetime.timedelta(days=365),
            **demo.translated("title", data["title"]),
            **demo.translated("summary", data["summary"]),
            **demo.translated("description", data["description"]),
            **_link_fields(data),
        },
    )
    documents = files = 0
    for item in data["meetings"]:
        meeting = _load_meeting(series, item)
        stored = {}
        for order, spec in enumerate(item["documents"]):
            document, written = _load_document(meeting, spec, order, stored, data)
            stored[spec["key"]] = document
            documents += 1
            files += written
    out(
        f"Series: {series.title_en} with {len(data['meetings'])} meetings, {documents} documents "
        f"({files} files written)"
    )


def _link_fields(item):
    """An external link (`link: {url:, label: {nb:, ru:, en:}}`), or none."""
    link = item.get("link") or {}
    return {"link_url": link.get("url", ""), **demo.translated("link_label", link.get("label"))}


def _load_meeting(series, item):
    tz = ZoneInfo(item["time_zone"])
    first, last = item["first_day"], item.get("last_day", item["first_day"])
    meeting, _created = demo.upsert(
        Event,
        {"series": series, "ordinal": item["ordinal"]},
        {
            "kind": Event.Kind.PARTNERSHIP_MEETING,
            "status": Status.PUBLISHED,
            "published_at": demo.at(first, "00:00", tz) - datetime.timedelta(days=30),
            "start": demo.at(first, "00:00", tz),
            "end": demo.at(last, "00:00", tz) if last > first else None,
            "all_day": True,
            "time_zone": item["time_zone"],
            "country": item["country"],
            **_link_fields(item),
            **{
                field: value
                for name in ("title", "summary", "city", "theme")
                for field, value in demo.translated(name, item.get(name)).items()
            },
        },
    )
    return meeting


def _load_document(meeting, spec, order, stored, data):
    """A meeting's paper; its PDF is a placeholder drawn once, in the paper's language."""
    kind, language, titles = spec["kind"], spec["language"], spec["title"]
    document = Document.objects.filter(event=meeting, kind=kind, language=language)
    document = document.filter(title_en=titles["en"]).first() or Document(event=meeting)
    document.kind, document.language, document.order = kind, language, order
    for name, value in demo.translated("title", titles).items():
        setattr(document, name, value)
    document.translation_of = stored.get(spec.get("translation_of"))
    for name, value in _link_fields(spec).items():
        setattr(document, name, value)
    written = not demo.has_stored_file(document.file)
    if written:
        notes = data["placeholder_note"]
        pdf = demo_media.pdf_document(
            meeting.title_ru if language == "ru" else meeting.title_en,
            titles.get(language, titles["en"]),
            [notes.get(language, notes["en"])],
        )
        document.file = ContentFile(pdf, name=f"{spec['key']}.pdf")
        document.file_format = ""
    document.save()
    return document, written
