"""Every page type served in every language: lang, switcher, hreflang, fallback notice."""

import pytest
from bs4 import BeautifulSoup

from tests.conftest import LANGUAGES
from tests.factories import (
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def pages(home):
    """One fully translated page of each type, and the home page."""
    standard = StandardPageFactory(
        parent=home,
        title_az="Haqqımızda",
        title_en="About us",
        title_ru="О нас",
        intro_en="About the Service.",
        intro_ru="О Службе.",
    )
    index = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(
        parent=index,
        title_az="Açıq qapı günü",
        title_en="Open Door Day",
        title_ru="День открытых дверей",
        intro_en="An open day.",
        intro_ru="Открытый день.",
    )
    return {"home": home, "standard": standard, "news_index": index, "article": article}


@pytest.mark.parametrize("kind", ["home", "standard", "news_index", "article"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_type_is_served_in_every_language(client, pages, kind, lang):
    page = pages[kind]
    response = client.get(page.url_in(lang))

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == lang
    assert html.find("h1").get_text(strip=True) == getattr(page, f"title_{lang}")
    # The switcher leads to the same page in each language.
    switcher = {a["hreflang"]: a["href"] for a in html.select("nav.languages a")}
    assert switcher == {code: page.url_in(code) for code in LANGUAGES}
    assert html.select_one(f'nav.languages a[hreflang="{lang}"]')["aria-current"] == "true"
    # hreflang: all three languages plus x-default, pointing at the Azerbaijani version.
    alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert set(alternates) == {"az", "en", "ru", "x-default"}
    assert alternates["x-default"] == alternates["az"]
    assert not html.select(".notice")


def test_hreflang_lists_only_existing_translations_and_is_reciprocal(client, home):
    page = StandardPageFactory(parent=home, title_az="Əlaqə", title_en="Contacts")
    seen = {}
    for lang in ("az", "en"):
        html = soup(client.get(page.url_in(lang)))
        seen[lang] = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
        assert set(seen[lang]) == {"az", "en", "x-default"}
    assert seen["az"] == seen["en"]


def test_missing_translation_shows_azerbaijani_text_with_notice_in_readers_language(client, home):
    page = StandardPageFactory(parent=home, title_az="Hüquqi məlumat", intro_az="Miqrasiya Məcəlləsi.")

    response = client.get(page.url_in("ru"))

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "ru"
    assert html.find("h1").get_text(strip=True) == "Hüquqi məlumat"
    notice = html.select_one(".notice")
    assert "ещё не переведена" in notice.get_text()
    # The Azerbaijani text is marked as such for screen readers.
    assert html.select_one("main > div")["lang"] == "az"
    alternates = {link["hreflang"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert alternates == {"az", "x-default"}


def test_fallback_notice_in_english(client, home):
    page = StandardPageFactory(parent=home, title_az="Hüquqi məlumat")
    html = soup(client.get(page.url_in("en")))
    assert "has not been translated" in html.select_one(".notice").get_text()


def test_home_page_shows_latest_news_services_and_statistics(client, home):
    index = NewsIndexPageFactory(parent=home)
    for n in range(5):
        NewsArticlePageFactory(parent=index, title_az=f"Xəbər {n}", title_en=f"Story {n}")
    html = soup(client.get("/en/"))
    titles = [a.get_text(strip=True) for a in html.select(".news-list .card__title a")]
    assert titles == ["Story 4", "Story 3", "Story 2"]


def test_unknown_language_prefix_and_root_redirect(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9,en;q=0.8")
    assert response.status_code == 302 and response["Location"] == "/ru/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,fr;q=0.9")
    assert response["Location"] == "/az/"
    response = client.get("/")
    assert response["Location"] == "/az/"
