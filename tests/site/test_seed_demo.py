"""``manage.py seed_demo``: a full trilingual demo site, and a second run changes nothing."""

import io

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.management import call_command
from django.test import Client

from core.demo import discover
from news.models import NewsArticlePage
from tests.shared_db import per_module


def snapshot():
    """Every row of every table the project, Wagtail and Django manage."""
    state = {}
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        state[model._meta.label] = list(model._base_manager.order_by("pk").values())
    return state


def _first_run():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


# The first run, on the empty database, once for the module (tests/shared_db.py): each test
# starts from its database (what a test changes is undone) and reads its output.
first_run = per_module("first_run", _first_run)


@pytest.mark.django_db
def test_seed_demo_twice_leaves_the_same_database(first_run):
    before = snapshot()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert snapshot() == before
    assert "0 objects created" in out.getvalue()


@pytest.mark.django_db
def test_demo_site_is_served_in_three_languages(first_run):
    client = Client()
    articles = NewsArticlePage.objects.live()
    assert articles.count() >= 12
    for article in articles:
        titles = [article.title_az, article.title_en, article.title_ru]
        # Every article has a title in each language, and a translation, not a copy:
        # the three differ (none of the demo's titles is a name that reads the same).
        assert all(title and title.strip() for title in titles), titles
        assert len(set(titles)) == 3, titles
    sumgayit = articles.get(slug_en="open-door-day-held-in-sumgayit")
    for lang, words in {"az": "Sumqayıt", "en": "Sumgayit", "ru": "Сумгаит"}.items():
        response = client.get(sumgayit.url_in(lang))
        assert response.status_code == 200
        assert words in BeautifulSoup(response.content, "html.parser").h1.get_text()

    for lang, number in {"az": "66\xa0828", "en": "66,828", "ru": "66\xa0828"}.items():
        home = BeautifulSoup(client.get(f"/{lang}/").content, "html.parser")
        assert number in [n.get_text() for n in home.select(".stats__number")]
        assert len(home.select(".news-list li")) == 3
        menu = [a.get_text(strip=True) for a in home.select(".main-nav__list a")]
        assert {"az": "Tədbirlər", "en": "Events", "ru": "Мероприятия"}[lang] in menu, menu
        assert "(012) 919" in home.select_one(".site-footer").get_text()

    stats = BeautifulSoup(client.get("/en/statistics/").content, "html.parser")
    assert [s.h2.get_text() for s in stats.select(".stats")] == [
        "Nine months in figures",
        "17,076 decisions on violations",
    ]
    assert client.get("/en/news/").status_code == 200


@pytest.mark.django_db
def test_seed_demo_reports_each_step_after_the_steps_it_requires(first_run):
    lines = first_run.splitlines()
    steps = discover()
    names = [step.name for step in steps]
    # Every app brings its own step; core only runs them.
    assert {"admin", "home", "standard", "news", "home.services", "navigation"} <= set(names)
    counts = dict(line.removesuffix(" created").split(": ") for line in lines if line.endswith(" created"))
    assert list(counts) == names
    for step in steps:
        assert all(names.index(required) < names.index(step.name) for required in step.requires), step
    assert counts["home"] == "2"  # the hero image and the home page
    assert lines[-1] == f"Demo content ready ({sum(map(int, counts.values()))} objects created)."
