"""What the secretariat contributes to the site (barents_portal.sections): the about pages,
the offices and their staff, and the footer's contact details."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from barents_portal.roles import OFFICE_MANAGER
from barents_portal.search import html
from barents_portal.sections import Block, MenuEntry, SearchSection, SearchType, Section
from secretariat.sitemaps import AccessibilitySitemap, OfficeSitemap, PageSitemap


def _navigation_links(request):
    from secretariat.navigation import navigation_pages

    return [(page.title, page.get_absolute_url()) for page in navigation_pages(request)]


def _home_pages(request):
    from secretariat.navigation import navigation_pages

    return {"pages": navigation_pages(request)}


def _home_offices(request):
    from secretariat.models import Office

    return {"offices": Office.objects.published().for_listing().cards()}


def _footer_contact(request):
    from secretariat.models import Office

    return {"office": Office.objects.head_office()}


def _staff_context(person):
    return ", ".join(part for part in (person.job_title, person.office.name) if part)


def _demo_login(user, role):
    """The demo's office manager manages the head office."""
    if role != OFFICE_MANAGER:
        return
    from secretariat.models import Office

    head = Office.objects.filter(kind=Office.Kind.HEAD_OFFICE).first()
    if head is not None:
        head.managers.add(user)


SECTION = Section(
    menu=(
        # The top-level about pages, then the offices.
        MenuEntry(40, items=_navigation_links),
        MenuEntry(50, pgettext_lazy("navigation", "Offices"), "secretariat:office-list"),
    ),
    footer_links=(
        MenuEntry(10, _("All offices and staff"), "secretariat:office-list"),
        MenuEntry(90, _("Accessibility statement"), "secretariat:accessibility"),
    ),
    home=(
        Block(20, "secretariat/includes/_home_pages.html", _home_pages),
        Block(40, "secretariat/includes/_home_offices.html", _home_offices),
    ),
    footer=(Block(10, "secretariat/includes/_footer_contact.html", _footer_contact),),
    sitemaps={
        "pages": PageSitemap,
        "offices": OfficeSitemap,
        "accessibility": AccessibilitySitemap,
    },
    search_types=(
        SearchType(
            "pages",
            pgettext_lazy("search type", "Pages"),
            pgettext_lazy("search result", "Page"),
            order=40,
        ),
        SearchType(
            "offices",
            pgettext_lazy("search type", "Offices"),
            pgettext_lazy("search result", "Office"),
            order=50,
        ),
        SearchType(
            "staff",
            pgettext_lazy("search type", "Staff"),
            pgettext_lazy("search result", "Staff"),
            order=60,
        ),
    ),
    search=(
        SearchSection(
            "page",
            "pages",
            "secretariat.Page",
            title="title_{lang}",
            snippet=("summary_{lang}", html("body_{lang}")),
            names=("title_{lang}",),
            # The path of a page three levels deep; below that, each level costs a query.
            card=("slug", "parent__slug", "parent__parent__slug", "parent__parent__parent_id"),
        ),
        SearchSection(
            "office",
            "offices",
            "secretariat.Office",
            title="name_{lang}",
            snippet=("city_{lang}", html("description_{lang}")),
            names=("name_{lang}", "city_{lang}"),
            card=("slug", "city"),
            context=lambda office: office.city,
        ),
        SearchSection(
            "staff",
            "staff",
            "secretariat.StaffMember",
            rank="search_{lang}",  # no body: its vector is small and inline
            title="name",  # a person's name is the same in every language
            names=("name",),
            card=("job_title", "office__slug", "office__name"),
            context=_staff_context,
            url=lambda person: f"{person.office.get_absolute_url()}#staff-{person.pk}",
        ),
    ),
    # Office managers edit the offices they manage (manage_own_office), their staff and
    # their earlier addresses.
    role_permissions={
        OFFICE_MANAGER: {
            "office": ["view_office", "manage_own_office"],
            "staffmember": [
                f"{action}_staffmember" for action in ("view", "add", "change", "delete")
            ],
            # The office's earlier addresses, edited inline on the office.
            "previousaddress": [
                f"{action}_previousaddress" for action in ("view", "add", "change", "delete")
            ],
        }
    },
    demo="secretariat.demo",
    demo_login=_demo_login,
    urls="secretariat.urls",
    # The about pages' catch-all answers any other path: after every other section.
    url_order=100,
)
