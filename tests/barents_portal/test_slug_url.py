"""slug_url() gives exactly what reverse() gives, in every language, for any slug."""

import pytest
from django.urls import reverse, set_script_prefix
from django.utils.translation import override

from barents_portal.slugs import slug_url

VIEWS = ["news:detail", "news:event-detail", "news:topic", "projects:project-detail"]
SLUGS = ["plain-slug_2", "sotrudnichestvo", "ærlig-økonomi", "сотрудничество", "a b", "x%2F"]


@pytest.mark.parametrize("code", ["nb", "ru", "en"])
@pytest.mark.parametrize("view", VIEWS)
def test_slug_url_is_reverse_in_every_language(view, code):
    with override(code):
        for slug in SLUGS:
            try:
                expected = reverse(view, kwargs={"slug": slug})
            except Exception as error:  # noqa: BLE001 - the same refusal is expected
                with pytest.raises(type(error)):
                    slug_url(view, slug)
            else:
                assert slug_url(view, slug) == expected


def test_slug_url_follows_the_script_prefix():
    with override("en"):
        try:
            set_script_prefix("/portal/")
            assert slug_url("news:detail", "plain") == reverse(
                "news:detail", kwargs={"slug": "plain"}
            )
            assert slug_url("news:detail", "plain").startswith("/portal/en/")
        finally:
            set_script_prefix("/")
