"""Demo content of the newsroom: topics, news, events and the partnership meeting series.

`load(out)` is called by `manage.py load_demo`. It is idempotent: topics, articles and events
are found by a stable key (their English slug, or the Norwegian one for what exists only in
Norwegian), documents by their event and title; each run brings them back to the data in
demo_articles.py and demo_events.py, with dates moved to stay around today. Pictures and
files are drawn once and kept.
"""

import datetime
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone

from barents_portal.publishing import Status
from barents_portal.vocabulary import countries_of
from news import demo_media
from news.demo_articles import ARTICLES, TOPICS, UNPUBLISHED_ARTICLES
from news.demo_events import EVENTS, MEETINGS, PLACEHOLDER_NOTE, SERIES
from news.models import Article, Document, Event, Series, Topic

LANGUAGES = ("nb", "ru", "en")


def load(out):
    topics = load_topics(out)
    load_articles(out, topics)
    load_events(out)
    load_series(out)


def translated(field, values, *, empty=""):
    """`{"nb": …}` → `{"field_nb": …, "field_ru": empty, "field_en": empty}`."""
    return {f"{field}_{code}": _tidy(values.get(code)) or empty for code in LANGUAGES}


def _tidy(value):
    return " ".join(value.split()).replace("> <", ">\n<") if value else value


def _key_lookup(spec, source="title"):
    """Find a row by its English slug, or the Norwegian one when there is no English text."""
    code = "en" if spec[source].get("en") else "nb"
    return {f"slug_{code}": spec["key"]}, code


def load_topics(out):
    topics, created_count = {}, 0
    for order, spec in enumerate(TOPICS):
        fields = {
            "order": order,
            **translated("name", spec["name"]),
            **translated("description", spec["description"]),
        }
        topic, created = Topic.objects.update_or_create(slug_en=spec["key"], defaults=fields)
        topics[spec["key"]] = topic
        created_count += created
    out(f"Topics: {len(topics)} ({created_count} new)")
    return topics


def _local_noon(days_ago, hour=10):
    moment = timezone.localtime() - datetime.timedelta(days=days_ago)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def load_articles(out, topics):
    created_count = pictures = 0
    specs = [*ARTICLES, *UNPUBLISHED_ARTICLES]
    for index, spec in enumerate(specs):
        lookup, code = _key_lookup(spec)
        article = Article.objects.filter(**lookup).first()
        created = article is None
        article = article or Article()
        status = spec.get("status", Status.PUBLISHED)
        published_at = (
            _local_noon(spec["days_ago"], hour=8 + index % 8) if "days_ago" in spec else None
        )
        fields = {
            "kind": spec["kind"],
            "status": status,
            "published_at": published_at,
            "byline": spec.get("byline", ""),
            "featured": "featured" in spec,
            "featured_order": spec.get("featured", 0),
            "regions": spec.get("regions", []),
            "countries": sorted(
                set(spec.get("countries", [])) | set(countries_of(spec["regions"]))
            ),
            "image_credit": "Barents Portal" if spec.get("image") else "",
            **translated("title", spec["title"]),
            **translated("summary", spec["summary"]),
            **translated("body", spec["body"]),
            **translated("image_alt", spec.get("image_alt", {})),
            **translated("image_caption", spec.get("image_caption", {})),
        }
        for name, value in fields.items():
            setattr(article, name, value)
        _store_key_slug_on(article, spec, code)
        if spec.get("image") and not _has_stored_file(article.image):
            palette, aurora = spec["image"]
            article.image = ContentFile(
                demo_media.landscape(spec["key"], palette, aurora=aurora),
                name=f"{spec['key'][:60]}.jpg",
            )
            pictures += 1
        article.save()
        article.topics.set([topics[key] for key in spec["topics"]])
        # "Last updated" only where the demo says so: otherwise the row was last changed
        # when it was published, not when the demo was loaded.
        if published_at and published_at <= timezone.now():
            updated = published_at + datetime.timedelta(days=spec.get("updated_days_after", 0))
            Article.objects.filter(pk=article.pk).update(updated_at=updated, created_at=updated)
        created_count += created
    out(
        f"Articles: {len(ARTICLES)} published, {len(UNPUBLISHED_ARTICLES)} not public "
        f"({created_count} new, {pictures} pictures drawn)"
    )


