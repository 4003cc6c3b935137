"""An Editor writes a formatted article with the toolbar only — heading, bold, list, a link
to an outside address and one to an article chosen from the portal's list, a fact box — and
the stored body is exactly the expected HTML. No tag is typed; the page breaks no CSP rule."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.translation import override

from barents_portal import richtext
from news.models import Article
from tests.news.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-password-42"

# Every editor on the page, by field name, and every CSP violation the page reports.
WATCH = """
window.__editors = {};
window.__csp = [];
document.addEventListener("prose-editor:ready", (event) => {
  window.__editors[event.detail.textarea.name] = event.detail.editor;
});
document.addEventListener("securitypolicyviolation", (event) => {
  window.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
});
"""

# What each node and mark of the editor's schema can write: tag → attributes (set to a
# value each, so that every attribute the editor could carry shows).
SCHEMA_HTML = """
() => {
  const editor = window.__editors.body_nb;
  const out = {};
  const collect = (spec) => {
    if (!Array.isArray(spec)) return;
    const [tag, attrs] = spec;
    out[tag] = out[tag] || [];
    if (attrs && typeof attrs === "object" && !Array.isArray(attrs)) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value !== null && value !== undefined) out[tag].push(name);
      }
    }
    for (const child of spec.slice(1)) collect(child);
  };
  const sample = (type, extra) => ({
    ...Object.fromEntries(Object.keys(type.spec.attrs || {}).map((name) => [name, "x"])),
    ...extra,
  });
  for (const type of Object.values(editor.schema.nodes)) {
    if (!type.spec.toDOM) continue;
    const variants = type.name === "heading"
      ? editor.extensionManager.extensions.find((e) => e.name === "heading").options.levels
          .map((level) => ({ level }))
      : [{ start: 3, href: "https://example.org/" }];
    for (const extra of variants) collect(type.spec.toDOM(type.create(sample(type, extra))));
  }
  for (const type of Object.values(editor.schema.marks)) {
    collect(type.spec.toDOM(type.create(sample(type, { href: "https://example.org/" })), true));
  }
  return out;
}
"""


def make_editor():
    user = get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))


def log_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def open_new_article(page, live_server):
    page.add_init_script(WATCH)
    page.goto(f"{live_server.url}/admin/news/article/add/")
    page.wait_for_function("window.__editors && window.__editors.body_nb")
    page.select_option("#modeltranslation-main-switch", label="nb")


def toolbar(page, name):
    return page.locator(f".prose-editor:has(#id_body_nb) .prose-menubar button[data-name='{name}']")


def selected_text(page):
    return page.evaluate("() => window.getSelection().toString()")


def select_back(page, text):
    """Select the last ``len(text)`` characters typed, as an editor does with Shift+Left.

    ProseMirror reads typed text from the DOM a moment later and then sets the selection
    again, which can swallow a Shift+Left pressed in that moment; the selection is
    checked (and extended where a press was swallowed) until it is the words asked for.
    """
    page.wait_for_function("text => document.activeElement.textContent.endsWith(text)", arg=text)
    for _ in range(len(text)):
        page.keyboard.press("Shift+ArrowLeft")
    for _ in range(len(text)):
        page.wait_for_timeout(50)
        selected = selected_text(page)
        if selected == text or not text.endswith(selected):
            break
        page.keyboard.press("Shift+ArrowLeft")
    assert selected_text(page) == text


def test_an_editor_formats_an_article_with_the_toolbar_and_the_stored_html_is_exact(
    live_server, page, screenshot
):
    make_editor()
    target = ArticleFactory(title_nb="Stipend til kunstnere")
    with override("nb"):
        target_url = target.get_absolute_url()
    console = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    log_in(page, live_server)
    open_new_article(page, live_server)
    page.fill("#id_title_nb", "Nordlyset over Kirkenes")

    body = page.locator(".prose-editor:has(#id_body_nb) .ProseMirror")
    body.click()
    page.keyboard.type("Nordlyset")
    toolbar(page, "heading2").click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    toolbar(page, "bold").click()
    page.keyboard.type("Kirkenes")
    toolbar(page, "bold").click()
    page.keyboard.type(" fikk besøk i natt.")
    page.keyboard.press("Enter")
    toolbar(page, "bulletList").click()
    page.keyboard.type("Grønt")
    page.keyboard.press("Enter")
    page.keyboard.type("Rødt")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # an empty item ends the list
    screenshot(page, "editor-toolbar")

    # A link to an outside address: select the words, press the link button, type the address.
    page.keyboard.type("Se Meteorologisk institutt")
    select_back(page, "Meteorologisk institutt")
    toolbar(page, "link").click()
    dialog = page.locator("dialog.richtext-link-dialog")
    dialog.get_by_label("Address").fill("https://www.met.no/")
    dialog.get_by_role("button", name="Save link").click()
    dialog.wait_for(state="detached")
    page.keyboard.press("End")

    # A link to an item of the portal, chosen from the list.
    page.keyboard.type(" og stipendet")
    select_back(page, "stipendet")
    toolbar(page, "link").click()
    dialog.get_by_label("Find an item of the portal").fill("Stipend")
    item = dialog.locator(".richtext-link-item", has_text="Stipend til kunstnere")
    item.wait_for()
    screenshot(page, "editor-link-dialog")
    item.click()
    assert dialog.get_by_label("Address").input_value() == target_url
    dialog.get_by_role("button", name="Save link").click()
    dialog.wait_for(state="detached")
    page.keyboard.press("End")
    page.keyboard.press("Enter")

    # A fact box: the button makes the box with a heading to write in.
    toolbar(page, "factBox").click()
    page.keyboard.type("Fakta")
    page.keyboard.press("ArrowDown")
    page.keyboard.type("Nordlys kommer av solvind.")
    screenshot(page, "editor-fact-box")

    with page.expect_navigation():
        page.click("input[name=_save]")

    article = Article.objects.get(title_nb="Nordlyset over Kirkenes")
    assert article.body_nb == (
        "<h2>Nordlyset</h2>"
        "<p><strong>Kirkenes</strong> fikk besøk i natt.</p>"
        "<ul><li><p>Grønt</p></li><li><p>Rødt</p></li></ul>"
        '<p>Se <a href="https://www.met.no/">Meteorologisk institutt</a> og '
        f'<a href="{target_url}">stipendet</a></p>'
        '<aside class="fact-box"><h2>Fakta</h2><p>Nordlys kommer av solvind.</p></aside>'
    )
    assert not [line for line in console if "Content Security Policy" in line], console
    assert not [line for line in console if line.startswith("error")], console


def test_the_editor_page_breaks_no_csp_rule_and_writes_only_what_the_sanitiser_keeps(
    live_server, page
):
    make_editor()
    log_in(page, live_server)
    open_new_article(page, live_server)
    assert page.evaluate("window.__csp") == []
    html = page.evaluate(SCHEMA_HTML)
    assert set(html) == set(richtext.ALLOWED_TAGS)
    for tag, attributes in html.items():
        allowed = richtext.ALLOWED_ATTRIBUTES.get(tag, set())
        classes = richtext.ALLOWED_CLASSES.get(tag, set())
        assert set(attributes) - {"class"} == allowed, tag
        assert ("class" in attributes) == bool(classes), tag
    # The round-trip fixtures are exactly what the editor serialises for each feature.
    for feature in richtext.FEATURES:
        written = page.evaluate(
            "(html) => { const e = window.__editors.body_nb; e.commands.setContent(html);"
            " return e.getHTML() }",
            feature.example,
        )
        assert written == feature.example, feature.name
    # The toolbar speaks the admin's language.
    page.select_option("#admin-language", "ru")
    with page.expect_navigation():
        page.click(".admin-language button")
    page.wait_for_function("window.__editors && window.__editors.body_nb")
    assert toolbar(page, "bold").get_attribute("aria-label") == "Полужирный"
    assert toolbar(page, "factBox").get_attribute("aria-label") == "Справочная врезка"


def test_a_pasted_image_is_refused_with_a_notice_not_dropped_silently(live_server, page):
    make_editor()
    log_in(page, live_server)
    open_new_article(page, live_server)
    body = page.locator(".prose-editor:has(#id_body_nb) .ProseMirror")
    body.click()
    page.keyboard.type("Tekst")
    body.evaluate(
        """(element) => {
          const data = new DataTransfer();
          data.setData("text/html", '<p>Bilde: <img src="/static/img/logo.svg" alt=""></p>');
          data.setData("text/plain", "Bilde:");
          element.dispatchEvent(
            new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
          );
        }"""
    )
    notice = page.locator(".prose-editor:has(#id_body_nb) .richtext-notice")
    assert "images cannot be part of the text" in notice.inner_text()
    assert page.evaluate("window.__editors.body_nb.getHTML()") == "<p>Tekst</p>"


# Tags and text of an HTML string, to compare the demo's bodies with what the editor makes
# of them (the editor writes list items as <li><p>…</p></li>: paragraphs are not counted).
COUNT_TAGS = """
(html) => {
  const template = document.createElement("template");
  template.innerHTML = html;
  const tags = {};
  for (const node of template.content.querySelectorAll("*")) {
    const name = node.localName + (node.className ? "." + node.className : "");
    if (name !== "p") tags[name] = (tags[name] || 0) + 1;
  }
  // Whitespace between blocks is not kept by the editor: compare the words only.
  return { tags, text: template.content.textContent.replace(/\\s+/g, "") };
}
"""


def test_every_demo_body_loads_into_the_editor_without_losing_content(live_server, page):
    from django.core.management import call_command

    call_command("load_demo", "--no-staff", stdout=io.StringIO())
    bodies = demo_bodies()
    assert len(bodies) > 50
    make_editor()
    log_in(page, live_server)
    open_new_article(page, live_server)
    for label, html in bodies:
        written = page.evaluate(
            "(html) => { const e = window.__editors.body_nb; e.commands.setContent(html);"
            " return e.getHTML() }",
            html,
        )
        assert page.evaluate(COUNT_TAGS, written) == page.evaluate(COUNT_TAGS, html), label
        assert richtext.sanitize_html(written) == written, label


def demo_bodies():
    from django.apps import apps

    bodies = []
    for model in apps.get_models():
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, richtext.RichTextField) and f.attname[-3:] in ("_nb", "_ru", "_en")
        ]
        if not fields or model._meta.model_name.startswith("historical"):
            continue
        for row in model._default_manager.values("pk", *fields):
            for name in fields:
                if row[name]:
                    bodies.append((f"{model._meta.label} {row['pk']} {name}", row[name]))
    return bodies
