"""Readable differences between two versions of a text, for the history's compare page.

Rich text is compared as what a reader sees, with its structure kept as lines: each
paragraph, heading ("## Heading"), list item ("• item") and quote ("> quote") is one line;
tags and attributes are not shown. Lines are matched with difflib; inside a changed line the
words that went are marked <del>, the words that came <ins>. Everything is escaped.
"""

import difflib
import re
from html.parser import HTMLParser

from django.utils.html import escape
from django.utils.safestring import mark_safe

BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "figure",
    "figcaption",
    "table",
    "tr",
    "pre",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
}
PREFIXES = {
    **{f"h{level}": "#" * level + " " for level in range(1, 7)},
    "li": "• ",
    "blockquote": "> ",
}
WORDS = re.compile(r"\s+|[^\s]+")


class _TextLines(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.current = ""
        self.marked = []  # the open headings, list items and quotes, innermost last
        self.href = None

    def _break(self):
        text = " ".join(self.current.split())
        if text:
            self.lines.append((PREFIXES[self.marked[-1]] if self.marked else "") + text)
        self.current = ""

    def handle_starttag(self, tag, attrs):
        if tag == "br" or tag in BLOCKS:
            self._break()
        if tag in PREFIXES:
            self.marked.append(tag)
        elif tag == "a":
            self.href = dict(attrs).get("href")
        elif tag == "img" and dict(attrs).get("alt"):
            self.current += f" [{dict(attrs)['alt']}] "

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self._break()
        if tag in PREFIXES and tag in self.marked:
            del self.marked[len(self.marked) - 1 - self.marked[::-1].index(tag) :]
        elif tag == "a" and self.href:
            self.current += f" ({self.href})"
            self.href = None

    def handle_data(self, data):
        self.current += data

    def close(self):
        super().close()
        self._break()


def text_lines(value, rich=False):
    """The lines of `value` as a reader sees them: rich text loses its tags, keeps its blocks."""
    if value is None:
        return []
    value = str(value)
    if rich:
        parser = _TextLines()
        parser.feed(value)
        parser.close()
        return parser.lines
    return [" ".join(line.split()) for line in value.splitlines() if line.strip()]


def _word_diff(old, new):
    old_words, new_words = WORDS.findall(old), WORDS.findall(new)
    out = []
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(escape("".join(old_words[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{escape(''.join(old_words[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{escape(''.join(new_words[j1:j2]))}</ins>")
    return "".join(out)


def diff_lines(old, new, rich=False):
    """The difference of two values as a list of (kind, safe HTML line).

    kind is "same", "deleted", "inserted" or "changed" (word-level marks inside).
    """
    old_lines, new_lines = text_lines(old, rich), text_lines(new, rich)
    result = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            result += [("same", escape(line)) for line in old_lines[i1:i2]]
        elif op == "delete":
            result += [
                ("deleted", mark_safe(f"<del>{escape(line)}</del>")) for line in old_lines[i1:i2]
            ]  # noqa: S308
        elif op == "insert":
            result += [
                ("inserted", mark_safe(f"<ins>{escape(line)}</ins>")) for line in new_lines[j1:j2]
            ]  # noqa: S308
        else:
            olds, news = old_lines[i1:i2], new_lines[j1:j2]
            for index in range(max(len(olds), len(news))):
                before = olds[index] if index < len(olds) else None
                after = news[index] if index < len(news) else None
                if before is None:
                    result.append(("inserted", mark_safe(f"<ins>{escape(after)}</ins>")))  # noqa: S308
                elif after is None:
                    result.append(("deleted", mark_safe(f"<del>{escape(before)}</del>")))  # noqa: S308
                else:
                    result.append(("changed", mark_safe(_word_diff(before, after))))  # noqa: S308
    return result
