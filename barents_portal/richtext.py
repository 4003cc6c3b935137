"""Rich text from staff: one definition for the admin's editor and the sanitiser.

Editors format bodies with the toolbar of a ProseMirror editor (django-prose-editor); they
never type a tag. `FEATURES` says, for each toolbar feature, which editor extensions it
needs and which HTML it produces. From it come both

- the editor's configuration (`editor_extensions()`: only these extensions are switched on,
  so the editor cannot produce anything else), and
- the nh3 allow-list (`ALLOWED_TAGS`, `ALLOWED_ATTRIBUTES`, `ALLOWED_CLASSES`): what the
  editor produces is kept unchanged on save, anything else (`<script>`, event handlers,
  `style`, `javascript:` URLs, images) is dropped.

Images are not offered: a body has no image, the item's own image field (validated, with
renditions) is the way in. The editor refuses a pasted or dropped image with a notice, and
the form refuses a body that still holds one (static/js/richtext-editor.js, `RichTextFormField`).
"""

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

import nh3
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorFormField
from django_prose_editor.widgets import (
    AdminProseEditorWidget,
    prose_editor_admin_media,
    prose_editor_js,
)
from js_asset import Media, Script

from barents_portal.languages import language_codes


@dataclass(frozen=True)
class Feature:
    """One thing the toolbar does: its editor extensions and the HTML they serialise to.

    `example` is exactly what the editor emits for the feature (as ProseMirror serialises
    it); tests round-trip it through the admin form and the public page.
    """

    name: str
    extensions: dict
    html: dict[str, frozenset[str]]
    example: str
    classes: dict[str, frozenset[str]] = field(default_factory=dict)


def _tags(*tags, **attributes):
    return {tag: frozenset(attributes.get(tag, ())) for tag in tags}


FEATURES = (
    Feature("paragraph", {"Paragraph": True}, _tags("p"), "<p>Plain text.</p>"),
    # Shift+Enter: the demo's interviews put question and answer in one paragraph.
    Feature("line break", {"HardBreak": True}, _tags("br"), "<p>Question?<br>Answer.</p>"),
    Feature(
        "headings",
        {"Heading": {"levels": [2, 3]}},
        _tags("h2", "h3"),
        "<h2>Heading</h2><h3>Subheading</h3>",
    ),
    Feature("bold", {"Bold": True}, _tags("strong"), "<p><strong>Bold</strong> text.</p>"),
    Feature("italic", {"Italic": True}, _tags("em"), "<p><em>Italic</em> text.</p>"),
    Feature(
        "bulleted list",
        {"BulletList": True, "ListItem": True},
        _tags("ul", "li"),
        "<ul><li><p>One</p></li><li><p>Two</p></li></ul>",
    ),
    Feature(
        "numbered list",
        # No list-type dialog: a numbered list is 1, 2, 3 (its `start` survives a paste).
        {"OrderedList": {"enableListAttributes": False}, "ListItem": True},
        _tags("ol", "li", ol={"start"}),
        "<ol><li><p>First</p></li><li><p>Second</p></li></ol>"
        '<ol start="3"><li><p>Third</p></li></ol>',
    ),
    Feature(
        "link",
        # PortalLink (static/js/richtext-editor.js): the editor's link with a dialog that
        # also lists the portal's published items; href and title are its only attributes.
        # No autolink: a link is made on purpose (and text typed after it is not linked).
        {"PortalLink": {"autolink": False, "protocols": ["mailto", "tel"]}},
        _tags("a", a={"href", "title"}),
        '<p>See <a href="https://www.barents.example/">the council</a> and '
        '<a href="/nb/nyheter/1-stipend/" title="Stipend">the article</a>.</p>',
    ),
    Feature(
        "quote",
        {"Blockquote": True},
        _tags("blockquote"),
        "<blockquote><p>Culture always finds a way.</p></blockquote>",
    ),
    Feature(
        "fact box",
        # FactBox (static/js/richtext-editor.js): a heading, then paragraphs or lists.
        {"FactBox": True},
        _tags("aside"),
        '<aside class="fact-box"><h2>Background</h2><ul><li><p>First awarded in 2017.</p>'
        "</li></ul></aside>",
        classes={"aside": frozenset({"fact-box"})},
    ),
)

# Editor machinery that produces no HTML of its own.
EDITOR_BASE = {
    "Document": True,
    "Text": True,
    "History": True,
    "Dropcursor": True,
    "Gapcursor": True,
    # Pasted and dropped images are refused with a notice instead of vanishing.
    "NoImages": True,
    # The toolbar: headings as buttons (not a dropdown), then lists, blocks, marks, links.
    "Menu": {
        "groups": [
            {"group": "headings"},
            {"group": "lists"},
            {"group": "nodes -headings -lists"},
            {"group": "marks"},
            {"group": "link"},
            {"group": "history"},
        ]
    },
}


def editor_extensions():
    """The editor's extensions and their configuration: the features, nothing more."""
    extensions = dict(EDITOR_BASE)
    for feature in FEATURES:
        extensions.update(feature.extensions)
    return extensions


