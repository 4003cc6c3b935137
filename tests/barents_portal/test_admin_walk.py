"""Every admin URL of every registered model answers below 500, for every role.

The walk reads the URLs from the admin itself (`admin.site._registry` and each ModelAdmin's
`get_urls()`), so a model or a custom admin view added later is walked without a change
here. It fills the URL arguments it knows (`object_id`, `id`, `version_id`; regular-expression
patterns such as simple-history's version view by name and position); a pattern that needs
another argument is skipped with a warning that names it, so the walk tolerates new views
but says what it did not open (today nothing is skipped).

Per model it opens: the change list (plain, searched, filtered: every list filter as the
superuser, one per other role), add, the
change page, delete confirmation, history, one old version (the revert form), the compare
view, every custom view, and it POSTs every changelist action for one object. Plus the
admin index, each app index, and the translation dashboard with its filters. Forbidden is
fine (403, or a redirect): only a server error fails.

It runs on an empty database (objects looked up by an id that does not exist) and on the
demo content (the shared `demo_content` fixture: loaded once for the module, rolled back
after it), sampling one object per model: one that has rows in the admin's inlines if any has.
"""

import re
import warnings
from dataclasses import dataclass, field

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory
from django.urls import URLPattern, URLResolver, reverse
from django.urls.resolvers import RegexPattern

from barents_portal.roles import ADMINISTRATOR, EDITOR, OFFICE_MANAGER, PUBLISHER, TRANSLATOR

SUPERUSER = "superuser"
ROLES = [EDITOR, TRANSLATOR, PUBLISHER, OFFICE_MANAGER, ADMINISTRATOR, SUPERUSER]
MISSING_PK = 987654321

# Filters of the translation dashboard, a view of its own rather than a Django change list.
EXTRA_QUERIES = {
    "barents_portal_translationrevision_changelist": [
        "?section=news.article",
        "?language=ru&state=missing",
        "?state=outdated",
        "?section=unknown.model&language=xx&state=nonsense",
    ],
}


@dataclass
class Walk:
    client: Client
    failures: list = field(default_factory=list)
    count: int = 0

    def request(self, method, url, data=None):
        self.count += 1
        try:
            response = getattr(self.client, method)(url, data or {})
        except Exception as error:  # noqa: BLE001 - every server error is collected
            self.failures.append(f"{method.upper()} {url}: {type(error).__name__}: {error}")
            return
        if response.status_code >= 500:
            self.failures.append(f"{method.upper()} {url}: {response.status_code}")


