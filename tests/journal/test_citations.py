"""What scholars and Google Scholar read from an article: Highwire tags, JSON-LD, APA, GOST, RIS, BibTeX."""

import json

import bibtexparser
import pytest
import rispy
from bs4 import BeautifulSoup

from tests.journal.conftest import make_pdf_document

pytestmark = pytest.mark.django_db

EXPECTED = {
    "az": {
        "title": "Azərbaycanda əmək miqrasiyasının tənzimlənməsi",
        "authors": ["Əliyev, Rəşad", "Hüseynova, Leyla"],
        "institution": "Bakı Dövlət Universiteti",
        "journal": "Miqrasiya",
        "keywords": ["əmək miqrasiyası", "iş icazəsi"],
    },
    "en": {
        "title": "Regulating labour migration in Azerbaijan",
        "authors": ["Aliyev, Rashad", "Huseynova, Leyla"],
        "institution": "Baku State University",
        "journal": "Migration",
        "keywords": ["labour migration", "work permit"],
    },
    "ru": {
        "title": "Регулирование трудовой миграции в Азербайджане",
        "authors": ["Алиев, Рашад", "Гусейнова, Лейла"],
        "institution": "Бакинский государственный университет",
        "journal": "Миграция",
        "keywords": ["трудовая миграция", "разрешение на работу"],
    },
}


def meta(html, name):
    return [tag["content"] for tag in html.find_all("meta", attrs={"name": name})]


@pytest.fixture
def article(make_article):
    return make_article(
        pdf_az=make_pdf_document("az", title="Məqalə", name="meqale.pdf"),
        pdf_en=make_pdf_document("en", title="Article", name="article.pdf"),
        pdf_ru=make_pdf_document("ru", title="Статья", name="statia.pdf"),
    )


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_every_citation_tag_is_present_and_right_in_each_language(client, article, lang):
    expected = EXPECTED[lang]
    html = BeautifulSoup(client.get(article.url_in(lang)).content, "html.parser")
    assert meta(html, "citation_title") == [expected["title"]]
    assert meta(html, "citation_author") == expected["authors"]
    assert meta(html, "citation_author_institution") == [expected["institution"]]
    assert meta(html, "citation_author_orcid") == ["https://orcid.org/0000-0002-1825-0097"]
    assert meta(html, "citation_publication_date") == ["2025/06/30"]
    assert meta(html, "citation_journal_title") == [expected["journal"]]
    assert meta(html, "citation_issn") == ["2049-3630", "1050-124X"]
    assert meta(html, "citation_volume") == ["8"]
    assert meta(html, "citation_issue") == ["2"]
    assert meta(html, "citation_firstpage") == ["15"]
    assert meta(html, "citation_lastpage") == ["32"]
    assert meta(html, "citation_language") == [lang]
    assert meta(html, "citation_doi") == ["10.12345/migr.2025.2.15"]
    assert meta(html, "citation_abstract_html_url") == ["http://testserver" + article.url_in(lang)]
    assert meta(html, "citation_keywords") == expected["keywords"]
    (pdf_url,) = meta(html, "citation_pdf_url")
    assert pdf_url == "http://testserver" + article.pdf_in(lang).url
    # Google Scholar: the tags sit in <head>, and the PDF they name is served.
    assert all(tag.parent.name == "head" for tag in html.find_all("meta", attrs={"name": "citation_title"}))
    assert client.get(article.pdf_in(lang).url).status_code == 200


def test_a_language_without_its_own_pdf_names_no_pdf(client, make_article):
    article = make_article(pdf_az=make_pdf_document("az"))
    html = BeautifulSoup(client.get(article.url_in("en")).content, "html.parser")
    assert meta(html, "citation_pdf_url") == []
    html = BeautifulSoup(client.get(article.url_in("az")).content, "html.parser")
    assert len(meta(html, "citation_pdf_url")) == 1


def test_json_ld_is_scholarly_article_in_issue_in_volume_in_periodical(client, article):
    html = BeautifulSoup(client.get(article.url_in("en")).content, "html.parser")
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "ScholarlyArticle"
    assert data["name"] == "Regulating labour migration in Azerbaijan"
    assert [a["familyName"] for a in data["author"]] == ["Aliyev", "Huseynova"]
    assert data["author"][0]["sameAs"] == "https://orcid.org/0000-0002-1825-0097"
    assert data["identifier"]["value"] == "10.12345/migr.2025.2.15"
    assert (data["pageStart"], data["pageEnd"]) == ("15", "32")
    issue = data["isPartOf"]
    assert issue["@type"] == "PublicationIssue" and issue["issueNumber"] == "2"
    volume = issue["isPartOf"]
    assert volume["@type"] == "PublicationVolume" and volume["volumeNumber"] == "8"
    periodical = volume["isPartOf"]
    assert periodical["@type"] == "Periodical"
    assert periodical["name"] == "Migration"
    assert periodical["issn"] == ["2049-3630", "1050-124X"]


