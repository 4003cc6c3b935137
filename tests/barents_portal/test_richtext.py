import pytest

from barents_portal.richtext import sanitize_html
from tests.factories import PageFactory


@pytest.mark.parametrize(
    ("dirty", "forbidden"),
    [
        ("<p>Hi</p><script>alert(1)</script>", "<script"),
        ('<p onclick="steal()">Hi</p>', "onclick"),
        ('<img src=x onerror="steal()">', "onerror"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "avascript"),
        ('<p style="position:fixed">x</p>', "style"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:"),
        ("<iframe src='https://evil.example'></iframe>", "iframe"),
        ('<aside class="fact-box evil">x</aside>', "evil"),
    ],
)
def test_the_sanitiser_strips_dangerous_markup(dirty, forbidden):
    assert forbidden not in sanitize_html(dirty).lower()


def test_the_sanitiser_keeps_the_markup_staff_need():
    html = (
        '<h2>Facts</h2><p><strong>Kirkenes</strong> <a href="https://barents.example/">x</a></p>'
        '<ul><li>one</li></ul><aside class="fact-box"><p>Background</p></aside>'
    )
    clean = sanitize_html(html)
    for kept in ("<h2>", "<strong>", 'href="https://barents.example/"', 'class="fact-box"', "<li>"):
        assert kept in clean


@pytest.mark.django_db
def test_rich_text_is_sanitised_in_every_language_when_saved():
    page = PageFactory(
        body_en="<p>ok</p><script>x()</script>",
        body_nb='<p onmouseover="x()">hei</p>',
        body_ru='<a href="javascript:x()">ссылка</a>',
    )
    page.refresh_from_db()
    assert "<script" not in page.body_en
    assert "onmouseover" not in page.body_nb
    assert "javascript" not in page.body_ru