def _allow_list():
    tags, attributes, classes = set(), {}, {}
    for feature in FEATURES:
        for tag, attrs in feature.html.items():
            tags.add(tag)
            if attrs:
                attributes.setdefault(tag, set()).update(attrs)
        for tag, values in feature.classes.items():
            classes.setdefault(tag, set()).update(values)
    return frozenset(tags), attributes, classes


ALLOWED_TAGS, ALLOWED_ATTRIBUTES, ALLOWED_CLASSES = _allow_list()
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes=ALLOWED_ATTRIBUTES,
    allowed_classes=ALLOWED_CLASSES,
    url_schemes=URL_SCHEMES,
    # The editor writes no rel (links open in the same window); adding one on save would
    # change what the editor wrote.
    link_rel=None,
    strip_comments=True,
)


def sanitize_html(value: str) -> str:
    if not value:
        return value
    return _cleaner.clean(value)


TOOLBAR_HELP = _(
    "Format with the toolbar: headings, paragraph, bulleted and numbered lists, quote, fact "
    "box (a background box with a heading), bold, italic, link (to an address or to an item "
    "of the portal), undo and redo. Shift+Enter starts a new line in the same paragraph. "
    "Images are not part of the text: use the image field."
)

_IMAGE = re.compile(r"<(img|picture|svg)\b", re.IGNORECASE)


class RichTextWidget(AdminProseEditorWidget):
    """django-prose-editor's admin widget with the portal's preset (static/js/richtext-editor.js).

    Its media carry an import map, rendered inline: the admin's change form renders media
    with the request's CSP nonce (`{% csp_nonce_attr media %}`), django-js-asset puts it on
    the import map too, so the admin keeps a nonce-only script-src. Tiptap's own inline
    `<style>` is switched off (`injectCSS: false` in richtext-editor.js) and its rules are
    served from css/richtext-editor.css, so style-src stays 'self'. SECURE_CSP is unchanged:
    the public site never loads the editor.
    """

    preset = "barents"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("preset", self.preset)
        super().__init__(*args, **kwargs)

    @property
    def media(self):
        return prose_editor_admin_media + Media(
            css={"all": ["css/richtext-editor.css"]},
            js=[prose_editor_js, Script("js/richtext-editor.js", type="module")],
        )

    def get_config(self):
        return {
            "extensions": editor_extensions(),
            "languages": language_codes(),
            "links": reverse("richtext-links"),
        }


class RichTextFormField(ProseEditorFormField):
    widget = RichTextWidget

    def __init__(self, *args, **kwargs):
        kwargs["widget"] = RichTextWidget
        if not kwargs.get("help_text"):
            kwargs["help_text"] = TOOLBAR_HELP
        super().__init__(
            *args,
            config={"extensions": editor_extensions()},
            preset=RichTextWidget.preset,
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        if value and _IMAGE.search(value):
            raise ValidationError(
                _(
                    "Images cannot be part of the text. Use the image field, which makes "
                    "the sizes every page needs."
                ),
                code="image_in_body",
            )
        return value


class RichTextField(models.TextField):
    """A TextField edited with the toolbar editor and sanitised every time it is saved.

    modeltranslation subclasses this field for each language column, so every
    translation gets the editor and is sanitised too.
    """

    def formfield(self, **kwargs):
        kwargs["form_class"] = RichTextFormField
        kwargs.pop("widget", None)
        return super().formfield(**kwargs)

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        # Stored past the attribute, never through it: on a translated model the original
        # field (`body`) is modeltranslation's descriptor, which reads another language's
        # text when the active one is empty and writes into the active language's column —
        # `setattr` here copied the Norwegian body into `body_ru` whenever the admin (or a
        # command) ran in Russian. The per-language columns are plain attributes either way.
        model_instance.__dict__[self.attname] = value
        return value


# --- Links to the portal's own items (the link dialog's list) ------------------------------
LINK_TARGETS_PER_KIND = 8


def linkable_models():
    """Every model with public pages: a `published()` queryset and `get_absolute_url`.

    Found through the app registry, so a section added later is listed without a change here.
    """
    return [
        model
        for model in apps.get_models()
        if hasattr(model, "get_absolute_url") and hasattr(model._default_manager, "published")
    ]


def _title_columns(model):
    from modeltranslation.translator import NotRegistered, translator

    names = {f.name for f in model._meta.get_fields()}
    name = next((n for n in ("title", "name") if n in names), None)
    if name is None:
        return []
    try:
        translated = name in translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = False
    return [f"{name}_{code}" for code in language_codes()] if translated else [name]


def link_targets(query, language):
    """Published items whose title holds `query` (the newest first when it is empty), as
    {kind, title, url} in `language`: the URL a body in that language links to."""
    results = []
    with translation.override(language):
        for model in linkable_models():
            columns = _title_columns(model)
            items = model._default_manager.published()
            if query:
                if not columns:
                    continue
                items = items.filter(
                    reduce(or_, (models.Q(**{f"{c}__unaccent__icontains": query}) for c in columns))
                )
            names = {f.name for f in model._meta.get_fields()}
            if "published_at" in names:
                items = items.order_by("-published_at", "-pk")
            kind = capfirst(model._meta.verbose_name)
            for item in items[:LINK_TARGETS_PER_KIND]:
                results.append({"kind": kind, "title": str(item), "url": item.get_absolute_url()})
    return results
