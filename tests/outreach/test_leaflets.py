"""Checkpoint leaflets: the page in three languages, the checkpoints list, the permanent short
address, the PDF made from the page (text read back) and its QR code (decoded)."""

import io

import pytest
from bs4 import BeautifulSoup
from PIL import Image
from pypdf import PdfReader

from outreach.models import LeafletPage, LeafletPDF
from tests.outreach.conftest import published
from tests.outreach.factories import CheckpointFactory, LeafletIndexPageFactory


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return " ".join(soup(response).get_text(" ").split())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "az",
            [
                "Hava yolu ilə gələnlər üçün",
                "Olduğu yer üzrə qeydiyyat",
                "1 mart 2026",
                "tarixində nə dəyişdi",
                "Turizm",
                "Pasportunuzu yanınızda saxlayın.",
            ],
        ),
        (
            "en",
            [
                "Arriving by air",
                "Registration at place of stay",
                "What changed on 1 March 2026",
                "Tourism",
                "Carry your passport.",
            ],
        ),
        (
            "ru",
            [
                "Прибывающим самолётом",
                "Регистрация по месту пребывания",
                "Что изменилось 1 марта 2026",
                "Туристическая",
                "Имейте при себе паспорт.",
            ],
        ),
    ],
)
def test_leaflet_page_in_each_language(client, leaflet, lang, expected):
    response = client.get(leaflet.url_in(lang))
    assert response.status_code == 200
    text = text_of(response)
    for phrase in expected:
        assert phrase in text, (lang, phrase)
    html = soup(response)
    # links to the other two languages
    assert {a["hreflang"] for a in html.select(".lf-languages a")} == {"az", "en", "ru"}
    assert html.select_one(".lf-qr img")["src"].startswith("data:image/png;base64,")


def test_the_light_page_is_small(client, leaflet):
    """The page, its stylesheets and script together stay far under 50 KB (the browser test weighs the transfer)."""
    from django.contrib.staticfiles import finders

    response = client.get(leaflet.url_in("en"))
    total = len(response.content)
    for element in soup(response).select('link[rel="stylesheet"], script[src]'):
        url = element.get("href") or element.get("src")
        total += len(open(finders.find(url.removeprefix("/static/")), "rb").read())  # noqa: SIM115
    assert total < 50_000


def test_checkpoints_list_filters_by_kind_and_region(client, leaflet, leaflet_index):
    CheckpointFactory(name_az="Samur", name_en="Samur", name_ru="Самур", kind="land", region="guba-khachmaz")
    url = leaflet_index.url_in("en")
    rows = lambda response: [th.get_text(" ", strip=True) for th in soup(response).select("tbody th")]  # noqa: E731
    assert len(rows(client.get(url))) == 2
    assert rows(client.get(url, {"kind": "land"})) == ["Samur"]
    assert rows(client.get(url, {"region": "baku"})) == ["Heydar Aliyev International Airport"]
    assert rows(client.get(url, {"kind": "sea"})) == []
    response = client.get(url, {"kind": "hovercraft"})
    assert response.status_code == 200 and "is not one of the choices" in response.content.decode()
    # the airport's row links the leaflet handed out there
    assert soup(client.get(url, {"kind": "air"})).select_one("tbody a").get_text() == "Arriving by air"


