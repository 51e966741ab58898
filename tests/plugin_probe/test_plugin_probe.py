"""A new module plugs in by declaring things from its own code (tests/plugin_probe/)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import override_settings

from search.models import SearchEntry
from search.query import run_search, suggest
from tests.plugin_probe.factories import ProbeIndexPageFactory, ProbePlaceFactory
from tests.plugin_probe.models import ProbeIndexPage, ProbePlace
from tests.project import page_factories, project_page_types

NAMES = {"az": "Biləsuvar məntəqəsi", "en": "Bilasuvar checkpoint", "ru": "Пункт Билясувар"}


@pytest.fixture
def index(home):
    page = ProbeIndexPageFactory(parent=home, title_en="Places", title_ru="Места")
    page.save_revision().publish()
    return page


def place(**extra):
    return ProbePlaceFactory(
        name_az=NAMES["az"], name_en=NAMES["en"], name_ru=NAMES["ru"], description_en="On the southern border", **extra
    )


def test_the_meta_tests_find_the_module_by_themselves():
    assert ProbeIndexPage in project_page_types()
    assert ProbeIndexPage in page_factories()


@pytest.mark.django_db
def test_a_declared_snippet_is_searchable_in_each_language_it_exists_in(client, index):
    probe = place()
    for lang, words in {"az": "bilesuvar", "en": "southern", "ru": "билясувар"}.items():
        html = BeautifulSoup(client.get(f"/{lang}/search/", {"q": words}).content, "html.parser")
        links = [(a.get_text(strip=True), a["href"]) for a in html.select(".search-results h2 a, .search-result a")]
        assert (NAMES[lang], f"{index.url_in(lang)}#place-{probe.pk}") in links, (lang, links)
    assert [s["title"] for s in suggest("bile", "az")] == [NAMES["az"]]


@pytest.mark.django_db
def test_editing_or_deleting_the_snippet_updates_search_at_once(index):
    probe = place()
    probe.name_en = "Horadiz checkpoint"
    probe.save()
    assert [h.entry.display_title for h in run_search("horadiz", "en").hits] == ["Horadiz checkpoint"]
    assert run_search("bilasuvar", "en").hits == []
    probe.delete()
    assert not SearchEntry.objects.filter(object_id=probe.pk, language="en", display_title__contains="Horadiz")
    assert run_search("horadiz", "en").hits == []


@pytest.mark.django_db
def test_a_snippet_with_no_page_to_show_it_is_not_indexed(home):
    place()
    assert not ProbeIndexPage.objects.exists()
    assert SearchEntry.objects.filter(content_type__model="probeplace").count() == 0


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
def test_saving_the_snippet_empties_the_page_cache(client, index):
    probe = place()
    url = index.url_in("en")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    probe.name_en = "Renamed checkpoint"
    probe.save()
    response = client.get(url)
    assert not response.has_header("X-Page-Cache")
    assert "Renamed checkpoint" in response.content.decode()


@pytest.mark.django_db
def test_seed_demo_runs_the_module_step_after_what_it_requires():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    lines = [line.split(":")[0] for line in out.getvalue().splitlines()]
    assert lines.index("home") < lines.index("plugin_probe")
    assert ProbePlace.objects.get().name_ru == "Пункт Астара"
    assert ProbeIndexPage.objects.live().get().title_en == "Probe places"
