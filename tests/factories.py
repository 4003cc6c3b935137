"""What every section's factories share: the published-item base and translated text.

Each section keeps its factories beside its tests (tests/<app>/factories.py); the factories of
publishable models derive from `PublishableFactory`, so "published", "draft" and "scheduled"
mean the same for every model:

    ArticleFactory()                 # published since yesterday
    ArticleFactory(draft=True)       # never published
    ArticleFactory(scheduled=True)   # appears tomorrow
    ArticleFactory(published_now=True)
    ArticleFactory(**translated("title", nb="Bare på norsk"))  # en and ru left blank
"""

import datetime

import factory
from django.conf import settings
from django.utils import timezone

from barents_portal.publishing import Status

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def yesterday():
    return timezone.now() - datetime.timedelta(days=1)


def tomorrow():
    return timezone.now() + datetime.timedelta(days=1)


class PublishableFactory(factory.django.DjangoModelFactory):
    """A published item (since yesterday) of a model built on barents_portal.publishing."""

    class Meta:
        abstract = True

    status = Status.PUBLISHED
    published_at = factory.LazyFunction(yesterday)

    class Params:
        draft = factory.Trait(status=Status.DRAFT, published_at=None)
        scheduled = factory.Trait(published_at=factory.LazyFunction(tomorrow))
        published_now = factory.Trait(published_at=factory.LazyFunction(timezone.now))


def translated(field, **texts):
    """The keyword arguments for `field` in every language: the given texts, the rest blank.

    translated("title", nb="Praksisplass") → {"title_en": "", "title_nb": "Praksisplass",
    "title_ru": ""}.
    """
    unknown = set(texts) - set(LANGUAGES)
    if unknown:
        raise ValueError(f"Not languages of the site: {sorted(unknown)}")
    return {f"{field}_{code}": texts.get(code, "") for code in LANGUAGES}
