"""RSS and Atom writers for plain-text items in several languages.

Django's writers publish an item's description as HTML (`<summary type="html">`, RSS
`<description>`), so a summary typed as "<img src=x onerror=…>" would become live markup in
a feed reader; they raise on a control character (XML 1.0 forbids them), so one pasted
into a title would make the whole feed answer 500; and they give every item the feed's
language. These subclasses:

- remove control characters from every text on the way out (barents_portal.plaintext);
- publish summaries as text: Atom `type="text"`, and in RSS, whose `<description>` readers
  treat as HTML, the text HTML-escaped, so it carries no markup;
- mark each item with the language its text is really in (`language=` in `add_item`, e.g.
  from languages.shown_language): `xml:lang` on an Atom entry, `dc:language` in an RSS item;
- give every Atom entry an `updated` (RFC 4287 requires one).
"""

import html

from django.utils import feedgenerator
from django.utils.functional import Promise

from barents_portal import plaintext

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


def _clean(value):
    if isinstance(value, (str, Promise)):
        return plaintext.clean(str(value))
    if isinstance(value, (list, tuple)):
        return [_clean(part) for part in value]
    return value


class PlainTextFeedMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*map(_clean, args), **{key: _clean(v) for key, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        kwargs = {key: _clean(value) for key, value in kwargs.items()}
        if kwargs.get("updateddate") is None:
            kwargs["updateddate"] = kwargs.get("pubdate")
        if not kwargs.get("description"):
            kwargs["description"] = None
        super().add_item(*map(_clean, args), **kwargs)


class PlainTextRssFeed(PlainTextFeedMixin, feedgenerator.Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        if item["description"] is not None:
            item = {**item, "description": html.escape(item["description"], quote=False)}
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class PlainTextAtomFeed(PlainTextFeedMixin, feedgenerator.Atom1Feed):
    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})
