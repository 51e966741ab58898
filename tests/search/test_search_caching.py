"""Search and suggestions are answered afresh, every search is counted, and the query
log cannot be filled by a flood of made-up queries. What docs/search.md says matches."""

import datetime
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils.cache import get_max_age

from search import query as search_query
from search.models import SearchQueryDay
from search.query import MAX_CANDIDATES, QUERY_LOG_DAILY_LIMIT, log_query
from search.views import SUGGESTIONS_MAX_AGE
from tests.factories import StandardPageFactory

DOCS = Path(__file__).resolve().parents[2] / "docs" / "search.md"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pages(home):
    for title_az, title_en in (("Sumqayıt idarəsi", "Sumgayit office"), ("Şəki idarəsi", "Sheki office")):
        StandardPageFactory(parent=home, title_az=title_az, title_en=title_en).save_revision().publish()


def counts():
    return {(row.language, row.query): row.searches for row in SearchQueryDay.objects.all()}


@pytest.mark.parametrize(
    "url",
    ["/az/search/?q=sumqayit", "/en/search/?q=office&sort=date", "/ru/search/?q=x&page=1", "/az/search/"],
)
def test_searches_are_never_served_from_the_page_cache(client, pages, page_cache, url):
    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]


def test_every_search_is_counted_with_the_page_cache_on(client, pages, page_cache):
    for _ in range(2):
        client.get("/az/search/", {"q": "Sumqayıt"})
        client.get("/az/search/", {"q": "sumqayit"})  # the same query, typed otherwise
        client.get("/en/search/", {"q": "office"})
        client.get("/en/search/", {"q": "nowhere"})
    assert counts() == {("az", "sumqayit"): 4, ("en", "office"): 2, ("en", "nowhere"): 2}


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_suggestions_are_not_stored_by_the_server_and_kept_a_minute_by_browsers(client, pages, page_cache, lang):
    for _ in range(2):
        response = client.get(f"/{lang}/search/suggest/", {"q": "sum"})
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert get_max_age(response) == SUGGESTIONS_MAX_AGE == 60


def test_docs_say_what_the_code_does():
    docs = DOCS.read_text()
    assert f"{MAX_CANDIDATES:,} candidates per language, `MAX_CANDIDATES`" in docs
    assert f"max-age={SUGGESTIONS_MAX_AGE}" in docs
    assert f"{QUERY_LOG_DAILY_LIMIT:,}" in docs and "SEARCH_QUERY_LOG_DAILY_LIMIT" in docs


# --- the bound on distinct queries per day ---------------------------------------------------


@pytest.fixture
def limit(settings):
    settings.SEARCH_QUERY_LOG_DAILY_LIMIT = 3
    return 3


@pytest.mark.django_db
def test_at_most_n_distinct_queries_are_stored_per_language_and_day(limit):
    made_up = [f"sorğu {n}" for n in range(10)] + ["😀" * n + "x" for n in range(1, 10)]
    for query in made_up:
        log_query(query, "az", 0)
    assert SearchQueryDay.objects.filter(language="az").count() == limit
    stored = set(SearchQueryDay.objects.values_list("query", flat=True))
    assert stored == {"sorgu 0", "sorgu 1", "sorgu 2"}  # the first ones of the day

    # Past the bound, queries already stored still count; other languages have their own budget.
    for _ in range(5):
        log_query("SORĞU 1", "az", 3)
    log_query("sorgu 0", "az", 0)
    for query in made_up:
        log_query(query, "ru", 1)
    assert counts() == {
        ("az", "sorgu 0"): 2,
        ("az", "sorgu 1"): 6,
        ("az", "sorgu 2"): 1,
        ("ru", "sorgu 0"): 1,
        ("ru", "sorgu 1"): 1,
        ("ru", "sorgu 2"): 1,
    }
    assert SearchQueryDay.objects.get(language="az", query="sorgu 1").searches_without_results == 1


@pytest.mark.django_db
def test_the_bound_starts_again_each_day(limit, monkeypatch):
    today = datetime.date(2017, 10, 25)
    monkeypatch.setattr(search_query.timezone, "localdate", lambda: today)
    for n in range(5):
        log_query(f"q{n}", "en", 1)
    today = datetime.date(2017, 10, 26)
    for n in range(5, 10):
        log_query(f"q{n}", "en", 1)
    days = SearchQueryDay.objects.values_list("day", "query").order_by("day", "query")
    assert [(d.day, q) for d, q in days] == [(25, "q0"), (25, "q1"), (25, "q2"), (26, "q5"), (26, "q6"), (26, "q7")]


def test_the_default_bound_is_five_thousand(settings):
    assert not hasattr(settings, "SEARCH_QUERY_LOG_DAILY_LIMIT") or settings.SEARCH_QUERY_LOG_DAILY_LIMIT == 5000
    assert QUERY_LOG_DAILY_LIMIT == 5000


def test_searches_over_the_bound_still_get_their_results(client, pages, limit):
    for n in range(limit + 2):
        response = client.get("/en/search/", {"q": f"office {n}"})
        assert response.status_code == 200
    assert re.search(r"Sumgayit office", client.get("/en/search/", {"q": "office"}).content.decode())
    assert SearchQueryDay.objects.count() == limit
