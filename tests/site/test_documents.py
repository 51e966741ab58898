"""Documents per language: a link says the file's format, size and language; the demo's PDFs hold real text.

See docs/decisions.md, "Documents per language".
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from pypdf import PdfReader
from wagtail.documents.models import Document

from core.demo import DemoContext
from standard import demo_content
from standard.demo import seed_standard
from standard.demo_documents import visa_purposes_pdf
from tests.factories import StandardPageFactory

LANGUAGE_NOTES = {
    # (reader, document) → what the link says, in the reader's language
    ("az", "az"): "Azərbaycan dilində",
    ("az", "en"): "ingilis dilində",
    ("az", "ru"): "rus dilində",
    ("en", "az"): "in Azerbaijani",
    ("en", "en"): "in English",
    ("en", "ru"): "in Russian",
    ("ru", "az"): "на азербайджанском",
    ("ru", "en"): "на английском",
    ("ru", "ru"): "на русском",
}
SIZE = {"az": "2,0\xa0KB", "en": "2.0\xa0KB", "ru": "2,0\xa0КБ"}


def pdf(name):
    return Document.objects.create(title=name, file=ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name=f"{name}.pdf"))


def document_links(client, page, lang):
    response = client.get(page.url_in(lang))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select(".document-link")


@pytest.mark.parametrize("reader", ["az", "en", "ru"])
@pytest.mark.parametrize("written_in", ["az", "en", "ru"])
def test_link_says_format_size_and_language_in_the_readers_language(client, home, reader, written_in):
    document = pdf("code")
    block = ("document", {"document": document, "label": "Miqrasiya Məcəlləsi", "language": written_in})
    page = StandardPageFactory(
        parent=home, title_en="Code", title_ru="Кодекс", body_az=[block], body_en=[block], body_ru=[block]
    )

    [link] = document_links(client, page, reader)

    assert link.a["href"] == document.url
    assert link.a["hreflang"] == written_in
    meta = link.select_one(".document-link__meta")
    assert meta.get_text() == f"(PDF, {SIZE[reader]}, {LANGUAGE_NOTES[reader, written_in]})"
    assert meta["lang"] == reader


def test_each_language_links_its_own_file(client, home):
    files = {lang: pdf(f"code-{lang}") for lang in ("az", "en", "ru")}
    page = StandardPageFactory(
        parent=home,
        title_en="Code",
        title_ru="Кодекс",
        **{
            f"body_{lang}": [("document", {"document": files[lang], "label": "", "language": lang})]
            for lang in ("az", "en", "ru")
        },
    )
    for lang in ("az", "en", "ru"):
        [link] = document_links(client, page, lang)
        assert link.a["href"] == files[lang].url
        # No link text of its own: the document's title, which is in the document's language.
        assert (link.a.get_text(), link.a["lang"]) == (f"code-{lang}", lang)
        assert link.select_one(".document-link__meta").get_text().endswith(f", {LANGUAGE_NOTES[lang, lang]})")


def test_a_language_without_its_own_file_is_told_the_files_language(client, home):
    page = StandardPageFactory(
        parent=home,
        title_en="Code",
        body_az=[("document", {"document": pdf("code"), "label": "Məcəllə", "language": "az"})],
    )
    [link] = document_links(client, page, "en")
    meta = link.select_one(".document-link__meta")
    assert meta.get_text().endswith(", in Azerbaijani)")
    assert meta["lang"] == "en"  # the interface's words, inside text shown in Azerbaijani


def test_a_link_saved_before_documents_had_a_language_says_none(client, home):
    page = StandardPageFactory(parent=home, body_az=[("document", {"document": pdf("old"), "label": "Köhnə"})])
    [link] = document_links(client, page, "az")
    assert link.select_one(".document-link__meta").get_text() == f"(PDF, {SIZE['az']})"
    assert not link.a.has_attr("hreflang")


def test_editors_must_say_the_documents_language():
    from wagtail.blocks import StructBlockValidationError

    from core.blocks import DocumentLinkBlock

    block = DocumentLinkBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"document": None, "label": "", "language": ""}))
    assert "language" in error.value.block_errors


# --- the demo's PDFs -------------------------------------------------------------------

# Words each summary must contain, and words of the other languages it must not.
OWN_WORDS = {
    "az": ["Miqrasiya Məcəlləsi", "vətəndaşlığı olmayan şəxslərə", "işgüzar", "mədəniyyət", "şəxsi"],
    "en": ["Migration Code", "stateless persons", "business", "culture", "personal travel"],
    "ru": ["Миграционный кодекс", "лицам без гражданства", "деловая", "туристическая", "лечебная"],
}


def pdf_text(data):
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_demo_pdf_has_selectable_text_title_and_language(lang):
    reader, text = pdf_text(visa_purposes_pdf(lang))

    assert reader.metadata.title == demo_content.DOCUMENT["title"][lang]
    assert reader.trailer["/Root"]["/Lang"] == lang
    flat = " ".join(text.split())
    for word in OWN_WORDS[lang]:
        assert word in flat
    for other, words in OWN_WORDS.items():
        if other != lang:
            assert not any(word in flat for word in words), f"{lang} PDF has {other} text"
    # Every purpose of Article 24.5, in this language, as the legal page's table lists them.
    for purpose in demo_content.VISA_PURPOSES[lang]:
        assert purpose in flat


def test_demo_legal_page_offers_each_languages_pdf(client, home):
    ctx = DemoContext()
    ctx.pages["home"] = home
    seed_standard(ctx)
    legal = ctx.pages["legal"]

    files = set()
    for lang in ("az", "en", "ru"):
        [link] = document_links(client, legal, lang)
        assert link.a["hreflang"] == lang
        assert link.select_one(".document-link__meta").get_text().startswith("(PDF, ")
        response = client.get(link.a["href"])
        assert response.status_code == 200
        data = b"".join(response.streaming_content) if response.streaming else response.content
        reader, text = pdf_text(data)
        assert reader.metadata.title == demo_content.DOCUMENT["title"][lang]
        assert OWN_WORDS[lang][0] in " ".join(text.split())
        files.add(link.a["href"])
    assert len(files) == 3

    # Seeding again makes no new document.
    again = DemoContext()
    again.pages["home"] = home
    seed_standard(again)
    assert again.created == 0
