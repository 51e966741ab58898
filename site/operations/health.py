"""Readiness for a load balancer: ``/readyz/`` answers 200 when the database, the cache and
the search engine answer, 503 otherwise (liveness is ``/healthz/``: the process serves).

The answer names each check and ``ok`` or ``unavailable``, never an error's text (which
could carry a host name or a password from a URL); the log gets the exception's type.
"""

import logging
import time
import uuid

from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_database():
    for alias in connections:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone()[0] == 1


def check_cache():
    cache = caches["default"]
    key, value = f"qapi:readyz:{uuid.uuid4().hex}", "1"
    cache.set(key, value, 10)
    assert cache.get(key) == value
    cache.delete(key)


def check_search():
    """One query through Wagtail's configured backend: the database's index tables, or the
    search node (Elasticsearch, OpenSearch) and its index."""
    backend = get_search_backend()
    list(backend.search("qapi", Page.objects.all())[:1])


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


@never_cache
@require_GET
def readyz(request):
    results, ready = {}, True
    started = time.monotonic()
    for name, check in CHECKS.items():
        try:
            check()
            results[name] = "ok"
        except Exception as exc:  # noqa: BLE001 (any failure means not ready)
            ready = False
            results[name] = "unavailable"
            logger.error("readiness check %s failed: %s", name, type(exc).__name__)
    body = {
        "status": "ready" if ready else "unavailable",
        "checks": results,
        "duration_ms": round((time.monotonic() - started) * 1000, 1),
    }
    return JsonResponse(body, status=200 if ready else 503)
