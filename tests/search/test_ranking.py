"""Ranking in the engine: the configured backend ranks and counts, and the search page
takes only the ten results it shows (search.ranking)."""

import pytest
from django.db import connection

from search import ranking
from search.query import RankedHits, run_search
from tests.factories import StandardPageFactory
from tests.search.conftest import ENGINE


@pytest.fixture
def many(home):
    for n in range(25):
        StandardPageFactory(
            parent=home, title_az=f"Miqrasiya qaydası {n}", title_en=f"Migration rule {n}", title_ru=f"Правило {n}"
        ).save_revision().publish()


def test_the_backend_ranks_and_only_the_shown_page_is_fetched(client, many, monkeypatch):
    fetched = []
    plans = []
    real_plan_for = ranking.plan_for

    def spy(*args, **kwargs):
        plan = real_plan_for(*args, **kwargs)
        plans.append(plan)
        real_fetch = plan.fetch
        plan.fetch = lambda offset, limit, content_type_id=None: (
            fetched.append((offset, limit)) or real_fetch(offset, limit, content_type_id)
        )
        return plan

    monkeypatch.setattr(ranking, "plan_for", spy)
    response = client.get("/en/search/", {"q": "migration rule", "page": "2"})
    assert response.status_code == 200
    assert "25 results" in response.content.decode()
    if ENGINE == "opensearch":
        assert isinstance(plans[0], ranking.EnginePlan)
    else:
        assert isinstance(plans[0], ranking.SqlPlan) and plans[0].vendor == connection.vendor
    assert fetched == [(10, 10)]  # the second page, nothing else

    outcome = run_search("migration rule", "en")
    assert isinstance(outcome.hits, RankedHits) and len(outcome.hits) == 25
    titles = [hit.entry.display_title for hit in outcome.hits]
    assert len(titles) == len(set(titles)) == 25
    assert outcome.type_counts == {many_type(): 25}


def many_type():
    from django.contrib.contenttypes.models import ContentType

    from standard.models import StandardPage

    return ContentType.objects.get_for_model(StandardPage).pk


def test_a_page_adds_text_to_its_entry_with_get_search_text(client, home, monkeypatch):
    """What the journal does with its articles' PDF text (search/registry.py)."""
    from bs4 import BeautifulSoup

    from standard.models import StandardPage

    texts = {"az": "Zəfəran ixracı", "en": "Saffron exports", "ru": "Экспорт шафрана"}

    def pdf_text(self, language):
        return texts[language]

    monkeypatch.setattr(StandardPage, "get_search_text", pdf_text, raising=False)
    StandardPageFactory(
        parent=home, title_az="Hesabat", title_en="Report", title_ru="Отчёт", intro_en="The yearly report."
    ).save_revision().publish()
    for lang, query, title in [("az", "zeferan", "Hesabat"), ("en", "saffron", "Report"), ("ru", "шафран", "Отчёт")]:
        html = BeautifulSoup(client.get(f"/{lang}/search/", {"q": query}).content, "html.parser")
        assert [a.get_text() for a in html.select(".search-result__title a")] == [title]
        excerpt = html.select_one(".search-result__excerpt")
        assert excerpt is None or texts[lang] not in excerpt.get_text()  # matched, never quoted
