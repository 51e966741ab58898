"""The search engine behind Wagtail's backend: which kind it is, how to reach its client,
and which errors mean it is down.

Qapı runs on Wagtail's database backend (SQLite FTS5, PostgreSQL full text) or on a
search engine: OpenSearch 2 (``OPENSEARCH_URL``) or Elasticsearch 9
(``ELASTICSEARCH_URL``), through Wagtail's own backends (settings, docs/search.md).
"""

import importlib.metadata
import importlib.util
import sys

from wagtail.search.backends import get_search_backend


def import_opensearch_client() -> bool:
    """Import opensearch-py, whose metrics import the PyPI package ``Events`` as
    ``events``: a name this project's ``events`` app holds. The client is imported once
    with the package in that place, then the app is put back. False when the client is
    not installed."""
    if "opensearchpy" in sys.modules:
        return True
    if importlib.util.find_spec("opensearchpy") is None:
        return False
    saved = sys.modules.get("events")
    path = importlib.metadata.distribution("Events").locate_file("events/__init__.py")
    try:
        spec = importlib.util.spec_from_file_location("events", path, submodule_search_locations=[str(path.parent)])
        package = importlib.util.module_from_spec(spec)
        sys.modules["events"] = package
        spec.loader.exec_module(package)
        import opensearchpy  # noqa: F401
    finally:
        for name in [name for name in sys.modules if name.startswith("events.") and name.count(".") == 1]:
            if getattr(sys.modules[name], "__file__", "").startswith(str(path.parent)):
                del sys.modules[name]
        if saved is not None:
            sys.modules["events"] = saved
        else:
            sys.modules.pop("events", None)
    return True


def is_engine(backend=None) -> bool:
    """Whether search runs on OpenSearch or Elasticsearch (not on the database)."""
    backend = backend or get_search_backend()
    return hasattr(backend, "es")


def engine_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that say the engine cannot answer (down, unreachable, timing out,
    refusing): the search page then says search is unavailable (docs/search.md)."""
    errors: list[type[BaseException]] = []
    if "opensearchpy" in sys.modules:
        from opensearchpy.exceptions import ImproperlyConfigured as OSConfig
        from opensearchpy.exceptions import TransportError as OSTransportError

        errors += [OSTransportError, OSConfig]
    if importlib.util.find_spec("elasticsearch") is not None:
        from elastic_transport import TransportError as ESTransportError
        from elasticsearch import ApiError

        errors += [ESTransportError, ApiError]
    return tuple(errors)
