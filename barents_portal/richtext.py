"""Rich text from staff, sanitised with an allow-list before it is stored.

nh3 (the Rust `ammonia` sanitiser) keeps only the tags and attributes below: no
`<script>`, no event handlers, no `style`, no `javascript:` or `data:` URLs survive.
"""

import nh3
from django.db import models

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup",
    "a", "ul", "ol", "li", "blockquote", "q", "cite", "figure", "figcaption",
    "aside", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption", "abbr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang", "lang"},
    "abbr": {"title"},
    # "fact-box" styles the background box of an article; no other class is let through.
    "aside": {"aria-label"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "blockquote": {"cite", "lang"},
    "p": {"lang"},
    "q": {"lang"},
}
ALLOWED_CLASSES = {"aside": {"fact-box"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(value: str) -> str:
    if not value:
        return value
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


class RichTextField(models.TextField):
    """A TextField whose value is sanitised every time the model is saved.

    modeltranslation subclasses this field for each language column, so every
    translation is sanitised too.
    """

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        # Stored past the attribute, never through it: on a translated model the original
        # field (`body`) is modeltranslation's descriptor, which reads another language's
        # text when the active one is empty and writes into the active language's column —
        # `setattr` here copied the Norwegian body into `body_ru` whenever the admin (or a
        # command) ran in Russian. The per-language columns are plain attributes either way.
        model_instance.__dict__[self.attname] = value
        return value
