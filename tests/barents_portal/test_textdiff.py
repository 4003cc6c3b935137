import pytest

from barents_portal.textdiff import diff_lines, text_lines
from tests.barents_portal.test_roles import page_form
from tests.secretariat.factories import PageFactory


def test_rich_text_is_compared_as_lines_of_text_with_its_structure():
    html = (
        "<h2>Facts &amp; figures</h2><p>One <strong>bold</strong> word.</p>"
        "<ul><li>First</li><li>Second</li></ul><blockquote><p>Quoted</p></blockquote>"
        '<p>See <a href="https://example.org">this</a>.</p>'
    )
    assert text_lines(html, rich=True) == [
        "## Facts & figures",
        "One bold word.",
        "• First",
        "• Second",
        "> Quoted",
        "See this (https://example.org).",
    ]


def test_changed_words_are_marked_inside_a_changed_line():
    assert diff_lines("<p>A fine day.</p>", "<p>A rainy day.</p>", rich=True) == [
        ("changed", "A <del>fine</del><ins>rainy</ins> day.")
    ]


def test_added_and_removed_lines_are_marked_whole_and_unchanged_lines_kept():
    old = "<p>Kept</p><p>Gone</p>"
    new = "<p>Kept</p><h2>New heading</h2>"
    assert diff_lines(old, new, rich=True) == [
        ("same", "Kept"),
        ("changed", "<del>Gone</del><ins>## New heading</ins>"),
    ]
    assert diff_lines("One", "One\nTwo") == [("same", "One"), ("inserted", "<ins>Two</ins>")]
    assert diff_lines("One\nTwo", "One") == [("same", "One"), ("deleted", "<del>Two</del>")]


def test_everything_is_escaped_plain_text_keeps_what_looks_like_tags():
    [(kind, line)] = diff_lines('Say <script>alert("x")</script>', "Say <b>hi</b> & bye")
    assert kind == "changed"
    assert "<script>" not in line and "<b>" not in line
    assert "&lt;script&gt;" in line and "&lt;b&gt;hi&lt;/b&gt;" in line and "&amp; bye" in line
    [(_kind, rich)] = diff_lines("<p>1 &lt; 2</p>", "<p>1 &lt; 3 <em>x</em></p>", rich=True)
    assert rich == "1 &lt; <del>2</del><ins>3 x</ins>"


@pytest.mark.django_db
def test_the_compare_page_groups_each_field_by_language_with_its_label_once(admin_client):
    page = PageFactory(title_nb="Første", title_ru="Первая", title_en="First", body_nb="<p>Én</p>")
    admin_client.cookies["django_language"] = "en"
    admin_client.post(
        f"/admin/secretariat/page/{page.pk}/change/",
        page_form(page, title_nb="Andre", title_ru="Вторая", body_nb="<p>Én <b>to</b></p>"),
    )
    first, second = page.history.order_by("history_date")
    html = admin_client.get(
        f"/admin/secretariat/page/{page.pk}/history/compare/",
        {"a": first.history_id, "b": second.history_id},
    ).content.decode()
    assert html.count('rowspan="2">Title</th>') == 1
    assert "Title [nb]" not in html and "Title [ru]" not in html
    assert "<td>Norwegian Bokmål</td>" in html and "<td>Russian</td>" in html
    assert "<del>Første</del><ins>Andre</ins>" in html
    assert "Én<ins> to</ins>" in html  # the body as text, not "&lt;p&gt;"
    assert "&lt;p&gt;" not in html


def test_the_compare_view_shows_plain_dates_beside_times(admin_client):
    from tests.projects.factories import FundedProjectFactory

    project = FundedProjectFactory(start_date="2024-03-01")
    project.start_date = "2024-04-01"
    project.save()
    first, second = project.history.order_by("history_date")[:2]
    url = f"/admin/projects/fundedproject/{project.pk}/history/compare/"
    response = admin_client.get(url, {"a": first.history_id, "b": second.history_id})
    assert response.status_code == 200
    assert "2024" in response.content.decode()
