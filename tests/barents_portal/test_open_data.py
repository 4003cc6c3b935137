"""Open data: every dataset's files, the page that documents them and the DCAT catalogue.

The files are read back with Python's csv and json modules against the fields the page
documents (barents_portal.opendata: one definition for both); hostile text goes through
every text field of every dataset; only published items appear; a file costs the same
number of queries however many rows it has.
"""

import csv
import io
import json
import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import rdflib
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from rdflib import namespace as ns

from barents_portal import opendata, sections, structured_data
from barents_portal.opendata import FORMULA_TRIGGERS, Type, unescape_formula
from tests.news.factories import DocumentFactory, EventFactory
from tests.projects.factories import (
    CallFactory,
    FundedProjectFactory,
    FunderFactory,
    PartnerFactory,
    ProgrammeFactory,
)

pytestmark = [
    pytest.mark.django_db,
    # rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph inside.
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

LANGUAGES = ("nb", "ru", "en")
DATASET_KEYS = ["events", "meeting-documents", "calls", "funded-projects"]
# Each starts with a character a spreadsheet runs as a formula, or holds what breaks CSV,
# JSON or an HTML <script>: quotes, separators, line breaks, control characters, `]]>`.
HOSTILE = [
    '=HYPERLINK("http://x.example","y")',
    "+cmd|'/C calc'!A0 </script>",
    "-1+1 ]]> <![CDATA[ x",
    '@SUM(1) "quoted", comma; semi',
    "\tTab \x01\x1f\x7f ctl",
    "\rCR\nLF\r\n</script><script>",
    "'=already escaped",
    "plain \u2028 sep & <b>bold</b>",
]
VICIOUS_URL = '=HYPERLINK("https://evil.example/?a=1&b=</script>")'


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path):
    settings.DOCUMENTS_ROOT = tmp_path / "documents"


def _texts(name, offset=0):
    return {
        f"{name}_{code}": HOSTILE[(offset + i) % len(HOSTILE)] for i, code in enumerate(LANGUAGES)
    }


def response_body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def download(client, key, format):
    response = client.get(reverse("open-data-file", kwargs={"dataset": key, "format": format}))
    assert response.status_code == 200
    body = response_body(response)
    if format == "csv":
        assert body.startswith(b"\xef\xbb\xbf")  # the BOM the page announces
        reader = csv.reader(io.StringIO(body.decode("utf-8-sig"), newline=""))
        header, *rows = list(reader)
        return header, [dict(zip(header, row, strict=True)) for row in rows]
    document = json.loads(body)
    assert document["dataset"] == key
    assert document["license"] == opendata.LICENCE["url"]
    return None, document["items"]


def dataset(key):
    return {entry.key: entry for entry in sections.datasets()}[key]


@pytest.fixture
def hostile():
    """One published item per dataset, hostile text in every text field; what each field
    must read back as, per dataset."""
    funder = FunderFactory(**_texts("name", 1))
    programme = ProgrammeFactory(funder=funder, **_texts("name", 2))
    call = CallFactory(programme=programme, **_texts("title", 3), **_texts("summary", 4))
    project = FundedProjectFactory(
        programme=programme,
        reference=HOSTILE[0][:40],
        lead_organisation=HOSTILE[5],
        website=VICIOUS_URL,
        **_texts("title", 5),
        **_texts("summary", 6),
    )
    PartnerFactory(project=project, organisation=HOSTILE[3], country="FI")
    event = EventFactory(
        online_url=VICIOUS_URL,
        **_texts("title", 0),
        **_texts("summary", 1),
        **_texts("theme", 2),
        **_texts("location", 3),
        **_texts("city", 4),
    )
    document = DocumentFactory(event=event, **_texts("title", 7))
    programme_texts = {f"programme_name_{c}": getattr(programme, f"name_{c}") for c in LANGUAGES}
    return {
        "calls": {"id": call.pk, **programme_texts, **_texts("title", 3), **_texts("summary", 4)},
        "funded-projects": {
            "id": project.pk,
            "reference": HOSTILE[0][:40],
            "lead_organisation": HOSTILE[5],
            "website": VICIOUS_URL,
            "partners": [f"{HOSTILE[3]} (FI)"],
            **programme_texts,
            **{f"funder_name_{c}": getattr(funder, f"name_{c}") for c in LANGUAGES},
            **_texts("title", 5),
            **_texts("summary", 6),
        },
        "events": {
            "id": event.pk,
            "online_url": VICIOUS_URL,
            "document_ids": [document.pk],
            **_texts("title", 0),
            **_texts("summary", 1),
            **_texts("theme", 2),
            **_texts("location", 3),
            **_texts("city", 4),
        },
        "meeting-documents": {"id": document.pk, "event_id": event.pk, **_texts("title", 7)},
    }


