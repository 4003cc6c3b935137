import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DOCUMENTS_ROOT = tmp_path / "documents"


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """A request leaves its language active in the thread; start each test in English."""
    translation.activate("en")
    yield
    translation.activate("en")
