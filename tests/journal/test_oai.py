"""The OAI-PMH 2.0 endpoint as a library harvester sees it: every response valid against the
protocol's schema (with oai_dc), the six verbs, sets by section, resumption tokens, error codes."""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from lxml import etree

from tests.journal.factories import JournalSectionFactory

pytestmark = pytest.mark.django_db

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "harvester.xsd")))
NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def oai(client, journal):
    def get(**params):
        response = client.get(journal.url_in("az") + "oai/", params)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/xml; charset=utf-8"
        document = etree.fromstring(response.content)
        assert SCHEMA.validate(document), SCHEMA.error_log.filter_from_errors()
        return document

    return get


def error_code(document):
    errors = document.findall("oai:error", NS)
    return [e.get("code") for e in errors]


def test_schema_is_strict_about_what_it_checks():
    """Negative control: a record whose metadata is not oai_dc, or a wrong verb, fails validation."""
    bad = b"""<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2025-01-01T00:00:00Z</responseDate>
    <request verb="Nonsense">http://x/</request><Identify/></OAI-PMH>"""
    assert not SCHEMA.validate(etree.fromstring(bad))
    record = b"""<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2025-01-01T00:00:00Z</responseDate>
    <request verb="GetRecord" identifier="oai:x:1" metadataPrefix="oai_dc">http://x/</request><GetRecord><record>
    <header><identifier>oai:x:1</identifier><datestamp>2025-01-01</datestamp></header>
    <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:titel>Typo</dc:titel></oai_dc:dc></metadata></record></GetRecord></OAI-PMH>"""
    assert not SCHEMA.validate(etree.fromstring(record))