def _store_key_slug_on(obj, spec, code):
    setattr(obj, f"slug_{code}", spec["key"])


def _has_stored_file(field_file):
    return bool(field_file) and field_file.storage.exists(field_file.name)


def _at(day, hhmm, tz):
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=tz)


def load_events(out):
    created_count = 0
    today = timezone.localdate()
    for spec in EVENTS:
        tz = ZoneInfo(spec.get("time_zone", "Europe/Oslo"))
        first = today + datetime.timedelta(days=spec["offset"])
        if spec.get("all_day"):
            start = _at(first, "00:00", tz)
            end = _at(first + datetime.timedelta(days=spec.get("days", 1) - 1), "00:00", tz)
        else:
            start = _at(first, spec["start"], tz)
            end_spec = spec["end"]
            if isinstance(end_spec, tuple):
                end = _at(first + datetime.timedelta(days=end_spec[0]), end_spec[1], tz)
            else:
                end = _at(first, end_spec, tz)
        lookup, code = _key_lookup(spec)
        fields = {
            "kind": spec["kind"],
            "status": Status.PUBLISHED,
            "published_at": timezone.now() - datetime.timedelta(days=200),
            "start": start,
            "end": end,
            "all_day": spec.get("all_day", False),
            "time_zone": str(tz),
            "country": spec["country"],
            "online_url": spec.get("online_url", ""),
            f"slug_{code}": spec["key"],
            **translated("title", spec["title"]),
            **translated("summary", spec["summary"]),
            **translated("location", spec["location"]),
            **translated("city", spec["city"]),
        }
        event, created = Event.objects.update_or_create(**lookup, defaults=fields)
        created_count += created
    out(f"Events: {len(EVENTS)} around today ({created_count} new)")


def load_series(out):
    fields = {
        "status": Status.PUBLISHED,
        "published_at": timezone.now() - datetime.timedelta(days=365),
        **translated("title", SERIES["name"]),
        **translated("summary", SERIES["summary"]),
        **translated("description", SERIES["description"]),
    }
    series, _created = Series.objects.update_or_create(slug_en=SERIES["key"], defaults=fields)
    documents = files = 0
    for spec in MEETINGS:
        tz = ZoneInfo(spec["time_zone"])
        first = datetime.date(*spec["first"])
        last = datetime.date(*spec.get("last", spec["first"]))
        fields = {
            "kind": Event.Kind.PARTNERSHIP_MEETING,
            "status": Status.PUBLISHED,
            "published_at": _at(first, "00:00", tz) - datetime.timedelta(days=30),
            "start": _at(first, "00:00", tz),
            "end": _at(last, "00:00", tz) if last > first else None,
            "all_day": True,
            "time_zone": spec["time_zone"],
            "country": spec["country"],
            **translated("title", spec["title"]),
            **translated("summary", spec["summary"]),
            **translated("city", spec["city"]),
            **translated("theme", spec["theme"]),
        }
        meeting, _created = Event.objects.update_or_create(
            series=series, ordinal=spec["ordinal"], defaults=fields
        )
        stored = {}
        for order, (key, kind, language, titles, version_of) in enumerate(spec["documents"]):
            document = Document.objects.filter(event=meeting, kind=kind, language=language)
            document = document.filter(title_en=titles["en"]).first() or Document(event=meeting)
            document.kind, document.language, document.order = kind, language, order
            for name, value in translated("title", titles).items():
                setattr(document, name, value)
            document.translation_of = stored.get(version_of)
            if not _has_stored_file(document.file):
                pdf = demo_media.pdf_document(
                    meeting.title_ru if language == "ru" else meeting.title_en,
                    titles[language] if language in titles else titles["en"],
                    [PLACEHOLDER_NOTE.get(language, PLACEHOLDER_NOTE["en"])],
                )
                document.file = ContentFile(pdf, name=f"{key}.pdf")
                document.file_format = ""
                files += 1
            document.save()
            stored[key] = document
            documents += 1
    out(
        f"Series: {series.title_en} with {len(MEETINGS)} meetings, {documents} documents "
        f"({files} files written)"
    )
