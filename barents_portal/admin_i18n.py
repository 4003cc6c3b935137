"""The admin's sentences about a model, whole, so Russian and Norwegian can inflect them.

Django builds "Add %s", "Select %s to change", "The {name} “{obj}” was changed
successfully." and the like by gluing the model's verbose_name into one sentence. Russian
then gets "Изменить статья" (needs the accusative, "статью") and "Статья … был изменен"
(needs the feminine, "была изменена"); Norwegian needs the definite form ("Artikkelen …").

So each ModelAdmin declares its phrases whole (`phrases = ModelPhrases(...)`, translated
with context "admin"), and AdminPhrasesMixin puts them everywhere Django would glue:
page titles (add, change, view), change list titles, the "Add …" button and breadcrumb,
the success messages (added, changed, deleted, deleted in bulk with a plural count) and
the "Delete selected …" action. A test walks every registered admin of the content apps,
so a model added without phrases fails it.

It also leaves the automatic many-to-many link rows ("Article-topic relationship:
Article_topics object (1)") out of the delete confirmation: they are not content and have
no translatable name. Help texts render as text through templates/admin/includes/
fieldset.html; yes/no icons get translated alt texts (translate_boolean_icons).
"""

import dataclasses
import re
from dataclasses import dataclass

from django.contrib.admin.options import ActionLocation
from django.contrib.admin.utils import model_ngettext
from django.templatetags.static import static
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy


@dataclass(frozen=True)
class ModelPhrases:
    add: str  # "Add article": the add page's title, breadcrumb and the change list's button
    change: str  # "Change article"
    view: str  # "View article" (for staff who may only look)
    select_to_change: str  # the change list's title
    select_to_view: str
    added: str  # "The article “{obj}” was added successfully."
    changed: str
    deleted: str
    deleted_count: str  # npgettext_lazy(..., "count"): "%(count)d articles were deleted."
    delete_selected: str  # the bulk delete action


ADD_ANOTHER = gettext_lazy("You may fill in a new form below.")


def _pattern(template, name, placeholders):
    """A regex matching `template` (a translated Django message) as Django formats it."""
    rx = re.escape(str(template))
    for token, replacement in placeholders.items():
        rx = rx.replace(re.escape(token), replacement, 1).replace(re.escape(token), "(?:.+?)")
    for token in ("{name}", "%(name)s"):
        rx = rx.replace(re.escape(token), name)
    return re.compile(f"^{rx}$", re.DOTALL)


