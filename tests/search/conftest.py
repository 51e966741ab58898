"""The search suite on the configured database (SQLite, PostgreSQL), and live on
OpenSearch when ``QAPI_SEARCH_ENGINE=opensearch`` (``make test-opensearch``).

On OpenSearch, one node serves the session (``OPENSEARCH_URL`` when set, else one
started from ``tools/opensearch-node``); every test starts with empty indices, since the
database is rolled back after each test and the engine is not.
"""

import os

import pytest

ENGINE = os.environ.get("QAPI_SEARCH_ENGINE", "")
INDEX_PREFIX = "qapitest_"


def engine_settings(url, prefix=INDEX_PREFIX):
    return {
        "default": {
            "BACKEND": "tests.search.engine_node",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 30,
            "OPTIONS": {"max_retries": 0},
        }
    }


def create_indices(backend):
    """Every index Wagtail would fill, created empty with its mappings (as update_index does)."""
    from wagtail.search.index import get_indexed_models

    backend.es.indices.delete(index=f"{backend.index_prefix}*")
    done = set()
    for model in get_indexed_models():
        index = backend.get_index_for_model(model)
        if index.name not in done:
            index.put()
            done.add(index.name)
        index.add_model(model)


def empty_indices(backend):
    """Each test starts on empty indices. The index readers search is made anew: deleted
    documents would still count in BM25's statistics (document frequencies, mean length)
    and skew the next test's ranking. The others are emptied document by document
    (delete-by-query is a module the node does not load; a test leaves a few hundred)."""
    from search.models import SearchEntry

    entries = backend.get_index_for_model(SearchEntry)
    entries.reset()
    entries.add_model(SearchEntry)
    pattern = f"{backend.index_prefix}*,-{entries.name}"
    found = backend.es.search(index=pattern, body={"query": {"match_all": {}}, "size": 10000, "_source": False})
    actions = [{"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in found["hits"]["hits"]]
    if actions:
        backend.es.bulk(body=actions, params={"refresh": "true"})


@pytest.fixture(scope="session")
def engine_url():
    """The live engine's URL for this session, or None on the database."""
    if ENGINE != "opensearch":
        yield None
        return
    if os.environ.get("OPENSEARCH_URL"):
        yield os.environ["OPENSEARCH_URL"]
        return
    from tests.search.engine_node import EngineNode

    node = EngineNode.start()
    try:
        yield node.url
    finally:
        node.stop()


@pytest.fixture(scope="session", autouse=True)
def _search_engine(engine_url, django_db_setup, django_db_blocker):
    if engine_url is None:
        yield
        return
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    saved = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(engine_url)
    create_indices(get_search_backend())
    try:
        yield
    finally:
        settings.WAGTAILSEARCH_BACKENDS = saved


@pytest.fixture(autouse=True)
def _empty_engine(_search_engine, engine_url):
    """Each test starts with empty indices on the engine (the database starts empty too)."""
    if engine_url is not None:
        from wagtail.search.backends import get_search_backend

        empty_indices(get_search_backend())
    yield
