import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_production_static_files_collect_and_every_reference_on_the_pages_resolves(
    settings, tmp_path, client, head_office, about_tree
):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    for url in ["/en/", "/ru/ofisy/", head_office.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "/static/css/portal." in response.content.decode()
