"""The words of the published texts, per language: what "did you mean" proposes from."""

from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils.translation import gettext_lazy as _


class Word(models.Model):
    """A word (lower case, as written) of the published items' texts in one language.

    Rebuilt from published() only (search.words.refresh, run by housekeeping); a published
    item's save adds its words. A word stays here until the next rebuild after its item is
    unpublished, so a suggestion is proposed only when it finds something published.
    """

    language = models.CharField(_("language"), max_length=8)
    word = models.CharField(_("word"), max_length=60)
    documents = models.PositiveIntegerField(_("documents"), default=1)

    class Meta:
        ordering = ["language", "word"]
        verbose_name = _("word")
        verbose_name_plural = _("words")
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique"),
        ]
        indexes = [GinIndex(fields=["word"], name="search_word_trgm", opclasses=["gin_trgm_ops"])]

    def __str__(self):
        return self.word