@pytest.mark.parametrize(
    ("lang", "apa", "gost"),
    [
        (
            "en",
            "Aliyev, R., & Huseynova, L. (2025). Regulating labour migration in Azerbaijan. Migration, 8(2), 15–32."
            " https://doi.org/10.12345/migr.2025.2.15",
            "Aliyev, R. Regulating labour migration in Azerbaijan / R. Aliyev, L. Huseynova. – Text : electronic"
            " // Migration. – 2025. – Vol. 8, no. 2. – P. 15–32. – DOI 10.12345/migr.2025.2.15.",
        ),
        (
            "ru",
            "Алиев, Р., & Гусейнова, Л. (2025). Регулирование трудовой миграции в Азербайджане. Миграция, 8(2),"
            " 15–32. https://doi.org/10.12345/migr.2025.2.15",
            "Алиев, Р. Регулирование трудовой миграции в Азербайджане / Р. Алиев, Л. Гусейнова. – Текст : электронный"
            " // Миграция. – 2025. – Т. 8, № 2. – С. 15–32. – DOI 10.12345/migr.2025.2.15.",
        ),
    ],
)
def test_how_to_cite_in_apa_and_gost(client, article, lang, apa, gost):
    html = BeautifulSoup(client.get(article.url_in(lang)).content, "html.parser")
    texts = [p.get_text() for p in html.select(".journal-cite__text")]
    assert texts[0] == apa
    assert html.select_one(".journal-cite__text i").get_text() == EXPECTED[lang]["journal"]
    assert texts[1].startswith(gost)
    assert texts[1].endswith(f"URL: http://testserver{article.url_in(lang)}.")


def test_gost_with_four_authors_names_the_first_and_others(make_article, authors):
    from tests.journal.factories import AuthorFactory

    more = [AuthorFactory(family_name_ru=f"Петров{n}", given_names_ru="Пётр") for n in range(2)]
    article = make_article(authors=[*authors, *more])
    from django.utils import translation

    from journal.citations import how_to_cite

    with translation.override("ru"):
        gost = how_to_cite(article, lang="ru")["gost"]
    assert gost.startswith("Регулирование трудовой миграции в Азербайджане / Р. Алиев [и др.]. – ")


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_ris_download_parses_back(client, article, lang):
    response = client.get(article.url_in(lang) + "citation-ris/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    assert "attachment" in response["Content-Disposition"]
    (entry,) = rispy.loads(response.content.decode("utf-8"))
    assert entry["type_of_reference"] == "JOUR"
    assert entry["title"] == EXPECTED[lang]["title"]
    assert entry["authors"] == EXPECTED[lang]["authors"]
    assert entry["journal_name"] == EXPECTED[lang]["journal"]
    assert (entry["volume"], entry["number"], entry["start_page"], entry["end_page"]) == ("8", "2", "15", "32")
    assert entry["doi"] == "10.12345/migr.2025.2.15"
    assert entry["issn"] == ["2049-3630", "1050-124X"] or entry["issn"] == "2049-3630"
    assert entry["keywords"] == EXPECTED[lang]["keywords"]
    assert entry["language"] == lang


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_bibtex_download_parses_back(client, article, lang):
    response = client.get(article.url_in(lang) + "citation-bibtex/")
    assert response.status_code == 200
    library = bibtexparser.parse_string(response.content.decode("utf-8"))
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry.entry_type == "article"
    fields = {field.key: field.value for field in entry.fields}
    assert fields["title"] == EXPECTED[lang]["title"]
    assert fields["author"] == " and ".join(EXPECTED[lang]["authors"])
    assert fields["journal"] == EXPECTED[lang]["journal"]
    assert (fields["volume"], fields["number"], fields["pages"], fields["year"]) == ("8", "2", "15--32", "2025")
    assert fields["doi"] == "10.12345/migr.2025.2.15"


def test_bibtex_escapes_what_latex_reads_as_commands(make_article):
    from journal.citations import bibtex, facts

    article = make_article(title_en="Quotas & permits: 50% of {cases}")
    text = bibtex(facts(article, "en"))
    assert r"Quotas \& permits: 50\% of \{cases\}" in text
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
