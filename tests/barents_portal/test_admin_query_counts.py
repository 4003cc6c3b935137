"""Every content change list in the admin runs a fixed number of queries."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from barents_portal.roles import content_models
from tests.news.factories import ArticleFactory, DocumentFactory, EventFactory, SeriesFactory
from tests.projects.conftest import add_many
from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db


def grow(count):
    for _ in range(count):
        StaffMemberFactory(office=OfficeFactory())
        PageFactory(parent=PageFactory())
        ArticleFactory()
        DocumentFactory(event=EventFactory(series=SeriesFactory()))
    add_many(count)


def changelists():
    return [
        model
        for model in content_models()
        if admin.site.is_registered(model) and not model.__name__.startswith("Historical")
    ]


def test_every_content_change_list_runs_a_fixed_number_of_queries(admin_client):
    def counts():
        result = {}
        for model in changelists():
            opts = model._meta
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            with CaptureQueriesContext(connection) as queries:
                assert admin_client.get(url).status_code == 200, url
            result[opts.label] = len(queries)
        return result

    grow(2)
    few = counts()
    grow(12)
    assert counts() == few
