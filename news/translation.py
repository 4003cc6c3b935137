from modeltranslation.translator import TranslationOptions, register

from barents_portal.history import register_history
from news.models import Article, Document, Event, Series, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")
    empty_values = {"slug": None}


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "image_alt", "image_caption")
    empty_values = {"slug": None}


@register(Series)
class SeriesTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "summary", "description")
    empty_values = {"slug": None}


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "location", "city", "theme")
    empty_values = {"slug": None}


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)


# After the translation fields exist, so the history keeps every language column.
register_history(Topic, Article, Series, Event, Document)