class AdminPhrasesMixin:
    phrases: ModelPhrases | None = None

    # --- titles ---------------------------------------------------------------------

    def render_change_form(self, request, context, add=False, change=False, **kwargs):
        response = super().render_change_form(request, context, add, change, **kwargs)
        if self.phrases is not None and hasattr(response, "context_data"):
            if add:
                title = self.phrases.add
            elif response.context_data.get("has_change_permission"):
                title = self.phrases.change
            else:
                title = self.phrases.view
            response.context_data["title"] = title
        return response

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        if self.phrases is not None:
            extra_context.setdefault("portal_add_title", self.phrases.add)
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None)
        if self.phrases is not None and context and "cl" in context:
            title = (
                self.phrases.select_to_change
                if self.has_change_permission(request)
                else self.phrases.select_to_view
            )
            context["title"] = context["cl"].title = title
        return response

    # --- the bulk delete action -----------------------------------------------------

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if self.phrases is not None and "delete_selected" in actions:
            actions["delete_selected"] = dataclasses.replace(
                actions["delete_selected"],
                description=self.phrases.delete_selected,
                plural_description=self.phrases.delete_selected,
            )
        return actions

    # --- success messages -----------------------------------------------------------

    def _rephrase(self, message):
        """Our whole sentence for one of Django's glued success messages, or None."""
        phrases = self.phrases
        opts = self.opts
        name_html = re.escape(str(escape(opts.verbose_name)))
        name_text = re.escape(str(opts.verbose_name))
        obj = {"{obj}": "(?P<obj>.+)"}
        edit_again = gettext("You may edit it again below.")
        html_messages = [
            (gettext("The {name} “{obj}” was added successfully."), phrases.added, None),
            (
                gettext("The {name} “{obj}” was added successfully.") + " " + edit_again,
                phrases.added,
                edit_again,
            ),
            (
                gettext("The {name} “{obj}” was added successfully. You may edit it again below."),
                phrases.added,
                edit_again,
            ),
            (
                gettext(
                    "The {name} “{obj}” was added successfully. You may add another {name} below."
                ),
                phrases.added,
                ADD_ANOTHER,
            ),
            (gettext("The {name} “{obj}” was changed successfully."), phrases.changed, None),
            (
                gettext(
                    "The {name} “{obj}” was changed successfully. You may edit it again below."
                ),
                phrases.changed,
                edit_again,
            ),
            (
                gettext(
                    "The {name} “{obj}” was changed successfully. You may add another {name} below."
                ),
                phrases.changed,
                ADD_ANOTHER,
            ),
        ]
        text = str(message)
        for template, phrase, tail in html_messages:
            match = _pattern(template, name_html, obj).match(text)
            if match:
                sentence = format_html(str(phrase), obj=mark_safe(match["obj"]))  # noqa: S308 (already escaped by Django)
                return format_html("{} {}", sentence, tail) if tail else sentence
        deleted = _pattern(
            gettext("The %(name)s “%(obj)s” was deleted successfully."),
            name_text,
            {"%(obj)s": "(?P<obj>.+)"},
        ).match(text)
        if deleted:
            return str(phrases.deleted).format(obj=deleted["obj"])
        # The bulk delete action: "Successfully deleted 3 articles."
        for count_match in re.finditer(r"\d+", text):
            count = int(count_match[0])
            expected = gettext("Successfully deleted %(count)d %(items)s.") % {
                "count": count,
                "items": model_ngettext(opts, count),
            }
            if text == expected:
                return phrases.deleted_count % {"count": count}
        # django-simple-history, after a revert: 'The article "X" was changed successfully.'
        reverted = _pattern(
            gettext('The %(name)s "%(obj)s" was changed successfully.')
            + " - "
            + gettext("You may edit it again below"),
            name_text,
            {"%(obj)s": "(?P<obj>.+)"},
        ).match(text)
        if reverted:
            return f"{str(phrases.changed).format(obj=reverted['obj'])} {edit_again}"
        return None

    def message_user(self, request, message, *args, **kwargs):
        if self.phrases is not None:
            rephrased = self._rephrase(message)
            if rephrased is not None:
                message = rephrased
        return super().message_user(request, message, *args, **kwargs)

    # --- the delete page without the automatic link rows -----------------------------

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        links = [m._meta for m in _auto_created_through_models(self.model) if m._meta.auto_created]
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)
        plural_names = {str(opts.verbose_name_plural) for opts in links}
        return (
            _without_prefixed(to_delete, prefixes),
            {key: n for key, n in model_count.items() if str(key) not in plural_names},
            perms_needed,
            protected,
        )


def _auto_created_through_models(model):
    """The automatic many-to-many link tables that deleting `model` touches."""
    for field in model._meta.get_fields(include_hidden=True):
        if field.many_to_many:
            through = getattr(field.remote_field, "through", None) or getattr(
                field, "through", None
            )
            if through is not None and not isinstance(through, str):
                yield through


def _without_prefixed(items, prefixes):
    kept = []
    for item in items:
        if isinstance(item, list):
            nested = _without_prefixed(item, prefixes)
            if nested:
                kept.append(nested)
        elif not (prefixes and str(item).startswith(prefixes)):
            kept.append(item)
    return kept


def _translated_boolean_icon(field_val):
    icon = {True: "yes", False: "no", None: "unknown"}[field_val]
    alt = {True: gettext("Yes"), False: gettext("No"), None: gettext("Unknown")}[field_val]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), alt)


def translate_boolean_icons():
    """Django's yes/no icons in lists and read-only fields say "True"/"False" to a screen
    reader in every language (admin_list._boolean_icon formats the bool itself). The
    admin looks the function up in that module on each call, so replacing it there is
    enough; called once from BarentsPortalConfig.ready()."""
    from django.contrib.admin.templatetags import admin_list

    admin_list._boolean_icon = _translated_boolean_icon
