"""What still needs translating: each content item × language is missing, complete or outdated.

The admin records, on every save, which languages' fields the form changed
(`record_edit`), and on creation which language the item was written in first: its
source. A translation is *outdated* when its source language was edited after it.
Items saved outside the admin (the demo, imports) have no record: their filled languages
count as complete.
"""

from dataclasses import dataclass, field

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from barents_portal.languages import fallback_chain, key_field, language_codes
from barents_portal.models import TranslationRevision
from barents_portal.roles import content_models, is_translated

MISSING, COMPLETE, OUTDATED = "missing", "complete", "outdated"
STATES = {MISSING: _("Missing"), COMPLETE: _("Complete"), OUTDATED: _("Outdated")}


def changed_languages(model, changed_fields):
    from barents_portal.admin import translation_field_names

    names = translation_field_names(model)
    return {name.rsplit("_", 1)[1] for name in changed_fields if name in names}


@transaction.atomic
def record_edit(obj, languages, *, by, created=False, preferred=None):
    """Note that `languages` of `obj` were edited now; on creation, also its source."""
    if not languages:
        return
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    source = None
    if created:
        order = fallback_chain(preferred) if preferred in language_codes() else language_codes()
        source = next((code for code in order if code in languages), None)
    now = timezone.now()
    for code in languages:
        TranslationRevision.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            language=code,
            defaults={
                "updated_at": now,
                "updated_by": by,
                **({"is_source": True} if code == source else {}),
            },
        )


@dataclass
class Row:
    model: type
    pk: int
    title: str
    states: dict = field(default_factory=dict)

    @property
    def section(self):
        return self.model._meta.verbose_name_plural

    @cached_property
    def change_url(self):
        opts = self.model._meta
        try:
            return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.pk])
        except NoReverseMatch:
            # Edited inline in another item's form (a call in its programme): link to that.
            return inline_parent_change_url(self.model, self.pk)

    def field_anchor(self, code):
        return f"{self.change_url}#id_{key_field(self.model)}_{code}"


def inline_parent_change_url(model, pk):
    """The change page of the item whose admin form holds `model` as an inline, or ""."""
    for parent, model_admin in admin.site._registry.items():
        for inline in model_admin.inlines:
            if getattr(inline, "model", None) is not model:
                continue
            for fk in model._meta.fields:
                if fk.related_model is not parent or fk.name != (inline.fk_name or fk.name):
                    continue
                parent_pk = model._default_manager.filter(pk=pk).values_list(fk.attname).first()
                if parent_pk is not None:
                    opts = parent._meta
                    return reverse(
                        f"admin:{opts.app_label}_{opts.model_name}_change", args=parent_pk
                    )
    return ""


def translated_models():
    return [model for model in content_models() if is_translated(model)]


def dashboard_rows():
    """One row per translated content item: a query per model, one for the revisions."""
    revisions = {}
    for revision in TranslationRevision.objects.all():
        revisions.setdefault((revision.content_type_id, revision.object_id), {})[
            revision.language
        ] = revision
    rows = []
    for model in translated_models():
        content_type = ContentType.objects.get_for_model(model)
        key = key_field(model)
        columns = [f"{key}_{code}" for code in language_codes()]
        for pk, *values in model._default_manager.order_by("pk").values_list("pk", *columns):
            present = {code for code, value in zip(language_codes(), values, strict=True) if value}
            row = Row(model=model, pk=pk, title=next((v for v in values if v), "") or f"#{pk}")
            edits = revisions.get((content_type.id, pk), {})
            source = next((r for r in edits.values() if r.is_source), None)
            for code in language_codes():
                if code not in present:
                    row.states[code] = MISSING
                elif (
                    source is not None
                    and code != source.language
                    and code in edits
                    and edits[code].updated_at < source.updated_at
                ):
                    row.states[code] = OUTDATED
                else:
                    row.states[code] = COMPLETE
            rows.append(row)
    return rows


def counts(rows):
    return {
        code: {state: sum(1 for row in rows if row.states[code] == state) for state in STATES}
        for code in language_codes()
    }
