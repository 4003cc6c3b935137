"""The admin speaks nb and ru: no English left, Russian sentences inflected, dates per language."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from barents_portal.admin_i18n import ModelPhrases
from barents_portal.roles import ADMINISTRATOR
from news.models import Article
from tests.barents_portal.test_roles import page_form
from tests.news.factories import (
    ArticleFactory,
    DocumentFactory,
    EventFactory,
    SeriesFactory,
    TopicFactory,
)
from tests.projects.factories import (
    ApplicantTypeFactory,
    FundedProjectFactory,
    FunderFactory,
    ProgrammeFactory,
    ThemeFactory,
)
from tests.secretariat.factories import OfficeFactory, PageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db

CONTENT_APPS = ("secretariat", "news", "projects", "barents_portal")
FACTORIES = {
    "secretariat.office": OfficeFactory,
    "secretariat.staffmember": StaffMemberFactory,
    "secretariat.page": PageFactory,
    "news.topic": TopicFactory,
    "news.article": ArticleFactory,
    "news.series": SeriesFactory,
    "news.event": EventFactory,
    "news.document": DocumentFactory,
    "projects.theme": ThemeFactory,
    "projects.applicanttype": ApplicantTypeFactory,
    "projects.funder": FunderFactory,
    "projects.programme": ProgrammeFactory,
    "projects.fundedproject": FundedProjectFactory,
}
# Whole texts (a text node or an attribute) that were seen left in English.
ENGLISH_TEXTS = {
    "Add",
    "Add link",
    "True",
    "False",
    "Breadcrumbs",
    "Change",
    "Change or view list link",
    "Changes",
    "Compare",
    "Filter navigation items",
    "Hide counts",
    "History",
    "Home",
    "Model name",
    "None",
    "Run",
    "Save",
    "Search",
    "Show counts",
    "Sidebar",
    "Skip to main content",
    "Start typing to filter…",
    "View history",
    "View on site",
}
# Parts of longer texts.
ENGLISH_PARTS = (
    "Toggle theme",
    "Select all objects on this page",
    "Select this object for an action",
    "Historical",
    "historical",
    "Filter by",
    " relationship: ",
)
# On the history and compare pages a language column is named, not coded.
ENGLISH_PARTS_IN_HISTORY = ("[nb]", "[ru]", "[en]")


def content_admins():
    return {
        model._meta.label_lower: model_admin
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in CONTENT_APPS
    }


class _Texts(HTMLParser):
    """Visible text nodes and the attributes a person reads or hears."""

    def __init__(self):
        super().__init__()
        self.open = []
        self.texts = []

    def handle_starttag(self, tag, attrs):
        if tag not in {"br", "img", "input", "meta", "link", "hr", "col"}:
            self.open.append(tag)
        values = dict(attrs)
        for name in ("title", "placeholder", "alt", "aria-label"):
            if values.get(name):
                self.texts.append(values[name])
        if tag == "input" and values.get("type") in {"submit", "button"} and values.get("value"):
            self.texts.append(values["value"])

    def handle_endtag(self, tag):
        while self.open and self.open.pop() != tag:
            pass

    def handle_data(self, data):
        if not {"script", "style", "textarea", "option"} & set(self.open):
            text = " ".join(data.split())
            if text:
                self.texts.append(text)


def english_left(html, parts=ENGLISH_PARTS):
    parser = _Texts()
    parser.feed(html)
    return sorted(
        {text for text in parser.texts if text in ENGLISH_TEXTS or any(p in text for p in parts)}
    )


def test_every_content_admin_says_its_sentences_whole_in_nb_and_ru():
    admins = content_admins()
    assert set(FACTORIES) <= set(admins)
    for label, model_admin in admins.items():
        assert isinstance(model_admin.phrases, ModelPhrases), f"{label} has no phrases"
        for language in ("nb", "ru"):
            with translation.override(language):
                for name, phrase in vars(model_admin.phrases).items():
                    text = str(phrase % {"count": 2} if name == "deleted_count" else phrase)
                    with translation.override("en"):
                        english = str(phrase % {"count": 2} if name == "deleted_count" else phrase)
                    assert text != english, f"{label}.{name} is not translated to {language}"
                    if language == "ru":
                        assert re.search("[а-яё]", text), f"{label}.{name}: {text}"


@pytest.fixture
def pages_to_walk(admin_client):
    """index, dashboard, and for each content model: list, add, change, history, compare."""
    urls = [reverse("admin:index")]
    for label, model_admin in content_admins().items():
        opts = model_admin.model._meta
        base = f"admin:{opts.app_label}_{opts.model_name}"
        urls.append(reverse(f"{base}_changelist"))
        if label not in FACTORIES:
            continue  # the translation dashboard and the publication log add nothing
        item = FACTORIES[label]()
        urls += [reverse(f"{base}_add"), reverse(f"{base}_history", args=[item.pk])]
        if label == "news.document":
            continue  # its change form fails on the file storage (no real file in this test)
        urls.append(reverse(f"{base}_change", args=[item.pk]))
        first = item.history.latest("history_date")
        item.save()  # a second version to compare with
        second = item.history.latest("history_date")
        urls.append(
            reverse(f"{base}_history_compare", args=[item.pk])
            + f"?a={first.history_id}&b={second.history_id}"
        )
    return urls


@pytest.mark.parametrize("language", ["nb", "ru"])
def test_no_english_is_left_in_the_admin(client, login_as, pages_to_walk, language):
    login_as(ADMINISTRATOR)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    found = {}
    for url in pages_to_walk:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        in_history = "/history/" in url
        left = english_left(html, ENGLISH_PARTS + (ENGLISH_PARTS_IN_HISTORY if in_history else ()))
        if left:
            found[url] = left
        for help_text in re.findall(r'<div class="help"[^>]*>\s*<div>(.*?)</div>', html, re.S):
            assert "<" not in help_text, f"{url}: help text rendered as HTML: {help_text}"
    assert found == {}


def test_russian_titles_use_the_accusative(client, login_as):
    login_as(ADMINISTRATOR)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    article = ArticleFactory()
    StaffMemberFactory()
    change = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    add = client.get("/admin/news/article/add/").content.decode()
    listing = client.get("/admin/news/article/").content.decode()
    staff = client.get("/admin/secretariat/staffmember/").content.decode()
    assert "<h1>Изменить статью</h1>" in change and "Изменить статья" not in change
    assert "<h1>Добавить статью</h1>" in add
    assert '<li aria-current="page">Добавить статью</li>' in add  # the breadcrumb
    assert "<h1>Выберите статью для изменения</h1>" in listing
    assert re.search(r'class="addlink">\s*Добавить статью\s*</a>', listing)
    assert "Удалить выбранные статьи" in listing
    assert "Удалить выбранных сотрудников" in staff  # animate: genitive


def test_a_russian_success_message_agrees_with_the_item(client, login_as):
    login_as(ADMINISTRATOR)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    page = PageFactory(title_nb="Om oss", title_ru="О нас", title_en="About us")
    response = client.post(
        f"/admin/secretariat/page/{page.pk}/change/", page_form(page, title_ru="О нас!")
    )
    assert response.status_code == 302
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert message.startswith("Страница «") and message.endswith("» успешно изменена.")


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "Удалена 1 статья."), (3, "Удалено 3 статьи."), (5, "Удалено 5 статей.")],
)
def test_bulk_delete_says_the_count_in_the_right_russian_form(client, login_as, count, expected):
    login_as(ADMINISTRATOR)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    articles = ArticleFactory.create_batch(count)
    response = client.post(
        "/admin/news/article/",
        {
            "action": "delete_selected",
            "_selected_action": [a.pk for a in articles],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [expected]
    assert not Article.objects.exists()


def test_every_glued_django_message_is_replaced_in_russian(rf):
    from django.contrib.messages.storage.fallback import FallbackStorage

    model_admin = content_admins()["news.article"]

    def shown(message):
        """What the admin's message_user() leaves for the next page to show."""
        request = rf.get("/")
        request.session = {}
        request._messages = FallbackStorage(request)
        model_admin.message_user(request, message)
        return [str(m) for m in get_messages(request)]

    link = mark_safe('<a href="/x/">Заголовок &amp; Co</a>')  # noqa: S308
    with translation.override("ru"):
        from django.utils.translation import gettext

        for template, expected in [
            ("The {name} “{obj}” was added successfully.", "успешно добавлена."),
            ("The {name} “{obj}” was changed successfully.", "успешно изменена."),
            (
                "The {name} “{obj}” was changed successfully. You may edit it again below.",
                "успешно изменена.",
            ),
        ]:
            django_message = format_html(gettext(template), name="статья", obj=link)
            [rephrased] = shown(django_message)
            assert rephrased.startswith('Статья «<a href="/x/">Заголовок &amp; Co</a>»')
            assert expected in rephrased
        deleted = gettext("The %(name)s “%(obj)s” was deleted successfully.") % {
            "name": "статья",
            "obj": "Старая",
        }
        assert shown(deleted) == ["Статья «Старая» успешно удалена."]
        # A message it has no sentence for is shown as Django wrote it.
        assert shown("Что-то другое") == ["Что-то другое"]


