"""The e-services catalogue: filters by audience and life event, the start button, JSON-LD."""

import json

import pytest
from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def services(make_eservice):
    return {
        "stay": make_eservice(
            title_az="Olduğu yer üzrə qeydiyyat",
            title_en="Registration at place of stay",
            title_ru="Регистрация по месту пребывания",
            life_event="arriving",
            for_citizen=True,
            for_foreigner=True,
            for_stateless=True,
            fee_en="Free",
            duration_en="1 working day",
            legal_basis_en="Migration Code, Article 52",
            documents_en="<ul><li>a copy of your passport</li></ul>",
            offered_in_en=True,
            offered_in_ru=True,
            portal_url="https://portal.example/services/place-of-stay",
        ),
        "work": make_eservice(
            title_az="İş icazəsi",
            title_en="Work permit",
            title_ru="Разрешение на работу",
            life_event="working",
            for_foreigner=False,
            for_stateless=False,
            for_employer=True,
        ),
    }


def titles(response):
    return [a.get_text() for a in soup(response).select(".cards .card__title a")]


def test_filter_by_audience_and_life_event(client, services, eservice_index):
    url = eservice_index.url_in("en")
    assert titles(client.get(url)) == ["Registration at place of stay", "Work permit"]
    assert titles(client.get(url, {"audience": "employer"})) == ["Work permit"]
    assert titles(client.get(url, {"audience": "foreigner"})) == ["Registration at place of stay"]
    assert titles(client.get(url, {"event": "working"})) == ["Work permit"]
    assert titles(client.get(url, {"audience": "employer", "event": "arriving"})) == []
    assert (
        "No e-services match these filters."
        in client.get(url, {"audience": "employer", "event": "arriving"}).content.decode()
    )


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("az", "“martian” seçimlərdən biri deyil"),
        ("en", "“martian” is not one of the choices, so it is ignored."),
        ("ru", "«martian»"),
    ],
)
def test_a_made_up_filter_is_explained_in_the_readers_language(client, services, eservice_index, lang, message):
    response = client.get(eservice_index.url_in(lang), {"audience": "martian"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert len(titles(response)) == 2


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_service_page_says_who_what_and_starts_on_the_portal(client, services, lang):
    page = services["stay"]
    html = soup(client.get(page.url_in(lang)))
    start = html.select_one("a.button--start")
    assert start["href"] == "https://portal.example/services/place-of-stay"
    assert "external" in start["rel"]
    note = " ".join(start.find_next_sibling().get_text().split())
    assert "portal.example" in note  # the reader is told where the button goes
    text = " ".join(html.get_text(" ").split())
    assert {"az": "Əcnəbilər", "en": "Foreigners", "ru": "Иностранцы"}[lang] in text
    assert {"az": "İngiliscə", "en": "English", "ru": "Английский"}[lang] in text


def test_service_json_ld_is_a_government_service(client, services):
    html = soup(client.get(services["stay"].url_in("en")))
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Registration at place of stay"
    assert data["availableChannel"]["serviceUrl"] == "https://portal.example/services/place-of-stay"
    assert data["availableChannel"]["availableLanguage"] == ["az", "en", "ru"]
    assert {a["audienceType"] for a in data["audience"]} == {
        "Citizens of Azerbaijan",
        "Foreigners",
        "Stateless persons",
    }


def test_eservices_are_searchable_in_each_language(services):
    from search.query import run_search

    for query, lang, title in (
        ("qeydiyyat", "az", "Olduğu yer üzrə qeydiyyat"),
        ("work permit", "en", "Work permit"),
        ("разрешение на работу", "ru", "Разрешение на работу"),
    ):
        assert title in [hit.entry.display_title for hit in run_search(query, lang).hits], (query, lang)
