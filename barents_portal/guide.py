"""The editor's guide (docs/editing.md) inside the admin, for staff without the repository.

The guide is written in Markdown beside the code so it changes with the code it describes;
its screenshots (docs/editing/*.png) are taken by the browser tests (`make screenshots`).
"""

import re

import markdown
import nh3
from django.conf import settings
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

GUIDE = settings.BASE_DIR / "docs" / "editing.md"
IMAGES = settings.BASE_DIR / "docs" / "editing"
IMAGE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.png$")
GUIDE_TAGS = {
    "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "code", "pre", "a",
    "img", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "hr", "kbd",
}  # fmt: skip


def render_guide():
    text = GUIDE.read_text(encoding="utf-8")
    # Screenshots are linked relative to the Markdown file (editing/x.png); in the admin
    # they come from guide_image below, which sits at the same relative place.
    html = markdown.markdown(text, extensions=["tables", "toc", "sane_lists"])
    return nh3.clean(
        html,
        tags=GUIDE_TAGS,
        attributes={"a": {"href"}, "img": {"src", "alt"}, "h2": {"id"}, "h3": {"id"}},
        url_schemes={"http", "https"},
    )


def editing_guide(request, admin_site):
    context = {
        **admin_site.each_context(request),
        "title": _("Editor's guide"),
        "guide": mark_safe(render_guide()),  # noqa: S308 - our own file, sanitised by nh3
    }
    return TemplateResponse(request, "admin/editing_guide.html", context)


def guide_image(request, name):
    if not IMAGE_NAME.match(name) or not (IMAGES / name).is_file():
        raise Http404
    return FileResponse((IMAGES / name).open("rb"), content_type="image/png")
