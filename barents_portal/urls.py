from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from barents_portal import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    # set_language is for staff in the admin; visitors switch with plain links.
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("", include("news.urls")),
    path("", include("projects.urls")),
    # The secretariat's URLs end with the pages catch-all, so they come last.
    path("", include("secretariat.urls")),
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
