"""Autocomplete: titles in the reader's language, matched however they are typed."""

import pytest

from tests.factories import StandardPageFactory


@pytest.fixture
def pages(home):
    for page in (
        StandardPageFactory(parent=home, title_az="Sumqayıt regional idarəsi", title_ru="Сумгаитское управление"),
        StandardPageFactory(parent=home, title_az="Şəki regional idarəsi", title_en="Sheki office"),
        StandardPageFactory(parent=home, title_az="Vətəndaşlıq", title_en="Citizenship"),
    ):
        page.save_revision().publish()


@pytest.mark.parametrize(
    ("lang", "typed", "titles"),
    [
        ("az", "sumq", ["Sumqayıt regional idarəsi"]),
        ("az", "SUMQ", ["Sumqayıt regional idarəsi"]),
        ("az", "seki", ["Şəki regional idarəsi"]),
        ("az", "regional", ["Sumqayıt regional idarəsi", "Şəki regional idarəsi"]),
        ("az", "veten", ["Vətəndaşlıq"]),
        ("en", "citi", ["Citizenship"]),
        ("ru", "сумг", ["Сумгаитское управление"]),
        ("az", "s", []),
        ("az", "", []),
    ],
)
def test_suggestions(client, pages, lang, typed, titles):
    response = client.get(f"/{lang}/search/suggest/", {"q": typed})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert [s["title"] for s in data["suggestions"]] == titles
    assert all(s["url"].startswith(f"/{lang}/") for s in data["suggestions"])


def test_suggestions_survive_any_input(client, pages):
    for typed in ("'; DROP TABLE x; --", "%_%", "😀" * 500, "a" * 10_000):
        assert client.get("/az/search/suggest/", {"q": typed}).status_code == 200


def test_restricted_pages_are_not_suggested(client, pages):
    from wagtail.models import Page, PageViewRestriction

    page = Page.objects.get(title_az="Vətəndaşlıq")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get("/az/search/suggest/", {"q": "veten"}).json()["suggestions"] == []
