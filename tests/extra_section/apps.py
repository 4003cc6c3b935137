from django.apps import AppConfig


class ExtraSectionConfig(AppConfig):
    """A minimal section app, installed only by tests/barents_portal/test_extra_section.py:
    it plugs into the site through its declaration alone."""

    name = "tests.extra_section"
    label = "extra_section"
    default_auto_field = "django.db.models.BigAutoField"
    section = "tests.extra_section.section.SECTION"
