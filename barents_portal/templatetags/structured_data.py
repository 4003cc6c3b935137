"""`{% breadcrumbs_with_data %}…{% end_breadcrumbs_with_data %}`: the breadcrumb trail as
shown, followed on a detail page (one with an `object` in its context) by the same trail
as schema.org BreadcrumbList JSON-LD, read from the HTML, so the two never disagree."""

from django import template

from barents_portal import structured_data

register = template.Library()


class BreadcrumbsNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        request = context.get("request")
        if request is None or context.get("object") is None:
            return html
        crumbs = structured_data.breadcrumbs(html)
        if len(crumbs) < 2:
            return html

        def absolute_url(href):
            return request.build_absolute_uri(href if href else request.path)

        data = structured_data.breadcrumb_list(crumbs, absolute_url)
        return html + structured_data.json_ld(data)


@register.tag
def breadcrumbs_with_data(parser, token):
    nodelist = parser.parse(("end_breadcrumbs_with_data",))
    parser.delete_first_token()
    return BreadcrumbsNode(nodelist)
