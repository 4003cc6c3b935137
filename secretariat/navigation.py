"""The top-level about pages, read once per request.

The header's menu (every page) and the home page's "About the cooperation" list show the
same pages; reading them once saves the home page a query.
"""

from secretariat.models import Page


def navigation_pages(request=None):
    if request is None:
        return list(Page.objects.navigation())
    pages = getattr(request, "_navigation_pages", None)
    if pages is None:
        pages = request._navigation_pages = list(Page.objects.navigation())
    return pages
