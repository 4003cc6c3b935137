from django.db import models
from django.urls import reverse

from barents_portal.publishing import Publishable, PublishableQuerySet
from barents_portal.search import search_indexes, search_vectors


class Notice(Publishable):
    title = models.CharField(max_length=200)

    search_nb, search_ru, search_en = search_vectors(A=["title"])

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        indexes = [*search_indexes("notice")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("notices:detail", args=[self.pk])