def test_the_admin_javascript_catalog_in_nb_has_what_django_lacks(client, login_as):
    login_as(ADMINISTRATOR)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nb"
    catalog = client.get(reverse("admin:jsi18n")).content.decode()
    # Django's own nb djangojs catalog lacks these; locale/nb/LC_MESSAGES/djangojs.po has them.
    assert '"Choose all %s": "Velg alle %s"' in catalog
    assert '"Today (%(date)s)": "I dag (%(date)s)"' in catalog
    assert '"%(month)s %(day)s, %(year)s": "%(day)s. %(month)s %(year)s"' in catalog
    # "Start typing to filter…" is the sidebar filter's placeholder, in the django domain.
    listing = client.get(reverse("admin:news_article_changelist")).content.decode()
    assert 'placeholder="Skriv for å filtrere …"' in listing


def test_the_english_admin_shows_dates_day_first_with_a_24_hour_clock(client, login_as):
    login_as(ADMINISTRATOR)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = PageFactory()
    html = client.get(f"/admin/secretariat/page/{page.pk}/history/").content.decode()
    assert re.search(
        r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October"
        r"|November|December) \d{4}, \d{2}:\d{2}\b",
        html,
    )
    assert "a.m." not in html and "p.m." not in html


def test_date_inputs_accept_the_dates_the_admin_shows_in_each_language():
    day = datetime.date(2026, 12, 6)
    for language in ("en", "nb", "ru"):
        with translation.override(language):
            shown = formats.date_format(day, "SHORT_DATE_FORMAT")
            assert forms.DateField().clean(shown) == day
            written_by_the_calendar = day.strftime(formats.get_format("DATE_INPUT_FORMATS")[0])
            assert forms.DateField().clean(written_by_the_calendar) == day
    with translation.override("en"):
        assert formats.date_format(day, "SHORT_DATE_FORMAT") == "2026-12-06"


def test_help_texts_render_as_text_unless_marked_safe(admin_client, monkeypatch):
    from secretariat.models import Office

    monkeypatch.setattr(Office._meta.get_field("order"), "help_text", "Use <b>bold</b> & co")
    html = admin_client.get("/admin/secretariat/office/add/").content.decode()
    assert "<div>Use &lt;b&gt;bold&lt;/b&gt; &amp; co</div>" in html
    from django.contrib.auth import get_user_model

    admin_user = get_user_model().objects.get(username="admin")
    users = admin_client.get(f"/admin/auth/user/{admin_user.pk}/password/").content.decode()
    assert "<ul><li>" in users  # Django's password rules are marked safe on purpose
