"""How the templates are laid out: a base per section, one pagination include, no one-liners."""

from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"

# Rendered by barents_portal.accounts as an e-mail's subject line, which must be one line.
ONE_LINE_BY_NECESSITY = {
    "registration/staff_reset_subject.txt",
    "registration/staff_welcome_subject.txt",
}


def site_templates():
    return [
        path
        for path in TEMPLATES.rglob("*")
        if path.is_file() and path.relative_to(TEMPLATES).parts[0] != "admin"
    ]


def test_no_template_is_a_single_line_unless_an_api_needs_it():
    one_liners = {
        str(path.relative_to(TEMPLATES))
        for path in site_templates()
        if len(path.read_text().splitlines()) <= 1
    }
    assert one_liners == ONE_LINE_BY_NECESSITY


def test_every_section_page_extends_its_sections_base():
    for section in ("news", "projects", "secretariat", "search"):
        pages = [path for path in (TEMPLATES / section).glob("*.html") if path.name != "base.html"]
        assert pages, section
        for page in pages:
            first_line = page.read_text().splitlines()[0]
            assert first_line == f'{{% extends "{section}/base.html" %}}', page


def test_there_is_one_pagination_template():
    names = [path for path in site_templates() if "pagination" in path.name]
    assert [str(path.relative_to(TEMPLATES)) for path in names] == ["includes/pagination.html"]
