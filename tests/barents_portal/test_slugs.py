import pytest

from barents_portal.slugs import slugify
from tests.secretariat.factories import PageFactory


def test_russian_titles_give_readable_latin_slugs():
    assert slugify("Сотрудничество в Баренцевом регионе") == "sotrudnichestvo-v-barentsevom-regione"


def test_norwegian_letters_are_transliterated_not_dropped():
    assert slugify("Ærlig økonomi på Svalbard") == "aerlig-okonomi-pa-svalbard"


@pytest.mark.django_db
def test_each_language_gets_its_own_slug_unique_within_that_language():
    first = PageFactory(title_en="Culture", title_nb="Kultur", title_ru="Культура")
    second = PageFactory(title_en="Culture", title_nb="Kultur", title_ru="Культура")
    assert (first.slug_en, first.slug_nb, first.slug_ru) == ("culture", "kultur", "kultura")
    assert (second.slug_en, second.slug_nb, second.slug_ru) == (
        "culture-2",
        "kultur-2",
        "kultura-2",
    )


@pytest.mark.django_db
def test_an_untranslated_item_has_no_slug_in_that_language_and_never_collides():
    first = PageFactory(title_en="", title_ru="", title_nb="Bare norsk")
    second = PageFactory(title_en="", title_ru="", title_nb="Også bare norsk")
    assert first.slug_en is None and second.slug_en is None
    assert first.slug_ru is None and second.slug_ru is None


@pytest.mark.django_db
def test_the_same_slug_may_exist_in_two_languages_for_different_items():
    english = PageFactory(title_en="Kirkenes", title_nb="", title_ru="")
    norwegian = PageFactory(title_en="", title_nb="Kirkenes", title_ru="")
    assert english.slug_en == norwegian.slug_nb == "kirkenes"