@pytest.mark.parametrize(
    ("header", "lang"),
    [("ru-RU,ru;q=0.9,en;q=0.5", "ru"), ("en-GB,en;q=0.8", "en"), ("az", "az"), ("de-DE,fr;q=0.5", "az"), ("", "az")],
)
def test_short_address_opens_the_leaflet_in_the_readers_language(client, leaflet, header, lang):
    response = client.get(f"/l/{leaflet.code}/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == leaflet.url_in(lang)
    assert "Accept-Language" in response["Vary"]


def test_short_address_follows_the_leaflet_when_it_moves(client, leaflet, home):
    code = leaflet.code
    leaflet.slug_en = "welcome-by-air"
    published(leaflet)
    assert client.get(f"/l/{code}/", HTTP_ACCEPT_LANGUAGE="en")["Location"].endswith("/welcome-by-air/")
    other = published(
        LeafletIndexPageFactory(parent=home, title_az="Vərəqələr 2", title_en="Leaflets two", title_ru="Памятки два")
    )
    LeafletPage.objects.get(pk=leaflet.pk).move(other, pos="last-child")
    moved = LeafletPage.objects.get(pk=leaflet.pk)
    for lang in ("az", "en", "ru"):
        location = client.get(f"/l/{code}/", HTTP_ACCEPT_LANGUAGE=lang)["Location"]
        assert location == moved.url_in(lang)
        assert client.get(location).status_code == 200
    assert "/leaflets-two/" in moved.url_in("en")


def test_an_unknown_short_address_is_not_found_in_the_readers_language(client, leaflet):
    response = client.get("/l/zzzzzz/", HTTP_ACCEPT_LANGUAGE="ru", follow=True)
    assert response.status_code == 404
    assert soup(response).html["lang"] == "ru"


def _pdf(page, lang):
    return LeafletPDF.objects.get(page=page, language=lang)


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        (
            "az",
            [
                "Hava yolu ilə gələnlər üçün",
                "Olduğu yer üzrə qeydiyyat",
                "Pasportunuzu yanınızda saxlayın",
                "Heydər Əliyev Beynəlxalq Aeroportu",
            ],
        ),
        ("en", ["Arriving by air", "Register at your place of stay within 15 days", "What changed on 1 March 2026"]),
        ("ru", ["Прибывающим самолётом", "Встаньте на учёт по месту пребывания", "Что изменилось 1 марта 2026"]),
    ],
)
def test_pdf_per_language_holds_the_pages_text(leaflet, lang, phrases):
    stored = _pdf(leaflet, lang)  # made when the leaflet was published
    reader = PdfReader(io.BytesIO(bytes(stored.content)))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for phrase in phrases:
        assert phrase in text, (lang, phrase)
    assert stored.page_count == len(reader.pages) and stored.size == len(stored.content)
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4


def test_pdf_qr_code_decodes_to_the_short_address(leaflet):
    import zxingcpp

    reader = PdfReader(io.BytesIO(bytes(_pdf(leaflet, "en").content)))
    images = [image for page in reader.pages for image in page.images]
    decoded = {result.text for image in images for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)))}
    assert decoded == {f"http://testserver/l/{leaflet.code}/"}


def test_page_shows_pdf_size_and_pages_and_serves_it(client, leaflet):
    stored = _pdf(leaflet, "ru")
    html = soup(client.get(leaflet.url_in("ru")))
    info = html.select_one(".lf-pdf").get_text(" ", strip=True)
    assert "Скачать памятку (PDF)" in info
    assert f"{stored.page_count} страни" in info and "КБ" in info
    response = client.get(html.select_one(".lf-pdf a")["href"])
    assert response["Content-Type"] == "application/pdf"
    assert bytes(response.content) == bytes(stored.content)


def test_publishing_again_remakes_the_pdf(leaflet, django_capture_on_commit_callbacks):
    before = _pdf(leaflet, "en")
    leaflet.title_en = "Arriving by plane"
    with django_capture_on_commit_callbacks(execute=True):
        published(leaflet)
    after = _pdf(leaflet, "en")
    assert after.revision_id != before.revision_id
    text = PdfReader(io.BytesIO(bytes(after.content))).pages[0].extract_text()
    assert "Arriving by plane" in text


def test_service_worker_is_served_from_the_root(client):
    response = client.get("/leaflet-sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "caches" in response.content.decode()


def test_checkpoints_are_searchable(leaflet):
    from search.query import run_search

    hits = [hit.entry.display_title for hit in run_search("heydar aliyev airport", "en").hits]
    assert "Heydar Aliyev International Airport" in hits
