from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from barents_portal import ical
from barents_portal.views import StaffPreviewMixin, TranslatedSlugMixin
from projects import calendars, exports, figures, finder
from projects.forms import FinderForm, ProjectFilterForm
from projects.models import Call, CallState, FundedProject, Programme, reference_data, rows_of

EXAMPLE_PROJECTS = 6


class FinderView(TemplateView):
    """The funding section's front page: the finder form and the programmes it matches."""

    template_name = "projects/finder.html"

    def get_context_data(self, **kwargs):
        now = timezone.now()
        form = FinderForm(self.request.GET or None)
        criteria = form.criteria()
        programmes = finder.nearest_deadline_first(
            finder.narrow(Programme.objects.published().for_listing(now), criteria, now), now
        )
        return super().get_context_data(
            form=form,
            searched=bool(criteria),
            programmes=programmes,
            themes_by_code=form.themes,
            relaxations=(
                finder.relaxations(criteria, self.request.GET, now)
                if criteria and not programmes
                else []
            ),
            **kwargs,
        )


class ProgrammePageMixin:
    """What a programme's page shows besides the programme: its calls and projects."""

    template_name = "projects/programme_detail.html"
    context_object_name = "programme"

    def get_context_data(self, **kwargs):
        now = timezone.now()
        programme = self.object
        regions, themes, applicant_types = reference_data()
        calls = list(programme.calls.order_by("deadline", "opens_at"))
        past = [call for call in calls if call.state_at(now) == CallState.CLOSED]
        projects = FundedProject.objects.published_of(programme)
        return super().get_context_data(
            themes=rows_of(programme.theme_codes, themes),
            themes_by_code=themes,
            eligible_regions=rows_of(programme.region_codes, regions),
            applicant_types=rows_of(programme.applicant_type_codes, applicant_types),
            upcoming_calls=[call for call in calls if call not in past],
            past_calls=past[::-1],
            example_projects=list(projects.for_listing()[:EXAMPLE_PROJECTS]),
            project_count=projects.count(),
            **kwargs,
        )


class ProgrammeDetailView(ProgrammePageMixin, TranslatedSlugMixin, DetailView):
    def get_queryset(self):
        return Programme.objects.published().for_page()


class ProgrammePreviewView(ProgrammePageMixin, StaffPreviewMixin, DetailView):
    """A programme that is not public (yet), for staff: by id, never cached or indexed."""

    model = Programme

    def get_queryset(self):
        return Programme.objects.for_page()


class CallListView(TemplateView):
    template_name = "projects/call_list.html"
    CLOSED_SHOWN = 20

    def get_context_data(self, **kwargs):
        now = timezone.now()
        calls = Call.objects.published().for_listing()
        return super().get_context_data(
            open_calls=list(calls.open_now(now).order_by("deadline", "programme__name")),
            forthcoming_calls=list(calls.forthcoming(now).order_by("opens_at", "deadline")),
            closed_calls=list(calls.closed(now).order_by("-deadline")[: self.CLOSED_SHOWN]),
            **kwargs,
        )


class FilteredProjectsMixin:
    """The published projects narrowed by the database's filter form (bad values ignored)."""

    def get_filter_form(self):
        if not hasattr(self, "filter_form"):
            self.filter_form = ProjectFilterForm(self.request.GET or None)
        return self.filter_form

    def filtered_projects(self):
        form = self.get_filter_form()
        return (
            FundedProject.objects.published().matching(form.criteria()).order_by(*form.ordering())
        )


class ProjectListView(FilteredProjectsMixin, ListView):
    template_name = "projects/project_list.html"
    context_object_name = "projects"
    paginate_by = 24

    def get_queryset(self):
        return self.filtered_projects().for_listing()

    def paginate_queryset(self, queryset, page_size):
        """`?page=x` or a page past the end shows the nearest page instead of a 404."""
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        form = self.get_filter_form()
        context = super().get_context_data(
            form=form, themes_by_code=form.themes, query=query.urlencode(), **kwargs
        )
        page = context["page_obj"]
        context["page_range"] = page.paginator.get_elided_page_range(page.number)
        return context


class ProjectDetailView(TranslatedSlugMixin, DetailView):
    template_name = "projects/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return FundedProject.objects.published().for_page()


class ProjectPreviewView(StaffPreviewMixin, DetailView):
    """A project of a programme that is not public, for staff."""

    model = FundedProject
    template_name = ProjectDetailView.template_name
    context_object_name = "project"

    def get_queryset(self):
        return FundedProject.objects.for_page()


class ProjectExportView(FilteredProjectsMixin, View):
    """The filtered set as CSV or JSON, streamed; the same filters as the list."""

    formats = {
        "csv": ("text/csv; charset=utf-8", exports.csv_lines),
        "json": ("application/json", exports.json_chunks),
    }
    format = "csv"

    def get(self, request, *args, **kwargs):
        content_type, writer = self.formats[self.format]
        projects = (
            self.filtered_projects().for_export().order_by(*self.get_filter_form().ordering())
        )
        response = StreamingHttpResponse(
            writer(projects, request, get_language()), content_type=content_type
        )
        response["Content-Disposition"] = f'attachment; filename="funded-projects.{self.format}"'
        return response


class CalendarResponseMixin:
    def calendar_response(self, calls, name, filename):
        return ical.calendar_response(calendars.deadlines_ics(calls, name, self.request), filename)


class CalendarView(CalendarResponseMixin, View):
    """Every published programme's deadlines."""

    def get(self, request, *args, **kwargs):
        return self.calendar_response(
            Call.objects.all(), gettext("Barents funding deadlines"), "barents-deadlines.ics"
        )


class ProgrammeCalendarView(CalendarResponseMixin, TranslatedSlugMixin, DetailView):
    """One programme's deadlines; the slug may be another language's (301 to ours)."""

    def get_queryset(self):
        return Programme.objects.published()

    def canonical_url(self, obj):
        return obj.get_calendar_url()

    def render_to_response(self, context, **response_kwargs):
        programme = self.object
        return self.calendar_response(
            programme.calls.all(),
            gettext("Deadlines: %(programme)s") % {"programme": programme.name},
            f"{programme.slug}-deadlines.ics",
        )


class StatisticsView(TemplateView):
    template_name = "projects/statistics.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**figures.overview(), **kwargs)
