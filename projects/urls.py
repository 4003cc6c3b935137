from django.urls import include, path
from django.utils.translation import pgettext_lazy

from projects import views

app_name = "projects"

programme_urls = [
    path("preview/<int:pk>/", views.ProgrammePreviewView.as_view(), name="programme-preview"),
    path("<slug:slug>/", views.ProgrammeDetailView.as_view(), name="programme-detail"),
    path(
        "<slug:slug>/deadlines.ics",
        views.ProgrammeCalendarView.as_view(),
        name="programme-calendar",
    ),
]

project_urls = [
    path("", views.ProjectListView.as_view(), name="project-list"),
    path(
        "export.csv",
        views.ProjectExportView.as_view(format="csv"),
        name="project-export-csv",
    ),
    path(
        "export.json",
        views.ProjectExportView.as_view(format="json"),
        name="project-export-json",
    ),
    path("preview/<int:pk>/", views.ProjectPreviewView.as_view(), name="project-preview"),
    path("<slug:slug>/", views.ProjectDetailView.as_view(), name="project-detail"),
]

urlpatterns = [
    path(
        pgettext_lazy("URL path", "funding/"),
        include(
            [
                path("", views.FinderView.as_view(), name="index"),
                path(
                    pgettext_lazy("URL path", "calls/"),
                    views.CallListView.as_view(),
                    name="call-list",
                ),
                path("deadlines.ics", views.CalendarView.as_view(), name="calendar"),
                path(
                    pgettext_lazy("URL path", "statistics/"),
                    views.StatisticsView.as_view(),
                    name="statistics",
                ),
                path(pgettext_lazy("URL path", "programmes/"), include(programme_urls)),
                path(pgettext_lazy("URL path", "funded-projects/"), include(project_urls)),
            ]
        ),
    ),
]
