import datetime
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from news.models import Article, Document, Event, Series, Topic
from tests.factories import PublishableFactory

OSLO = ZoneInfo("Europe/Oslo")
MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def next_week_at_nine():
    day = timezone.localdate() + datetime.timedelta(days=7)
    return datetime.datetime.combine(day, datetime.time(9), tzinfo=OSLO)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name_en = factory.Sequence(lambda n: f"Topic {n}")
    name_nb = factory.Sequence(lambda n: f"Tema {n}")
    name_ru = factory.Sequence(lambda n: f"Тема {n}")


class ArticleFactory(PublishableFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Article {n}")
    title_nb = factory.Sequence(lambda n: f"Artikkel {n}")
    title_ru = factory.Sequence(lambda n: f"Статья {n}")
    summary_en = "A summary."
    summary_nb = "Et sammendrag."
    summary_ru = "Краткое содержание."
    body_en = "<p>Body.</p>"
    body_nb = "<p>Brødtekst.</p>"
    body_ru = "<p>Текст.</p>"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class SeriesFactory(PublishableFactory):
    class Meta:
        model = Series

    title_en = factory.Sequence(lambda n: f"Series {n}")
    title_nb = factory.Sequence(lambda n: f"Serie {n}")
    title_ru = factory.Sequence(lambda n: f"Серия {n}")


class EventFactory(PublishableFactory):
    class Meta:
        model = Event

    title_en = factory.Sequence(lambda n: f"Event {n}")
    title_nb = factory.Sequence(lambda n: f"Arrangement {n}")
    title_ru = factory.Sequence(lambda n: f"Мероприятие {n}")
    summary_en = "What happens."
    start = factory.LazyFunction(next_week_at_nine)
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    city_en = "Kirkenes"
    city_nb = "Kirkenes"
    city_ru = "Киркенес"
    country = "NO"


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    event = factory.SubFactory(EventFactory)
    title_en = factory.Sequence(lambda n: f"Document {n}")
    kind = Document.Kind.PROGRAMME
    language = "en"
    file = factory.django.FileField(data=MINIMAL_PDF, filename="document.pdf")
