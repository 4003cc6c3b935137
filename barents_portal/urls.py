from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from django.views.static import serve

from barents_portal import accounts, guide, sections, views
from barents_portal.sitemaps import SiteSectionsSitemap

# The wiring: what the installed section apps declare (barents_portal.sections), composed.
# sitemap.xml: the home page and the sections' front pages, then each section's own.
SITEMAPS = {"sections": SiteSectionsSitemap, **sections.sitemaps()}

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots",
    ),
    # Open data (barents_portal.opendata): the same files under every language.
    path("open-data/catalog.jsonld", views.open_data_catalog, name="open-data-catalog"),
    re_path(
        r"^open-data/(?P<dataset>[a-z0-9-]+)\.(?P<format>csv|json)$",
        views.open_data_file,
        name="open-data-file",
    ),
    # set_language is for staff in the admin; visitors switch with plain links.
    path("i18n/", include("django.conf.urls.i18n")),
    # The editor's guide, for staff only; before the admin's own URLs.
    path(
        "admin/guide/",
        admin.site.admin_view(guide.editing_guide),
        {"admin_site": admin.site},
        name="editing-guide",
    ),
    path("admin/guide/editing/<str:name>", admin.site.admin_view(guide.guide_image)),
    # Staff password reset and the set-password link for new staff (barents_portal.accounts).
    # Before the admin's own URLs, whose catch-all would take them; the admin's login page
    # links to `admin_password_reset` by that name.
    path(
        "admin/password_reset/",
        accounts.PasswordResetView.as_view(),
        name="admin_password_reset",
    ),
    path(
        "admin/password_reset/done/",
        accounts.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "admin/reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "admin/welcome/<uidb64>/<token>/",
        accounts.SetPasswordView.as_view(),
        name="staff_set_password",
    ),
    path(
        "admin/reset/done/",
        accounts.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    # The rich-text editor's link dialog lists the portal's items (staff only).
    path(
        "admin/richtext/links/",
        admin.site.admin_view(views.richtext_links),
        name="richtext-links",
    ),
    path("admin/", admin.site.urls),
]

# `make bench` only (BENCHMARK=true): what Django costs with no query
# (barents_portal/bench.py). Before the sections: the about pages' catch-all would
# otherwise answer /<lang>/bench/floor/ with a 404 page (and its queries).
bench_patterns = []
if settings.BENCHMARK:
    from barents_portal import bench

    bench_patterns = [
        path("bench/floor/", bench.floor, name="bench-floor"),
        path("bench/literal/", bench.literal, name="bench-literal"),
    ]

urlpatterns += i18n_patterns(
    *bench_patterns,
    path("", views.HomeView.as_view(), name="home"),
    path(pgettext_lazy("URL path", "open-data/"), views.OpenDataView.as_view(), name="open-data"),
    # In each section's url_order: the secretariat's about pages end with a catch-all.
    *(path("", include(module)) for module in sections.url_modules()),
)

if settings.SERVE_MEDIA:
    # Development and `make serve`; a deployment lets the reverse proxy serve media.
    urlpatterns.insert(
        0,
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    )

# Error pages in the language of their own request, and without the database when it is
# down (barents_portal.views).
handler400 = "barents_portal.views.bad_request"
handler403 = "barents_portal.views.permission_denied"
handler404 = "barents_portal.views.page_not_found"
handler500 = "barents_portal.views.server_error"
