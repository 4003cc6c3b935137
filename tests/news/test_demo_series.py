"""The demo's Industrial Partnership series reads like the page it replaces: documents and links."""

import pytest
from django.utils.translation import override

from news.models import Series

pytestmark = pytest.mark.django_db


def test_the_industrial_partnership_page_lists_its_meetings_documents_with_their_languages(
    client, demo_content
):
    series = Series.objects.get(slug_en="barents-industrial-partnership-meetings")
    for code in ("en", "nb", "ru"):
        with override(code):
            response = client.get(series.get_absolute_url())
        assert response.status_code == 200
        page = response.content.decode()
        rovaniemi = page.split('id="meeting-5"')[1].split('id="meeting-6"')[0]
        assert rovaniemi.count('class="document-languages"') == 2  # two speeches
        assert '<abbr title="' in rovaniemi and ">EN</abbr>" in rovaniemi
        assert ">RU</abbr>" in rovaniemi  # the minister's speech is in English and Russian
        saariselka = page.split('id="meeting-6"')[1]
        assert 'href="https://wgec.barents.example/meetings/saariselka-2007/" rel="external"' in (
            saariselka
        )
        assert "WGEC" in saariselka.split('rel="external"')[1].split("</a>")[0]