def test_every_section_contributes_its_datasets():
    assert [entry.key for entry in sections.datasets()] == DATASET_KEYS


@pytest.mark.parametrize("key", DATASET_KEYS)
def test_the_csv_columns_and_the_json_keys_are_the_documented_fields(client, hostile, key):
    fields = dataset(key).field_names
    header, rows = download(client, key, "csv")
    assert header == fields
    _, items = download(client, key, "json")
    assert [list(item) for item in items] == [fields]
    assert len(rows) == 1
    # The page's table of fields is the same list.
    page = client.get(reverse("open-data")).content.decode()
    section = re.search(rf'<section id="dataset-{key}".*?</section>', page, re.S).group(0)
    assert re.findall(r'<th scope="row"><code>([a-z_]+)</code>', section) == fields


@pytest.mark.parametrize("key", DATASET_KEYS)
def test_hostile_text_in_every_field_reads_back_from_csv_and_json(client, hostile, key):
    expected = hostile[key]
    text_fields = {f.name for f in dataset(key).fields if f.type == Type.TEXT}
    assert text_fields <= set(expected), "every text field carries hostile text"
    _, rows = download(client, key, "csv")
    (row,) = rows
    for cell in row.values():
        assert not cell.startswith(FORMULA_TRIGGERS), cell
    for name, value in expected.items():
        text = ";".join(str(item) for item in value) if isinstance(value, list) else str(value)
        assert unescape_formula(row[name]) == text, name
    _, items = download(client, key, "json")
    (item,) = items
    for name, value in expected.items():
        assert item[name] == value, name


@pytest.mark.parametrize("key", DATASET_KEYS)
def test_the_json_file_has_no_raw_control_characters(client, hostile, key):
    response = client.get(reverse("open-data-file", kwargs={"dataset": key, "format": "json"}))
    text = response_body(response).decode()
    assert not re.search(r"[\x00-\x1f]", text.replace("\n", ""))


def test_drafts_and_scheduled_items_are_in_no_file(client):
    hidden_programme = ProgrammeFactory(draft=True)
    CallFactory(programme=hidden_programme, title_en="Call of a draft programme")
    FundedProjectFactory(programme=hidden_programme, title_en="Project of a draft programme")
    scheduled_programme = ProgrammeFactory(scheduled=True)
    CallFactory(programme=scheduled_programme, title_en="Call of a scheduled programme")
    programme = ProgrammeFactory()
    CallFactory(programme=programme, title_en="Public call")
    FundedProjectFactory(programme=programme, title_en="Public project")
    FundedProjectFactory(programme=programme, draft=True, title_en="Draft project")
    FundedProjectFactory(programme=programme, scheduled=True, title_en="Scheduled project")
    EventFactory(title_en="Public event")
    DocumentFactory(event=EventFactory(draft=True, title_en="Draft event"), title_en="Draft doc")
    DocumentFactory(
        event=EventFactory(scheduled=True, title_en="Scheduled event"), title_en="Scheduled doc"
    )
    shown = {}
    for key in DATASET_KEYS:
        for format in ("csv", "json"):
            _, rows = download(client, key, format)
            shown[key, format] = sorted(row["title_en"] for row in rows)
    for format in ("csv", "json"):
        assert shown["calls", format] == ["Public call"]
        assert shown["funded-projects", format] == ["Public project"]
        assert shown["events", format] == ["Public event"]
        assert shown["meeting-documents", format] == []