def walk_user(role, superuser):
    user = get_user_model().objects.create_user(
        f"walk-{role.lower().replace(' ', '-')}", password="x-long-password-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    if role == OFFICE_MANAGER:
        from secretariat.models import Office

        request = RequestFactory().get("/")
        request.user = superuser
        office = sample_object(admin.site._registry[Office], request)  # the one walked
        if office is not None:
            office.managers.add(user)
    return user


def sample_object(model_admin, request):
    """One object to open: preferably one with rows in the admin's inlines."""
    queryset = model_admin.get_queryset(request).order_by("pk")
    for inline in model_admin.inlines:
        for relation in model_admin.model._meta.related_objects:
            if relation.related_model is inline.model:
                with_rows = queryset.filter(**{f"{relation.name}__isnull": False}).first()
                if with_rows is not None:
                    return with_rows
    return queryset.first()


def fill_route(route, values):
    """The route with its `<converter:name>` parts filled in, or None if one is unknown."""
    missing = []

    def fill(match):
        name = match.group("name")
        if name not in values:
            missing.append(name)
            return ""
        return str(values[name])

    url = re.sub(r"<(?:(?P<converter>[^>:]+):)?(?P<name>\w+)>", fill, route)
    return None if missing else url


# Unnamed groups of a regular-expression pattern, in the order simple-history's version
# view (`^([^/]+)/history/([^/]+)/$`) and Django's older admin URLs use them.
POSITIONAL = ("object_id", "version_id")


def fill_regex(pattern, values):
    """The URL of a named regular-expression pattern, or None if it cannot be filled."""
    regex = pattern.pattern.regex
    named = list(regex.groupindex)
    unnamed = regex.groups - len(named)
    if not pattern.name or (named and unnamed) or unnamed > len(POSITIONAL):
        return None
    if any(name not in values for name in named):
        return None
    return reverse(
        f"admin:{pattern.name}",
        args=[values[name] for name in POSITIONAL[:unnamed]],
        kwargs={name: values[name] for name in named},
    )


def admin_patterns(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from admin_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def filter_queries(model_admin, superuser):
    """One query string per list filter: each filter's first choice that is not "All"."""
    request = RequestFactory().get("/")
    request.user = superuser
    try:
        changelist = model_admin.get_changelist_instance(request)
    except Exception:  # noqa: BLE001 - the changelist walk reports it
        return []
    queries = []
    for spec in changelist.filter_specs:
        for choice in spec.choices(changelist):
            if not choice.get("selected") and choice.get("query_string", "?") != "?":
                queries.append(choice["query_string"])
                break
    return queries


def model_urls(model_admin, superuser, role):
    """(method, url, data) for every admin URL of one model, with one sampled object.

    The superuser opens the change list with each filter; a role opens it with one, a
    different one per role.
    """
    request = RequestFactory().get("/")
    request.user = superuser
    opts = model_admin.model._meta
    base = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    obj = sample_object(model_admin, request)
    pk = obj.pk if obj is not None else MISSING_PK
    values = {"object_id": pk, "id": pk}
    versions = []
    if obj is not None and hasattr(obj, "history"):
        if not obj.history.exists():
            obj.save()  # items the demo wrote in bulk: one version for the revert form
        versions = list(obj.history.order_by("history_date").values_list("history_id", flat=True))
    values["version_id"] = versions[-1] if versions else MISSING_PK
    urls = []
    for route, pattern in admin_patterns(model_admin.get_urls()):
        if isinstance(pattern.pattern, RegexPattern):
            url = fill_regex(pattern, values)
        else:
            url = fill_route(route, values)
            url = None if url is None else base + url
        if url is None:
            warnings.warn(
                f"admin walk: skipped {base}{route} ({pattern.name}): it needs an argument "
                "the walk cannot fill (it knows object_id, id and version_id)",
                stacklevel=2,
            )
            continue
        urls.append(("get", url, None))
        if pattern.name == f"{opts.app_label}_{opts.model_name}_changelist":
            urls.append(("get", url + "?q=a", None))
            queries = filter_queries(model_admin, superuser)
            if role != SUPERUSER and queries:
                queries = [queries[ROLES.index(role) % len(queries)]]
            urls += [("get", url + query, None) for query in queries]
        if pattern.name == f"{opts.app_label}_{opts.model_name}_history_compare":
            first, last = (versions[0], versions[-1]) if versions else (MISSING_PK, MISSING_PK)
            urls.append(("get", f"{url}?a={first}&b={last}", None))
        urls += [("get", url + query, None) for query in EXTRA_QUERIES.get(pattern.name, [])]
    actions = model_admin.get_actions(request)
    for name in actions:
        data = {"action": name, "_selected_action": [values["object_id"]], "index": 0}
        urls.append(("post", base, data))
    return urls


def every_admin_url(superuser, role):
    urls = [("get", reverse("admin:index"), None)]
    for app_label in sorted({model._meta.app_label for model in admin.site._registry}):
        urls.append(("get", reverse("admin:app_list", args=[app_label]), None))
    for model_admin in admin.site._registry.values():
        urls += model_urls(model_admin, superuser, role)
    return urls


def walk_as(role):
    """Walk every admin URL as a new user of `role`; objects are chosen as a superuser."""
    superuser = get_user_model().objects.create_superuser("walk-chooser", password="x")
    client = Client()
    client.force_login(superuser if role == SUPERUSER else walk_user(role, superuser))
    walk = Walk(client)
    for method, url, data in every_admin_url(superuser, role):
        walk.request(method, url, data)
    return walk


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_answers_below_500_on_an_empty_database(db, role):
    walk = walk_as(role)
    assert walk.count > 100
    assert not walk.failures, "\n".join(walk.failures)


@pytest.mark.slow
@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_answers_below_500_on_the_demo_content(demo_content, db, role):
    walk = walk_as(role)
    assert walk.count > 100
    assert not walk.failures, "\n".join(walk.failures)
