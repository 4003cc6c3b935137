import pytest


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DOCUMENTS_ROOT = tmp_path / "documents"