@pytest.mark.parametrize("key", DATASET_KEYS)
@pytest.mark.parametrize("format", ["csv", "json"])
def test_a_file_costs_the_same_queries_with_few_or_many_rows(client, key, format):
    def add(count):
        for _ in range(count):
            project = FundedProjectFactory()
            PartnerFactory.create_batch(2, project=project)
            CallFactory(programme=project.programme)
            DocumentFactory.create_batch(2, event=EventFactory())

    def count_queries():
        url = reverse("open-data-file", kwargs={"dataset": key, "format": format})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            assert isinstance(response, StreamingHttpResponse)
            response_body(response)
        return len(queries)

    add(2)
    few = count_queries()
    add(8)
    assert count_queries() == few
    assert few <= 2


def test_the_files_are_the_same_under_every_language(client, hostile):
    for key in DATASET_KEYS:
        bodies = set()
        for code in LANGUAGES:
            response = client.get(
                reverse("open-data-file", kwargs={"dataset": key, "format": "csv"}),
                HTTP_ACCEPT_LANGUAGE=code,
            )
            bodies.add(response_body(response))
        assert len(bodies) == 1


def test_an_unknown_dataset_is_not_found(client):
    response = client.get("/open-data/nothing-here.csv", follow=True)
    assert response.status_code == 404


def test_the_urls_in_the_files_lead_to_the_pages(client):
    event = EventFactory()
    document = DocumentFactory(event=event)
    project = FundedProjectFactory()
    call = CallFactory(programme=project.programme)
    expected = {}
    for code in LANGUAGES:
        with override(code):
            expected[code] = [obj.get_absolute_url() for obj in (event, project, call)]
    _, events = download(client, "events", "json")
    _, projects = download(client, "funded-projects", "json")
    _, calls = download(client, "calls", "json")
    for code in LANGUAGES:
        found = [rows[0][f"url_{code}"] for rows in (events, projects, calls)]
        assert found == [f"http://testserver{url}" for url in expected[code]]
    _, documents = download(client, "meeting-documents", "json")
    path = urlsplit(documents[0]["download_url"]).path
    assert client.get(path).status_code == 200
    assert documents[0]["id"] == document.pk


# --- The page ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "path"),
    [("nb", "/nb/apne-data/"), ("ru", "/ru/otkrytye-dannye/"), ("en", "/en/open-data/")],
)
def test_the_open_data_page_exists_in_every_language(client, code, path):
    with override(code):
        assert reverse("open-data") == path
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert html.count("<h1") == 1
    assert opendata.LICENCE["url"] in html
    assert reverse("open-data-catalog") in html
    for key in DATASET_KEYS:
        for format in ("csv", "json"):
            assert f'href="/open-data/{key}.{format}"' in html


def test_the_page_describes_the_datasets_as_schema_org_json_ld(client):
    html = client.get("/en/open-data/").content.decode()
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(payload.group(1))
    assert data["@type"] == "DataCatalog"
    assert [entry["identifier"] for entry in data["dataset"]] == DATASET_KEYS
    for entry in data["dataset"]:
        assert entry["@type"] == "Dataset"
        assert entry["license"] == opendata.LICENCE["url"]
        assert {d["encodingFormat"] for d in entry["distribution"]} == {
            "text/csv",
            "application/json",
        }
        assert all(d["@type"] == "DataDownload" for d in entry["distribution"])
        names = [variable["name"] for variable in entry["variableMeasured"]]
        assert names == dataset(entry["identifier"]).field_names


def test_json_for_a_script_element_cannot_close_it():
    text = structured_data.dumps({"name": "</script><script>alert(1)</script> & ]]>"})
    assert "</script" not in text and "<" not in text and "&" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & ]]>"


def test_the_footer_links_the_open_data_page(client):
    html = client.get("/ru/").content.decode()
    assert 'href="/ru/otkrytye-dannye/"' in html


