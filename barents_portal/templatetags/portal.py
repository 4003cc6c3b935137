"""Template tags every section uses: language links, fallback notices, pictures, layout."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, override

from barents_portal import images, sections
from barents_portal.cache import fragment
from barents_portal.languages import (
    fallback_notice,
    field_language,
    language_codes,
    languages_with_content,
    shown_language,
    text_language_label,
)

register = template.Library()


def _url_in(code, obj, request):
    with override(code):
        if obj is not None:
            return obj.get_absolute_url()
        match = request.resolver_match
        if match is None or not match.url_name:
            return reverse("home")
        try:
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return reverse("home")
    query = request.META.get("QUERY_STRING")
    return f"{url}?{query}" if query else url


@register.simple_tag(takes_context=True)
def language_links(context):
    """The same page or item in each language, and whether it really exists there.

    On an item's page (`object` in the context, with get_absolute_url) each language links
    to that item with its own slug in that language; elsewhere to the same view.
    """
    request = context["request"]
    obj = context.get("object")
    if obj is not None and not hasattr(obj, "get_absolute_url"):
        obj = None
    existing = set(languages_with_content(obj)) if obj is not None else set(language_codes())
    current = get_language()
    links = []
    for code in language_codes():
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": _url_in(code, obj, request),
                "current": code == current,
                "exists": code in existing,
            }
        )
    return links


@register.simple_tag
def x_default_url(links):
    """x-default points at the English page (our LANGUAGE_CODE), else the first existing."""
    by_code = {link["code"]: link for link in links}
    preferred = by_code.get(settings.LANGUAGE_CODE)
    if preferred and preferred["exists"]:
        return preferred["url"]
    return next((link["url"] for link in links if link["exists"]), links[0]["url"])


@register.simple_tag
def content_language(obj):
    return shown_language(obj)


@register.simple_tag
def fallback_notice_for(obj):
    """The note above an item shown in another language than the page's, or nothing."""
    notice = fallback_notice(obj)
    if not notice:
        return ""
    return format_html('<p class="notice notice--language" role="note">{}</p>', notice)


@register.simple_tag
def picture(image, alt="", sizes="100vw", css_class="", eager=False):
    """A <picture> with WebP and JPEG renditions, width/height and lazy loading.

    Reads the dimensions from the model's width/height fields: no file is opened.
    """
    if not image:
        return ""
    instance, field = image.instance, image.field
    width = getattr(instance, field.width_field or "", None)
    height = getattr(instance, field.height_field or "", None)
    if not width or not height:
        return format_html('<img src="{}" alt="{}" loading="lazy">', image.url, alt)
    storage = image.storage
    widths = images.rendition_widths(width)

    def urls(extension):
        return [storage.url(images.rendition_name(image.name, w, extension)) for w in widths]

    def srcset(addresses):
        return ", ".join(f"{url} {w}w" for url, w in zip(addresses, widths, strict=True))

    # The largest JPEG is also the <img>'s src: each rendition's URL is asked for once.
    jpegs, largest = urls("jpg"), widths[-1]
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}{}></picture>',
        srcset(urls("webp")),
        sizes,
        jpegs[-1],
        srcset(jpegs),
        sizes,
        largest,
        round(height * largest / width),
        alt,
        format_html(' class="{}"', css_class) if css_class else "",
        mark_safe(' loading="eager" fetchpriority="high"')
        if eager
        else mark_safe(' loading="lazy" decoding="async"'),
    )


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The sections' menu entries (barents_portal.sections), in their order. A page named
    by URL shows up once its URL exists, so nothing is ever shown empty."""
    request = context.get("request")

    def build():
        return [(str(label), url) for label, url in sections.menu_links(request)]

    path = request.path if request is not None else ""
    return {
        "items": [
            (label, url, "page" if path == url else "true" if path.startswith(url) else None)
            # Without the database (an error page during an outage): no menu.
            for label, url in fragment("main-navigation", build, fallback=[])
        ]
    }


@register.simple_tag
def site_footer():
    """The footer, rendered once per language and content generation (FRAGMENT_CACHE)."""
    return mark_safe(fragment("site-footer", _render_footer, fallback=""))  # noqa: S308 - our template


def _render_footer():
    return str(
        render_to_string(
            "includes/site_footer.html",
            {
                "blocks": sections.footer_blocks(),
                "links": [(str(label), url) for label, url in sections.footer_links()],
                "social_links": settings.PORTAL_SOCIAL_LINKS,
            },
        )
    )


@register.simple_tag(takes_context=True)
def section_block(context, template_name, values):
    """A section's block (home page, footer): its template with its own values on top of
    the page's context, the way `{% include %}` renders."""
    template = context.template.engine.get_template(template_name)
    with context.push(values):
        return template.render(context)


@register.simple_tag(takes_context=True)
def section_slot(context, name):
    """The blocks sections put into the slot `name` of this page (sections.slot_blocks),
    each rendered like `section_block`; nothing when no installed section fills it."""
    return mark_safe(  # noqa: S308 - rendered templates, escaped by the template engine
        "".join(
            section_block(context, template_name, values)
            for template_name, values in sections.slot_blocks(name, context)
        )
    )


@register.simple_tag
def join_lines(text):
    """Multi-line plain text (an address) as lines separated by <br>."""
    return format_html_join(
        mark_safe("<br>"), "{}", ((line,) for line in (text or "").splitlines() if line)
    )


def _text_language(shown, field, page):
    """The language of the text `shown` stands for: a code, an item (its key field), or
    one field of an item; None for nothing shown."""
    if shown is None or shown == "":
        return None
    if isinstance(shown, str):
        return shown
    if field is None:
        return shown_language(shown, page)
    return field_language(shown, field, page)


@register.simple_tag
def lang_attr(shown, field=None):
    """` lang="xx"` on text shown in another language than the page's, else nothing.

    `shown` is a translated object (the language its key field is read in, or that of
    `field` when one field can fall back apart from the others) or a language code.
    Text in the page's own language inherits `<html lang>` and gets no attribute, except
    a field of an item shown in another language: its element sits inside the item's
    (`<article lang="nb">`), so it names its own language even when it is the page's.
    """
    page = get_language()
    code = _text_language(shown, field, page)
    if code is None:
        return ""
    if code == page and (field is None or shown_language(shown, page) == page):
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag
def fallback_label(shown, field=None):
    """The small visible label beside text shown in another language than the page's:
    the name of the language it is really in ("на норвежском"), or nothing.

    `shown` as for `lang_attr`. The label is in the page's language and says so, so it
    may stand inside the text's own element. One tag for every list, card, block,
    breadcrumb and search result; it reads only loaded fields (no query).
    """
    page = get_language()
    code = _text_language(shown, field, page)
    if code is None or code == page:
        return ""
    return format_html(
        ' <span class="lang-label" lang="{}">{}</span>', page, text_language_label(code)
    )


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's canonical address, one rule for every page.

    An item shown in another language than the page's (a fallback) names its page in the
    language it really exists in; its hreflang links (`language_links`) list only the
    languages it exists in. A list's page N>1 names itself (`?page=N`); page 1 has no
    `?page=`.
    """
    request = context["request"]
    obj = context.get("object")
    path = request.path
    if obj is not None and hasattr(obj, "get_absolute_url"):
        code = shown_language(obj)
        if code != get_language():
            path = _url_in(code, obj, request)
    page_obj = context.get("page_obj")
    number = getattr(page_obj, "number", 1)
    query = f"?page={number}" if isinstance(number, int) and number > 1 else ""
    return f"{request.scheme}://{request.get_host()}{path}{query}"
