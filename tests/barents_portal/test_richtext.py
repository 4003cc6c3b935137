import pytest

from barents_portal.richtext import sanitize_html
from tests.secretariat.factories import PageFactory


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


# --- One definition for the editor and the sanitiser ----------------------------------------
from django.utils import timezone  # noqa: E402
from django.utils.translation import override  # noqa: E402
from django_prose_editor.config import EXTENSION_MAPPING, allowlist_from_extensions  # noqa: E402

from barents_portal import richtext  # noqa: E402
from news.models import Article  # noqa: E402
from tests.news.factories import ArticleFactory  # noqa: E402

FEATURE_EXAMPLES = [pytest.param(f.example, id=f.name) for f in richtext.FEATURES]


@pytest.mark.parametrize("html", FEATURE_EXAMPLES)
def test_what_the_editor_writes_for_each_feature_survives_the_sanitiser_unchanged(html):
    assert sanitize_html(html) == html


def test_the_editor_is_configured_with_exactly_the_features_extensions():
    extensions = richtext.editor_extensions()
    for feature in richtext.FEATURES:
        for name, config in feature.extensions.items():
            assert extensions[name] == config
    # Nothing that writes HTML is switched on beyond the features (images, tables, code…).
    producing = {
        name
        for feature in richtext.FEATURES
        for name in feature.extensions
        if name not in ("ListItem",)
    }
    assert set(extensions) - set(richtext.EDITOR_BASE) - {"ListItem"} == producing
    for absent in ("Image", "Figure", "Table", "CodeBlock", "TextAlign", "Underline"):
        assert absent not in extensions


def test_the_allow_list_holds_what_the_package_says_its_extensions_write():
    """For the package's own extensions, its allow-list generator and ours agree."""
    ours_by_package = {
        name: config
        for name, config in richtext.editor_extensions().items()
        if name in EXTENSION_MAPPING and name not in ("Menu",)
    }
    package = allowlist_from_extensions(ours_by_package)
    custom = {"a", "aside"}  # PortalLink and FactBox are the portal's (richtext-editor.js)
    assert package["tags"] | custom == set(richtext.ALLOWED_TAGS)
    for tag in package["tags"]:
        assert package["attributes"].get(tag, set()) >= richtext.ALLOWED_ATTRIBUTES.get(tag, set())


def test_the_sanitiser_keeps_no_tag_the_editor_cannot_write():
    for tag in ("table", "img", "figure", "h4", "u", "hr", "abbr", "q"):
        assert tag not in richtext.ALLOWED_TAGS
    assert sanitize_html('<p><a href="/x/" target="_blank" rel="noopener">x</a></p>') == (
        '<p><a href="/x/">x</a></p>'
    )


def _add_article(client, body):
    return client.post(
        "/admin/news/article/add/",
        {
            "title_nb": "Rundtur",
            "kind": "news",
            "status": "draft",
            "featured_order": 0,
            "body_nb": body,
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize("html", FEATURE_EXAMPLES)
def test_each_toolbar_feature_round_trips_through_the_admin_form_and_the_public_page(
    admin_client, client, html
):
    response = _add_article(admin_client, html)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get()
    assert article.body_nb == html
    Article.objects.filter(pk=article.pk).update(
        status="published", published_at=timezone.now() - timezone.timedelta(hours=1)
    )
    with override("nb"):
        url = article.get_absolute_url()
    page = client.get(url).content.decode()
    assert html in page


@pytest.mark.django_db
def test_the_form_refuses_a_body_with_an_image(admin_client):
    response = _add_article(admin_client, '<p>Text</p><img src="/media/x.jpg" alt="">')
    assert response.status_code == 200
    assert "Images cannot be part of the text" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_every_rich_text_field_gets_the_editor_with_a_plain_text_help(admin_client):
    for url in (
        "/admin/news/article/add/",
        "/admin/news/event/add/",
        "/admin/secretariat/page/add/",
        "/admin/projects/programme/add/",
    ):
        page = admin_client.get(url).content.decode()
        assert "data-django-prose-editor-barents" in page, url
        assert "js/richtext-editor.js" in page
        assert "&lt;aside" not in page and '<aside class="fact-box"> with' not in page
    page = admin_client.get("/admin/news/article/add/").content.decode()
    for code in ("nb", "ru", "en"):
        assert f'name="body_{code}"' in page
    assert "Format with the toolbar" in page


@pytest.mark.django_db
def test_the_editors_import_map_carries_the_csp_nonce(admin_client):
    response = admin_client.get("/admin/news/article/add/")
    page = response.content.decode()
    nonce = page.split('<script type="importmap" nonce="', 1)[1].split('"', 1)[0]
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_link_list_offers_published_items_in_the_fields_language(client, login_as):
    from news.models import Event  # noqa: F401 - the models are found through the registry

    ArticleFactory(title_nb="Stipend til kunstnere", title_ru="Стипендия художникам")
    ArticleFactory(title_nb="Hemmelig kladd", status="draft", published_at=None)
    login_as("Editor")
    found = client.get("/admin/richtext/links/", {"q": "stipend", "lang": "nb"}).json()["results"]
    assert [r["title"] for r in found] == ["Stipend til kunstnere"]
    assert found[0]["url"].startswith("/nb/") and found[0]["kind"]
    russian = client.get("/admin/richtext/links/", {"q": "Стипендия", "lang": "ru"}).json()
    assert russian["results"][0]["url"].startswith("/ru/")
    everything = client.get("/admin/richtext/links/", {"lang": "en"}).json()["results"]
    assert "Hemmelig kladd" not in {r["title"] for r in everything}
    kinds = {m._meta.model_name for m in richtext.linkable_models()}
    assert {"article", "event", "page", "programme", "call", "office"} <= kinds


def test_the_link_list_is_for_staff_only(client):
    response = client.get("/admin/richtext/links/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
