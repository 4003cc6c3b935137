from django.shortcuts import get_object_or_404, render
from django.urls import path

from tests.extra_section.models import Notice

app_name = "notices"


def index(request):
    return render(request, "base.html", {})


def detail(request, pk):
    get_object_or_404(Notice.objects.published(), pk=pk)
    return render(request, "base.html", {})


urlpatterns = [
    path("notices/", index, name="index"),
    path("notices/<int:pk>/", detail, name="detail"),
]
