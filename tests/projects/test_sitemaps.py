import pytest
from django.contrib.sitemaps.views import sitemap
from django.test import RequestFactory

from projects.sitemaps import SITEMAPS

pytestmark = pytest.mark.django_db


def render():
    request = RequestFactory().get("/sitemap.xml")
    response = sitemap(request, sitemaps=SITEMAPS)
    response.render()
    return response.content.decode()


def test_the_sitemap_lists_published_items_in_the_languages_they_exist_in(landscape):
    xml = render()
    assert "<loc>http://testserver/en/funding/funded-projects/</loc>" in xml
    assert "<loc>http://testserver/nb/finansiering/utlysninger/</loc>" in xml
    culture = landscape["culture"]
    for code, prefix in [
        ("nb", "finansiering/programmer"),
        ("ru", "finansirovanie/programmy"),
        ("en", "funding/programmes"),
    ]:
        assert f"/{code}/{prefix}/{getattr(culture, f'slug_{code}')}/</loc>" in xml
    # The youth programme exists in English only: no Russian or Norwegian URL for it.
    youth = landscape["youth"]
    assert f"/en/funding/programmes/{youth.slug_en}/</loc>" in xml
    assert f"/ru/finansirovanie/programmy/{youth.slug_en}/" not in xml
    assert 'hreflang="ru"' in xml
    assert 'hreflang="x-default"' in xml
    assert "secret-draft" not in xml
