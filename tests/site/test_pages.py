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


HOME_BLOCKS = {
    # lang: services heading, service card (title, description), news heading, statistics heading,
    #       figure labels, the figures as the reader sees them
    "az": (
        "Xidmətlər",
        ("İş icazəsi", "Əcnəbilər üçün."),
        "Son xəbərlər",
        "Doqquz ay rəqəmlərlə",
        ["Qeydiyyat", "Müraciətlər"],
        ["633\xa0827", "66\xa0828"],
    ),
    "en": (
        "Services",
        ("Work permit", "For foreigners."),
        "Latest news",
        "Nine months in figures",
        ["Registrations", "Applications"],
        ["633,827", "66,828"],
    ),
    "ru": (
        "Услуги",
        ("Разрешение на работу", "Для иностранцев."),
        "Последние новости",
        "Девять месяцев в цифрах",
        ["Регистрации", "Обращения"],
        ["633\xa0827", "66\xa0828"],
    ),
}


def test_home_page_shows_latest_news_services_and_statistics(client, home):
    index = NewsIndexPageFactory(parent=home)
    for n in range(5):
        NewsArticlePageFactory(parent=index, title_az=f"Xəbər {n}", title_en=f"Story {n}", title_ru=f"Новость {n}")
    permit = StandardPageFactory(
        parent=home, title_az="İş icazəsi", title_en="Work permit", title_ru="Разрешение на работу"
    )
    # Editors fill the home page's StreamFields in each language.
    for lang, (_services, (title, description), _news, heading, labels, _numbers) in HOME_BLOCKS.items():
        setattr(home, f"services_{lang}", [("service", {"title": title, "description": description, "page": permit})])
        figures = [{"label": label, "value": value} for label, value in zip(labels, (633827, 66828), strict=True)]
        statistics = {"heading": heading, "period": "2017", "source": "DMX", "figures": figures, "show_chart": True}
        setattr(home, f"key_statistics_{lang}", [("statistics", statistics)])
    home.save()

    for lang, (services, card, news, heading, labels, numbers) in HOME_BLOCKS.items():
        html = soup(client.get(home.url_in(lang)))
        assert html.select_one("#services-heading").get_text() == services
        assert [
            (a.select_one(".service-card__title").get_text(), a.select_one(".service-card__text").get_text(), a["href"])
            for a in html.select("a.service-card")
        ] == [(*card, permit.url_in(lang))]
        assert html.select_one("#news-heading").get_text() == news
        titles = [a.get_text(strip=True) for a in html.select(".news-list .card__title a")]
        story = {"az": "Xəbər", "en": "Story", "ru": "Новость"}[lang]
        assert titles == [f"{story} 4", f"{story} 3", f"{story} 2"]
        stats = html.select_one("section.stats")
        assert stats.h2.get_text() == heading
        assert [li.select_one(".stats__label").get_text() for li in stats.select(".stats__figures li")] == labels
        assert [n.get_text() for n in stats.select(".stats__number")] == numbers


def test_unknown_language_prefix_and_root_redirect(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9,en;q=0.8")
    assert response.status_code == 302 and response["Location"] == "/ru/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,fr;q=0.9")
    assert response["Location"] == "/az/"
    response = client.get("/")
    assert response["Location"] == "/az/"
    # A prefix that is not one of the site's languages is read as a path in Azerbaijani: not found.
    response = client.get("/de/")
    assert response.status_code == 302 and response["Location"] == "/az/de/"
    assert client.get("/az/de/").status_code == 404
