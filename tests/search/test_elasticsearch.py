"""Elasticsearch 9: the index settings, mappings and queries, checked without a server;
against a live server too when ELASTICSEARCH_URL is set (skipped, and said so, otherwise)."""

import io
import os
import re

import pytest
from django.core.management import call_command

from search.analysis import analyze
from search.models import SearchEntry

ES_URL = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture
def backend():
    from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

    # Building mappings and queries needs no server; nothing here connects.
    return Elasticsearch9SearchBackend({"URLS": [ES_URL or "http://127.0.0.1:9"], "INDEX": "qapi-test"})


def test_search_entry_fields_are_indexed_as_they_come(backend):
    mapping = backend.mapping_class(SearchEntry).get_mapping()["properties"]
    # title and tokens hold our pipeline's tokens: no stemming analyzer may touch them again.
    for name in ("title", "tokens"):
        assert mapping[name]["type"] == "text"
        assert "analyzer" not in mapping[name]  # the index default: the standard analyzer
    assert mapping["title"]["copy_to"] == ["_all_text", "_all_text_boost_3_0"]
    assert mapping["language_filter"]["type"] == "keyword"
    assert mapping["content_type_id_filter"]["type"] == "integer"
    assert mapping["date_filter"]["type"] == "date"


def test_index_settings_define_no_default_analyzer(backend):
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert "default" not in analyzers and "default_search" not in analyzers


def test_compiled_query_carries_the_analyzed_tokens_and_filters(backend):
    tokens = " ".join(analyze("İMMİQRASİYA Sumqayıtda", "az"))
    compiler = backend.query_compiler_class(
        SearchEntry.objects.filter(language="az", content_type_id=7), tokens, operator="and"
    )
    query = compiler.get_query()
    match = query["bool"]["must"]["multi_match"]
    assert match == {"query": "immiqra sumqayit", "operator": "and", "fields": ["_all_text", "_all_text_boost_3_0^3.0"]}
    filters = str(query["bool"]["filter"])
    assert "'language_filter': 'az'" in filters and "'content_type_id_filter': 7" in filters


@pytest.mark.django_db
def test_pipeline_tokens_pass_the_standard_analyzer_unchanged():
    """The standard analyzer splits on non-word characters and lower-cases: a no-op on our tokens."""
    call_command("seed_demo", stdout=io.StringIO())
    entries = list(SearchEntry.objects.all())
    assert len(entries) >= 60
    word = re.compile(r"^[^\W_]+$")
    for entry in entries:
        for token in (entry.title + " " + entry.tokens).split():
            assert word.match(token) and token == token.lower(), (entry, token)


live = pytest.mark.skipif(not ES_URL, reason="ELASTICSEARCH_URL is not set: live Elasticsearch tests skipped")


@live
@pytest.mark.django_db
def test_live_elasticsearch_answers_like_the_database(settings):
    from wagtail.search.backends import get_search_backend

    from search.query import run_search

    call_command("seed_demo", stdout=io.StringIO())
    queries = [("az", "aciq qapi"), ("az", "IMMIQRASIYA"), ("ru", "мигрантов"), ("en", "permits")]
    expected = {q: {h.entry.page_id for h in run_search(q[1], q[0]).hits} for q in queries}

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.elasticsearch9", "URLS": [ES_URL], "INDEX": "qapi-test"}
    }
    backend = get_search_backend()
    backend.reset_index()
    index = backend.get_index_for_model(SearchEntry)
    index.add_model(SearchEntry)
    index.add_items(SearchEntry, list(SearchEntry.objects.all()))
    index.refresh()
    for q in queries:
        assert {h.entry.page_id for h in run_search(q[1], q[0]).hits} == expected[q], q
