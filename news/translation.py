from modeltranslation.translator import TranslationOptions, register

from barents_portal.history import register_history
from news.models import Article, Document, Event, Series, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    # The credit too: "Photo: Barents Portal" reads "Фото: Баренц-портал" on Russian pages.
    fields = ("title", "slug", "summary", "body", "image_alt", "image_caption", "image_credit")


@register(Series)
class SeriesTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "description", "link_label")


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "location", "city", "theme", "link_label")


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title", "link_label")


# After the translation fields exist, so the history keeps every language column.
register_history(Topic, Article, Series, Event, Document)
