"""Translated slugs route per language, and routing cost does not grow with siblings."""

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core import memo
from tests.factories import StandardPageFactory


@pytest.fixture
def about(home):
    return StandardPageFactory(
        parent=home, title_az="Xidmət haqqında", title_en="About the Service", title_ru="О Службе"
    )


def test_each_language_has_its_own_ascii_slug(client, about):
    assert about.url_in("az") == "/az/xidmet-haqqinda/"
    assert about.url_in("en") == "/en/about-the-service/"
    assert about.url_in("ru") == "/ru/o-sluzhbe/"
    for lang in ("az", "en", "ru"):
        assert client.get(about.url_in(lang)).status_code == 200


def test_another_languages_slug_is_not_found(client, about):
    assert client.get("/en/xidmet-haqqinda/").status_code == 404
    assert client.get("/az/about-the-service/").status_code == 404
    assert client.get("/ru/about-the-service/").status_code == 404


def test_untranslated_page_answers_to_its_azerbaijani_slug_in_every_language(client, home):
    page = StandardPageFactory(parent=home, title_az="Hüquqi məlumat")
    for lang in ("az", "en", "ru"):
        assert page.url_in(lang) == f"/{lang}/huquqi-melumat/"
        assert client.get(page.url_in(lang)).status_code == 200


def test_nested_pages_route_through_translated_parents(client, about):
    child = StandardPageFactory(parent=about, title_az="Tarix", title_en="History", title_ru="История")
    assert child.url_in("en") == "/en/about-the-service/history/"
    assert client.get("/en/about-the-service/history/").status_code == 200
    assert client.get("/ru/o-sluzhbe/istoriia/").status_code == 200


def test_unpublished_page_is_not_served(client, home):
    page = StandardPageFactory(parent=home, title_az="Qaralama", live=False)
    assert client.get(page.url_in("az")).status_code == 404


def _cost_of_serving(client, url):
    """(SQL queries, page objects built) to serve ``url``."""
    built = []

    def count(sender, instance, **kwargs):
        built.append(instance)

    post_init.connect(count, sender=Page)
    try:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
    finally:
        post_init.disconnect(count, sender=Page)
    return len(queries), len(built)


def test_routing_cost_does_not_grow_with_the_number_of_siblings(client, home):
    """The library's routing built every sibling; ours asks the database for one."""
    few = StandardPageFactory(parent=home, title_az="Az qardaş", title_en="Few siblings")
    many = StandardPageFactory(parent=home, title_az="Çox qardaş", title_en="Many siblings")
    for n in range(3):
        StandardPageFactory(parent=few, title_az=f"Uşaq {n}", title_en=f"Child {n}")
    for n in range(40):
        StandardPageFactory(parent=many, title_az=f"Uşaq {n}", title_en=f"Child {n}")
    target_few = few.get_children().last().specific
    target_many = many.get_children().last().specific

    for lang in ("az", "en"):
        _cost_of_serving(client, target_few.url_in(lang))  # warm caches
        # The walk down the tree (core.memo keeps its result per content generation: forgotten here)
        memo.forget()
        queries_few, built_few = _cost_of_serving(client, target_few.url_in(lang))
        memo.forget()
        queries_many, built_many = _cost_of_serving(client, target_many.url_in(lang))
        assert queries_many == queries_few
        assert built_many == built_few
        assert built_many < 10
        # and the routes remembered
        _cost_of_serving(client, target_few.url_in(lang))
        assert _cost_of_serving(client, target_few.url_in(lang)) == _cost_of_serving(client, target_many.url_in(lang))