def test_identify(oai, journal):
    document = oai(verb="Identify")
    identify = document.find("oai:Identify", NS)
    assert identify.findtext("oai:repositoryName", namespaces=NS) == "Miqrasiya"
    assert identify.findtext("oai:baseURL", namespaces=NS) == "http://testserver" + journal.url_in("az") + "oai/"
    assert identify.findtext("oai:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert document.find("oai:request", NS).get("verb") == "Identify"


def test_list_metadata_formats_and_sets(oai, section):
    JournalSectionFactory(name_az="Miqrasiya tarixi", name_en="Migration history", code="history")
    document = oai(verb="ListMetadataFormats")
    assert [e.text for e in document.iterfind(".//oai:metadataPrefix", NS)] == ["oai_dc"]
    document = oai(verb="ListSets")
    sets = {
        s.findtext("oai:setSpec", namespaces=NS): s.findtext("oai:setName", namespaces=NS)
        for s in document.iterfind(".//oai:set", NS)
    }
    assert sets == {"history": "Migration history", "policy": "Migration policy"}


def test_get_record_in_oai_dc_with_every_language(oai, make_article):
    article = make_article(title_ru=None, abstract_ru="")
    identifier = f"oai:testserver:journal/article/{article.pk}"
    document = oai(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    record = document.find(".//oai:record", NS)
    assert record.findtext("oai:header/oai:identifier", namespaces=NS) == identifier
    assert record.findtext("oai:header/oai:setSpec", namespaces=NS) == "policy"
    dc = record.find(".//oai_dc:dc", NS)
    titles = {t.get(XML_LANG): t.text for t in dc.iterfind("dc:title", NS)}
    assert titles == {
        "az": "Azərbaycanda əmək miqrasiyasının tənzimlənməsi",
        "en": "Regulating labour migration in Azerbaijan",
    }
    assert [c.text for c in dc.iterfind("dc:creator", NS)] == ["Əliyev, Rəşad", "Hüseynova, Leyla"]
    identifiers = [i.text for i in dc.iterfind("dc:identifier", NS)]
    assert "https://doi.org/10.12345/migr.2025.2.15" in identifiers
    assert "http://testserver" + article.url_in("en") in identifiers
    assert [lang.text for lang in dc.iterfind("dc:language", NS)] == ["aze", "eng"]
    assert dc.findtext("dc:date", namespaces=NS) == "2025-06-30"
    assert "Miqrasiya; Vol. 8, No. 2 (2025); 15-32" in [s.text for s in dc.iterfind("dc:source", NS)]


def test_list_records_pages_with_resumption_tokens(oai, make_article):
    articles = [
        make_article(title_az=f"Məqalə {n}", title_en=f"Article {n}", title_ru=f"Статья {n}") for n in range(12)
    ]
    first = oai(verb="ListRecords", metadataPrefix="oai_dc")
    records = first.findall(".//oai:record", NS)
    assert len(records) == 10
    token = first.find(".//oai:resumptionToken", NS)
    assert token.get("completeListSize") == "12" and token.get("cursor") == "0" and token.text
    second = oai(verb="ListRecords", resumptionToken=token.text)
    assert len(second.findall(".//oai:record", NS)) == 2
    last = second.find(".//oai:resumptionToken", NS)
    assert last.text is None and last.get("cursor") == "10"
    seen = [h.text for h in first.iterfind(".//oai:header/oai:identifier", NS)] + [
        h.text for h in second.iterfind(".//oai:header/oai:identifier", NS)
    ]
    assert sorted(seen) == sorted(f"oai:testserver:journal/article/{a.pk}" for a in articles)


def test_list_identifiers_by_set_and_date(oai, make_article):
    other = JournalSectionFactory(name_az="Tarix", code="history")
    make_article()
    make_article(title_az="Tarixi məqalə", title_en="A history article", title_ru="Историческая статья", section=other)
    document = oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="history")
    headers = document.findall(".//oai:header", NS)
    assert len(headers) == 1 and headers[0].findtext("oai:setSpec", namespaces=NS) == "history"
    today = timezone.now().date()
    assert (
        len(
            oai(verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": today.isoformat()}).findall(
                ".//oai:header", NS
            )
        )
        == 2
    )
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()
    assert error_code(oai(verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": tomorrow})) == ["noRecordsMatch"]


def test_unpublished_articles_are_not_harvested(oai, make_article):
    article = make_article()
    article.unpublish()
    assert error_code(oai(verb="ListRecords", metadataPrefix="oai_dc")) == ["noRecordsMatch"]
    identifier = f"oai:testserver:journal/article/{article.pk}"
    assert error_code(oai(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")) == ["idDoesNotExist"]


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "Identify", "set": "policy"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2025-01-01", "until": "2025-02-01T00:00:00Z"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2025-02-01", "until": "2025-01-01"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "abc"}, "badArgument"),
        ({"verb": "ListRecords", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {"verb": "GetRecord", "identifier": "oai:testserver:journal/article/999999", "metadataPrefix": "oai_dc"},
            "idDoesNotExist",
        ),
        ({"verb": "ListMetadataFormats", "identifier": "oai:elsewhere:1"}, "idDoesNotExist"),
        ({"verb": "ListSets"}, "noSetHierarchy"),
    ],
)
def test_errors_carry_the_protocols_codes(oai, params, code):
    document = oai(**params)
    assert error_code(document) == [code]
    request = document.find("oai:request", NS)
    if code in ("badVerb", "badArgument"):
        assert dict(request.attrib) == {}  # the protocol: echo no arguments with these errors


def test_a_repeated_argument_is_a_bad_argument(client, journal):
    response = client.get(journal.url_in("az") + "oai/?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")
    document = etree.fromstring(response.content)
    assert SCHEMA.validate(document)
    assert error_code(document) == ["badArgument"]


def test_a_harvester_may_post_without_a_csrf_token(journal):
    """OAI-PMH 2.0 allows POST (form-encoded); a harvester has no CSRF token."""
    from django.test import Client

    harvester = Client(enforce_csrf_checks=True)
    for language in ("az", "en", "ru"):
        response = harvester.post(journal.url_in(language) + "oai/", {"verb": "Identify"})
        assert response.status_code == 200
        document = etree.fromstring(response.content)
        assert SCHEMA.validate(document), SCHEMA.error_log.filter_from_errors()
        assert document.find("oai:Identify", NS) is not None
    response = harvester.post(journal.url_in("az") + "oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    assert SCHEMA.validate(etree.fromstring(response.content))


def test_csrf_still_guards_every_other_post(journal):
    """Only the live journal's oai/ route is let past the CSRF check."""
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    assert browser.post(journal.url_in("az"), {"verb": "Identify"}).status_code == 403
    assert browser.post("/az/no-such-journal/oai/", {"verb": "Identify"}).status_code == 403
