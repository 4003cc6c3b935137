from django.db import OperationalError
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.generic import TemplateView

from search.engine import run_search
from search.hints import NO_RESULTS_IN, other_language_links, search_url
from search.query import MAX_LENGTH, clean, parse
from search.sections import types_by_key


def is_timeout(error):
    """A query stopped by the statement_timeout (SQLSTATE 57014, query_canceled)."""
    cause = error.__cause__
    return "57014" in (getattr(cause, "pgcode", None), getattr(cause, "sqlstate", None))


class SearchView(TemplateView):
    """GET only (other methods answer 405), no cookie, no CSRF token: cacheable."""

    template_name = "search/results.html"

    def get(self, request, *args, **kwargs):
        text, shortened = clean(request.GET.get("q", ""))
        type_key = request.GET.get("type")
        type_key = type_key if type_key in types_by_key() else None  # unknown: every section
        context = {
            "query": text,
            "shortened": shortened,
            "type": type_key,
            "max_length": MAX_LENGTH,
        }
        status = 200
        parsed = parse(text)
        if parsed:
            try:
                context.update(self.search(parsed, type_key, request.GET.get("page")))
            except OperationalError as error:
                if not is_timeout(error):
                    raise
                context["timed_out"], status = True, 503
        response = self.render_to_response(self.get_context_data(**context), status=status)
        if status == 200:
            # Public, so the page cache keeps it (for as long as it keeps any page).
            patch_cache_control(response, public=True)
        else:
            patch_cache_control(response, no_store=True)
        return response

    def search(self, parsed, type_key, page_number):
        code = get_language()
        search = run_search(parsed, code, type_key, page_number)
        page = search.page
        return {
            "search": search,
            "page_obj": page,
            "results": page.object_list,
            "page_range": search.paginator.get_elided_page_range(
                page.number, on_each_side=2, on_ends=1
            ),
            "no_results_here": NO_RESULTS_IN[code],
            "other_languages": other_language_links(search),
            "suggestion_url": search_url(code, search.suggestion, type_key)
            if search.suggestion
            else None,
        }
