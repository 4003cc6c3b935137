from django.urls import include, path
from django.utils.translation import pgettext_lazy

from alerts import views

app_name = "alerts"

urlpatterns = [
    path(
        pgettext_lazy("URL path", "alerts/"),
        include(
            [
                path("", views.SubscribeView.as_view(), name="subscribe"),
                path(
                    pgettext_lazy("URL path", "privacy/"),
                    views.PrivacyView.as_view(),
                    name="privacy",
                ),
                path("confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
                path("manage/<str:token>/", views.ManageView.as_view(), name="manage"),
                path(
                    "unsubscribe/<str:token>/",
                    views.UnsubscribeView.as_view(),
                    name="unsubscribe",
                ),
            ]
        ),
    ),
]
