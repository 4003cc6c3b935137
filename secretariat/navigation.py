"""The top-level about pages, read once per request.

The header's menu (every page) and the home page's "About the cooperation" list show the
same pages; reading them once saves the home page a query, and keeping them as a
fragment (per language and content generation, until the next scheduled change) saves
the home page's query when the menu itself is kept.
"""

from barents_portal.cache import fragment
from secretariat.models import Page


def _read():
    return list(Page.objects.navigation())


def navigation_pages(request=None):
    if request is None:
        return _read()
    pages = getattr(request, "_navigation_pages", None)
    if pages is None:
        pages = request._navigation_pages = fragment("navigation-pages", _read)
    return pages
