from django.urls import include, path
from django.utils.translation import pgettext_lazy

from secretariat import views

app_name = "secretariat"

urlpatterns = [
    path(
        pgettext_lazy("URL path", "offices/"),
        include(
            [
                path("", views.OfficeListView.as_view(), name="office-list"),
                path("preview/<int:pk>/", views.OfficePreviewView.as_view(), name="office-preview"),
                path("<slug:slug>/", views.OfficeDetailView.as_view(), name="office-detail"),
                path("<slug:slug>/vcard.vcf", views.OfficeVCardView.as_view(), name="office-vcard"),
            ]
        ),
    ),
    path(
        pgettext_lazy("URL path", "accessibility/"),
        views.AccessibilityStatementView.as_view(),
        name="accessibility",
    ),
    path("preview/page/<int:pk>/", views.PagePreviewView.as_view(), name="page-preview"),
    # Pages answer at the root of each language (`/nb/om-oss/barentsregionen/`): this
    # catch-all comes last here, and the project's URLconf includes this module last.
    path("<path:path>/", views.PageDetailView.as_view(), name="page"),
]
