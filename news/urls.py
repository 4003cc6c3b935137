from django.urls import path  # noqa: F401

app_name = "news"

# Public URLs of this section; path segments are translated with
# pgettext_lazy("URL path", "…/") so each language has its own.
urlpatterns = []
