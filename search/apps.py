from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    # What the section contributes to the site (barents_portal.sections).
    section = "search.section.SECTION"

    def ready(self):
        # The words "did you mean" proposes are a cache of the published texts: a saved
        # item adds its words once the save is committed, if it is published (the
        # housekeeping rebuilds the list: search.words).
        from django.db.models.signals import post_save

        from search.sections import sections_of

        for model in {section.model for section in sections_of()}:
            post_save.connect(
                _words_changed, sender=model, dispatch_uid=f"search-words-{model._meta.label_lower}"
            )


def _words_changed(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata
        return
    from django.db import transaction

    from search.words import add_words_of

    transaction.on_commit(lambda: add_words_of(sender, instance.pk))
