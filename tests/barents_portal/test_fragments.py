"""The header's menu and the footer are kept per language and content generation, and are
never wrong: a change shows at once, a scheduled page appears at its time."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from barents_portal import services
from tests.secretariat.factories import OfficeFactory, PageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_cache")]


def offices(lang="en"):
    with override(lang):
        return reverse("secretariat:office-list")


def text(client, path):
    return client.get(path).content.decode()


def test_a_second_page_reads_neither_menu_nor_footer_from_the_database(
    client, head_office, django_assert_num_queries
):
    PageFactory(title_en="About us", show_in_navigation=True)
    first = client.get(offices())
    with override("en"):
        news = reverse("news:index")
    client.get(news)  # fills nothing new: menu and footer are already kept
    with django_assert_num_queries(1):  # the office list itself
        again = client.get(offices())
    assert again.content == first.content
    assert "About us" in again.content.decode()
    assert "Head office in Kirkenes" in again.content.decode()


def test_the_menu_marks_the_current_section_on_each_page(client, head_office):
    assert 'aria-current="page">Offices' in text(client, offices())
    with override("en"):
        news = reverse("news:index")
    content = text(client, news)
    assert 'aria-current="page">News' in content
    assert 'aria-current="page">Offices' not in content


def test_a_new_navigation_page_shows_in_the_kept_menu_at_once(client, head_office):
    assert "Internship" not in text(client, offices())
    PageFactory(title_en="Internship", show_in_navigation=True)
    assert "Internship" in text(client, offices())


def test_an_edited_head_office_shows_in_the_kept_footer_at_once(client, head_office):
    assert "Head office in Kirkenes" in text(client, offices())
    head_office.name_en = "Secretariat in Kirkenes"
    head_office.save()
    assert "Secretariat in Kirkenes" in text(client, offices())


def test_a_russian_menu_and_footer_are_never_served_for_nb(client, head_office):
    PageFactory(title_en="About us", title_nb="Om oss", title_ru="О нас", show_in_navigation=True)
    assert "О нас" in text(client, offices("ru"))
    norwegian = text(client, offices("nb"))
    assert "Om oss" in norwegian
    assert "О нас" not in norwegian
    assert "Hovedkontoret i Kirkenes" in norwegian
    assert "Главный офис" not in norwegian


def test_a_scheduled_navigation_page_appears_in_the_kept_menu_at_its_time(
    client, head_office, django_user_model
):
    publisher = django_user_model.objects.create_superuser("pub", "p@example.org", "pw-long-1")
    due = timezone.now() + datetime.timedelta(hours=1)
    page = PageFactory(title_en="Internship", show_in_navigation=True, status="draft")
    services.publish(page, by=publisher, at=due)
    assert "Internship" not in text(client, offices())
    later = due + datetime.timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert "Internship" in text(client, offices())


def test_with_the_setting_off_menu_and_footer_are_read_each_time(
    client, settings, head_office, django_assert_num_queries
):
    settings.FRAGMENT_CACHE = False
    client.get(offices())
    with django_assert_num_queries(3):  # office list, menu, footer
        client.get(offices())


def test_offices_in_the_footer_are_the_head_office_only(client, head_office):
    OfficeFactory(name_en="Luleå office", order=5)
    assert "Luleå office" not in text(client, reverse("home")).split("<footer")[1]


def test_a_new_navigation_page_shows_in_the_home_about_section_at_once(client, head_office):
    home = reverse("home")
    about = text(client, home)
    assert "Internship" not in about
    PageFactory(title_en="Internship", show_in_navigation=True)
    content = text(client, home)
    assert "Internship" in content.split('id="home-about"')[1]
