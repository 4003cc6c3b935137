import datetime

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.generic import DetailView, ListView, TemplateView

from barents_portal.views import StaffPreviewMixin, TranslatedSlugMixin
from secretariat.models import Office, Page
from secretariat.structured_data import office_jsonld
from secretariat.vcard import office_vcard


class OfficePageMixin:
    template_name = "secretariat/office_detail.html"
    context_object_name = "office"

    def get_context_data(self, **kwargs):
        url = self.request.build_absolute_uri(self.object.get_absolute_url())
        return super().get_context_data(jsonld=office_jsonld(self.object, url), **kwargs)


class OfficeListView(ListView):
    template_name = "secretariat/office_list.html"
    context_object_name = "offices"

    def get_queryset(self):
        return Office.objects.published().for_listing().cards()


class OfficeDetailView(OfficePageMixin, TranslatedSlugMixin, DetailView):
    def get_queryset(self):
        return Office.objects.published().with_staff()


class OfficePreviewView(StaffPreviewMixin, OfficePageMixin, DetailView):
    model = Office

    def get_queryset(self):
        return Office.objects.with_staff()


class OfficeVCardView(TranslatedSlugMixin, DetailView):
    """The office's contact card (vCard 4.0) for address books; a closed office's is gone."""

    def get_queryset(self):
        return Office.objects.published()

    def canonical_url(self, obj):
        return obj.get_vcard_url()

    def render_to_response(self, context, **response_kwargs):
        if self.object.is_closed:
            return TemplateResponse(
                self.request,
                "secretariat/office_vcard_gone.html",
                {"office": self.object},
                status=410,
            )
        url = self.request.build_absolute_uri(self.object.get_absolute_url())
        response = HttpResponse(
            office_vcard(self.object, url), content_type="text/vcard; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.object.slug}.vcf"'
        return response


class PageDetailView(TranslatedSlugMixin, DetailView):
    """A page addressed by its slug path; the last segment finds it, the rest must match."""

    template_name = "secretariat/page_detail.html"
    context_object_name = "page"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.kwargs["slug"] = kwargs["path"].rstrip("/").rsplit("/", 1)[-1]

    def get_queryset(self):
        return Page.objects.published().with_ancestors()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["children"] = self.object.children.published().order_by("order", "pk")
        return context


class PagePreviewView(StaffPreviewMixin, DetailView):
    model = Page
    template_name = PageDetailView.template_name
    context_object_name = "page"

    def get_queryset(self):
        return Page.objects.with_ancestors()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["children"] = self.object.children.published().order_by("order", "pk")
        return context


class AccessibilityStatementView(TemplateView):
    """The accessibility statement (WCAG 2.1 AA): what was tested, how, and whom to tell.

    Its text is in the template, through gettext; `reviewed` is the date of the last review,
    moved whenever the checks in tests/browser/test_phones.py and the axe tests are gone
    through again. Problems are reported to the head office's e-mail address.
    """

    template_name = "secretariat/accessibility.html"
    reviewed = datetime.date(2026, 12, 6)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            office=Office.objects.head_office(), reviewed=self.reviewed, **kwargs
        )