def test_the_sitemap_lists_the_open_data_page_in_every_language(client):
    xml = client.get("/sitemap.xml").content.decode()
    for path in ("/nb/apne-data/", "/ru/otkrytye-dannye/", "/en/open-data/"):
        assert f"<loc>http://testserver{path}</loc>" in xml


# --- The DCAT-AP catalogue --------------------------------------------------------------
def catalogue_graph(client):
    response = client.get(reverse("open-data-catalog"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    return rdflib.Graph().parse(data=response.content, format="json-ld")


VCARD = rdflib.Namespace("http://www.w3.org/2006/vcard/ns#")

MISSING_PROPERTIES = """
SELECT ?dataset ?missing WHERE {
  ?dataset a dcat:Dataset .
  VALUES ?missing { dct:title dct:description dcat:distribution dct:license dct:publisher
                    dcat:contactPoint dct:modified dct:identifier }
  FILTER NOT EXISTS { ?dataset ?missing ?value }
}
"""
MISSING_DISTRIBUTION_PROPERTIES = """
SELECT ?distribution ?missing WHERE {
  ?dataset dcat:distribution ?distribution .
  VALUES ?missing { dcat:accessURL dcat:downloadURL dct:format dcat:mediaType dct:license }
  FILTER NOT EXISTS { ?distribution ?missing ?value }
}
"""


def test_the_catalogue_parses_and_every_dataset_has_the_required_dcat_ap_properties(
    client, hostile
):
    graph = catalogue_graph(client)
    namespaces = {"dcat": ns.DCAT, "dct": ns.DCTERMS}
    assert list(graph.query(MISSING_PROPERTIES, initNs=namespaces)) == []
    assert list(graph.query(MISSING_DISTRIBUTION_PROPERTIES, initNs=namespaces)) == []

    (catalog,) = graph.subjects(ns.RDF.type, ns.DCAT.Catalog)
    datasets = set(graph.subjects(ns.RDF.type, ns.DCAT.Dataset))
    assert set(graph.objects(catalog, ns.DCAT.dataset)) == datasets
    assert sorted(str(graph.value(d, ns.DCTERMS.identifier)) for d in datasets) == sorted(
        DATASET_KEYS
    )
    for entry in datasets:
        for prop in (ns.DCTERMS.title, ns.DCTERMS.description):
            assert {literal.language for literal in graph.objects(entry, prop)} == set(LANGUAGES)
        assert graph.value(entry, ns.DCTERMS.license) == rdflib.URIRef(opendata.LICENCE["uri"])
        assert graph.value(entry, ns.DCTERMS.modified).datatype == ns.XSD.dateTime
        publisher = graph.value(entry, ns.DCTERMS.publisher)
        assert len(list(graph.objects(publisher, ns.FOAF.name))) == 3
        contact = graph.value(entry, ns.DCAT.contactPoint)
        assert str(graph.value(contact, VCARD.hasEmail)).startswith("mailto:")
        distributions = list(graph.objects(entry, ns.DCAT.distribution))
        media = {
            str(graph.value(d, ns.DCAT.mediaType)).rsplit("/", 2)[-2:][-1] for d in distributions
        }
        assert media == {"csv", "json"}
        for distribution in distributions:
            url = urlsplit(str(graph.value(distribution, ns.DCAT.downloadURL)))
            assert url.netloc == "testserver"
            assert client.get(url.path).status_code == 200


def test_the_catalogue_gives_when_each_dataset_last_changed(client):
    event = EventFactory()
    graph = catalogue_graph(client)
    (entry,) = graph.subjects(ns.DCTERMS.identifier, rdflib.Literal("events"))
    modified = graph.value(entry, ns.DCTERMS.modified).toPython()
    assert abs(modified - event.updated_at) < timedelta(seconds=1)
    assert modified <= timezone.now()


def test_the_page_runs_the_same_queries_however_much_is_published(client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/open-data/").status_code == 200
        return len(queries)

    empty = count()
    FundedProjectFactory.create_batch(3)
    EventFactory.create_batch(3)
    assert count() == empty
