"""Public pages of the newsroom. Every query starts from `published()`; drafts are 404s.

Bad input never reaches the database as a 500: page numbers, filters, years and months
that make no sense are 404s (Django's ListView does the same for `?page=`).
"""

from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView

from barents_portal.views import TranslatedSlugMixin
from news.forms import ArticleFilterForm
from news.models import Article, Topic

ARTICLES_PER_PAGE = 12
FIRST_YEAR, LAST_YEAR = 1990, 2100


class PageRangeMixin:
    """Page links for long lists: 1 2 … 7 8 9 … 20 (Django's elided page range)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        if page is not None:
            context["page_range"] = page.paginator.get_elided_page_range(
                page.number, on_each_side=2, on_ends=1
            )
        return context


class ArticleListView(PageRangeMixin, ListView):
    """The news index: all published news, filtered by topic, country and year."""

    template_name = "news/article_list.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        self.topics = list(Topic.objects.for_listing())
        self.years = Article.objects.years()
        self.form = ArticleFilterForm(self.request.GET, topics=self.topics, years=self.years)
        if not self.form.is_valid():
            raise Http404("Unknown filter value.")
        return self.form.filter(Article.objects.published().for_listing())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, topics=self.topics, years=self.years, **kwargs
        )


class ArticleYearView(PageRangeMixin, ListView):
    """The archive of one year."""

    template_name = "news/article_archive_year.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        self.years = Article.objects.years()
        if self.kwargs["year"] not in self.years:
            raise Http404("No news that year.")
        return Article.objects.published().in_year(self.kwargs["year"]).for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(year=self.kwargs["year"], years=self.years, **kwargs)


class TopicView(TranslatedSlugMixin, PageRangeMixin, ListView):
    """A topic's page: its description and its published news."""

    template_name = "news/topic_detail.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.topic = self.get_object(Topic.objects.all())
        canonical = self.topic.get_absolute_url()
        if request.path != canonical:
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
        return ListView.get(self, request, *args, **kwargs)

    def get_queryset(self):
        return Article.objects.published().filter(topics=self.topic).for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, object=self.topic, **kwargs)


class ArticleDetailView(TranslatedSlugMixin, DetailView):
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().prefetch_related("topics")

    def get_context_data(self, **kwargs):
        article = self.object
        return super().get_context_data(
            related=Article.objects.related_to(article),
            previous_article=Article.objects.previous_to(article),
            next_article=Article.objects.next_to(article),
            **kwargs,
        )


class StaffPreviewMixin:
    """A draft or scheduled item for staff who may change it: never cached, never indexed.

    Anyone else gets the same 404 as for a missing item.
    """

    permission = None

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_active or not request.user.has_perm(self.permission):
            raise Http404
        response = super().dispatch(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


class ArticlePreviewView(StaffPreviewMixin, DetailView):
    permission = "news.change_article"
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.prefetch_related("topics")

    def get_context_data(self, **kwargs):
        return super().get_context_data(related=[], **kwargs)
