"""A word that many pages hold: the database ranks and counts a bounded set of candidates
(the newest matches and the newest title matches, ``SEARCH_RANKED_CANDIDATES`` each),
and the page says "at least" (search.ranking.SqlPlan). OpenSearch ranks every match."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, StandardPageFactory
from tests.search.conftest import ENGINE

WORDS = {
    # reader's language: (query, title of the page with the word in its title, its words elsewhere)
    "az": ("zirvə", "Zirvə görüşü", "Zirvə haqqında qeyd", "Qeyd"),
    "en": ("summit", "Summit meeting", "A note on the summit", "Note"),
    "ru": ("вершина", "Встреча на вершине", "Заметка о вершине", "Заметка"),
}
AT_LEAST = {
    "az": "“{query}” üzrə ən azı {n} nəticə. Axtarışı daraltmaq üçün bir söz əlavə edin.",
    "en": "At least {n} results for “{query}”. Add a word to narrow the search.",
    "ru": "Не менее {n} результатов по запросу «{query}». Добавьте слово, чтобы сузить поиск.",
}
EXACT = {
    "az": "“{query}” üzrə {n} nəticə",
    "en": "{n} results for “{query}”",
    "ru": "{n} результатов по запросу «{query}»",
}


@pytest.fixture
def summit_pages(home):
    """The page with the word in its title first (the oldest in the index), then five
    pages with the word in their introduction only."""
    titled = StandardPageFactory(
        parent=home,
        title_az=WORDS["az"][1],
        title_en=WORDS["en"][1],
        title_ru=WORDS["ru"][1],
        intro_az="Görüşün proqramı.",
        intro_en="The programme of the meeting.",
        intro_ru="Программа встречи.",
    )
    titled.save_revision().publish()
    for n in range(5):
        page = StandardPageFactory(
            parent=home,
            **{f"title_{lang}": f"{WORDS[lang][3]} {n}" for lang in WORDS},
            **{f"intro_{lang}": f"{WORDS[lang][2]} {n}." for lang in WORDS},
        )
        page.save_revision().publish()


def search_page(client, lang, query, **params):
    response = client.get(f"/{lang}/search/", {"q": query, **params})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text() for a in html.select(".search-result__title a")]
    facets = [a.get_text(strip=True) for a in html.select(".facets a")]
    return html.select_one(".result-count").get_text(strip=True), titles, facets


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_every_match_counted_while_they_are_fewer_than_the_bound(client, summit_pages, lang):
    query, titled, _intro, _title = WORDS[lang]
    count, titles, facets = search_page(client, lang, query)
    assert count == EXACT[lang].format(query=query, n=6)
    assert titles[0] == titled and len(titles) == 6
    assert not any(facet.endswith("+)") for facet in facets)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_past_the_bound_the_newest_and_the_title_matches_are_ranked_and_counts_say_at_least(
    client, summit_pages, settings, lang
):
    settings.SEARCH_RANKED_CANDIDATES = 3
    query, titled, intro, title = WORDS[lang]
    count, titles, facets = search_page(client, lang, query)
    # The page with the word in its title is the oldest, outside the newest matches: it
    # is still found, and first.
    assert titles[0] == titled
    if ENGINE == "opensearch":  # the engine ranks and counts every match
        assert count == EXACT[lang].format(query=query, n=6)
        assert len(titles) == 6
        return
    # The newest 3 + 1 matches and the title match: five of the six (not the oldest page
    # without the word in its title), and the page says so.
    assert count == AT_LEAST[lang].format(query=query, n=5)
    assert sorted(titles[1:]) == [f"{title} {n}" for n in (1, 2, 3, 4)]
    assert facets and all(facet.endswith("5+)") for facet in facets)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_a_date_range_takes_the_newest_matches_of_that_range(client, home, settings, lang):
    """Past the bound, the year asked is searched as such: its pages are found even when
    newer pages hold the word (the candidates are the newest matches within the dates)."""
    settings.SEARCH_RANKED_CANDIDATES = 3
    index = NewsIndexPageFactory(parent=home)
    index.save_revision().publish()
    for year, n in [(2015, 0), (2015, 1), *((2020, n) for n in range(2, 8))]:
        article = NewsArticlePageFactory(
            parent=index,
            date=datetime.date(year, 5, 1),
            **{f"title_{code}": f"{WORDS[code][3]} {n}" for code in WORDS},
            **{f"intro_{code}": f"{WORDS[code][2]} {n}." for code in WORDS},
        )
        article.save_revision().publish()
    query, _titled, _intro, title = WORDS[lang]
    count, titles, _facets = search_page(client, lang, query, date_from="2015-01-01", date_to="2015-12-31")
    assert sorted(titles) == [f"{title} 0", f"{title} 1"]
    assert count == EXACT[lang].format(query=query, n=2).replace(" результатов ", " результата ")
    if ENGINE != "opensearch":
        count, titles, _facets = search_page(client, lang, query)
        assert count == AT_LEAST[lang].format(query=query, n=4)  # the newest 3 + 1, all of 2020
        assert sorted(titles) == [f"{title} {n}" for n in (4, 5, 6, 7)]


def test_docs_give_the_bound_the_code_uses():
    from pathlib import Path

    from search.ranking import RANKED_CANDIDATES

    docs = (Path(__file__).resolve().parents[2] / "docs" / "search.md").read_text()
    assert f"`SEARCH_RANKED_CANDIDATES`, default {RANKED_CANDIDATES:,}" in docs
    assert f"newest {RANKED_CANDIDATES:,}" in docs
