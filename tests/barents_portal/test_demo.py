from pathlib import Path

import pytest
from modeltranslation.translator import translator

from barents_portal import demo
from barents_portal.languages import key_field, language_codes
from barents_portal.translation_repair import copied_columns

pytestmark = pytest.mark.django_db


def test_the_demo_leaves_a_language_without_a_title_empty_instead_of_copying_another(
    demo_content,
):
    copies, slugs, untranslated = {}, {}, 0
    for model in translator.get_registered_models():
        key = key_field(model)
        fields = [name for name in translator.get_options_for_model(model).fields if name != key]
        columns = [f"{name}_{code}" for name in (key, *fields) for code in language_codes()]
        for row in model._default_manager.values("pk", *columns):
            item = (model._meta.label, row["pk"])
            if found := copied_columns(row, key, fields):
                copies[item] = found
            for code in language_codes():
                if not row[f"{key}_{code}"]:
                    untranslated += 1
                    if row.get(f"slug_{code}", None) is not None:
                        slugs[item] = row[f"slug_{code}"]
    assert untranslated >= 10  # the demo has items missing languages (Norwegian-only news)
    assert copies == {}
    assert slugs == {}


SECTIONS_WITH_DEMO = ("news", "projects", "secretariat")


def data_files():
    from django.apps import apps

    for label in SECTIONS_WITH_DEMO:
        yield from sorted((Path(apps.get_app_config(label).path) / "demo").glob("*.yaml"))


def texts_in(value, where):
    """Every `{nb: …, ru: …, en: …}` in a data file, with where it sits."""
    if isinstance(value, dict):
        if set(value) & set(language_codes()):
            yield where, value
            return
        for key, item in value.items():
            yield from texts_in(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts_in(item, f"{where}[{index}]")


@pytest.mark.django_db(False)
def test_every_demo_text_is_in_data_files_that_name_only_the_site_languages():
    files = list(data_files())
    assert {path.parent.parent.name for path in files} == set(SECTIONS_WITH_DEMO)
    wrong = {}
    for path in files:
        data = demo.read(path.parent.parent.name, path.stem)
        for where, text in texts_in(data, path.name):
            extra = set(text) - set(language_codes())
            if extra or not all(isinstance(value, str) for value in text.values()):
                wrong[where] = text
    assert wrong == {}


@pytest.mark.django_db(False)
def test_the_demo_is_data_with_under_800_lines_of_python_in_the_sections():
    root = Path(__file__).resolve().parents[2]
    modules = [path for label in SECTIONS_WITH_DEMO for path in root.glob(f"{label}/demo*/**/*.py")]
    modules += [path for label in SECTIONS_WITH_DEMO for path in root.glob(f"{label}/demo*.py")]
    assert modules
    assert sum(len(path.read_text().splitlines()) for path in modules) < 800


def test_loading_items_again_updates_their_rows_by_key_without_duplicating_them():
    from django.apps import apps

    topic = apps.get_model("news", "Topic")

    def load(names):
        return demo.load_table(
            topic,
            [{"key": "a-topic-of-this-test", "name": names}],
            key=lambda item: {"slug_en": item["key"]},
            fields=lambda item, order: {"order": order, **demo.translated("name", item["name"])},
        )

    first, created_first = load({"nb": "Kultur", "en": "Culture"})
    again, created_again = load({"nb": "Kultur og kunst", "en": "Culture"})
    assert (created_first, created_again) == (1, 0)
    assert first["a-topic-of-this-test"].pk == again["a-topic-of-this-test"].pk
    row = topic.objects.get(slug_en="a-topic-of-this-test")
    assert (row.name_nb, row.name_ru, row.name_en) == ("Kultur og kunst", "", "Culture")
