"""What every page reads and rarely changes, computed once per content generation (issue 13).

The page cache's generation number (``core.page_cache``) moves whenever anything
readers see is saved, in every process that shares the cache. What every page needs
and only an edit can change — the site, its settings, the menus, the feed links, the
route from a URL to its page, whether any page is restricted — is kept here, in the
process's memory, under the generation the request started with. A request that sees
a newer generation drops the lot; one that started under an older one (a change
committed while it ran) computes its own and keeps nothing.

Why keyed by the generation a request *starts* with is enough: a change bumps the
generation when it is saved and again when it commits (``page_cache.invalidate``), so
whatever a request read between the two (the old rows) is filed under a generation
that is dead once the change is visible.

Local memory is used only where the generation is shared: with a process-local cache
(development without ``REDIS_URL``, production without Redis and with the page cache
off), each process would have its own generation, and an edit made by another process
(a worker, ``seed_demo``, ``publish_scheduled``) would leave its memos as they were;
there, nothing is memoised. ``CONTENT_MEMO = True`` forces it on (``tests/conftest.py``:
the tests run in one process, each with an empty memo).
"""

import copy
import sys
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

from . import page_cache

# Routes kept per generation and process (URLs readers ask for, not every page).
MAX_ROUTES = 5000
# Pages kept (``page_for``), least recently used dropped first.
MAX_PAGES = 1000

_lock = threading.Lock()
_local = threading.local()  # the request being served, for code that has none at hand (models)
_generation = None
_values: dict = {}
_routes = 0
# Rendered fragments of this generation, least recently used first (``fragment``).
_fragments: OrderedDict = OrderedDict()
_fragment_bytes = 0
_pages: OrderedDict = OrderedDict()


def enabled() -> bool:
    forced = getattr(settings, "CONTENT_MEMO", None)
    if forced is not None:
        return forced
    backend = settings.CACHES[settings.CACHE_MIDDLEWARE_ALIAS]["BACKEND"]
    return backend not in page_cache.PROCESS_LOCAL_BACKENDS


def fragments_enabled() -> bool:
    """Rendered fragments and page objects kept too (``CONTENT_FRAGMENTS = False`` keeps only the rest)."""
    return enabled() and getattr(settings, "CONTENT_FRAGMENTS", True)


def request_generation(request) -> int:
    """The generation ``request`` started with (read once per request)."""
    gen = getattr(request, "_page_cache_generation", None)
    if gen is None:
        gen = getattr(request, "_memo_generation", None)
        if gen is None:
            gen = request._memo_generation = page_cache.generation()
    return gen


def forget() -> None:
    """Drop everything kept (tests; a process that must start afresh)."""
    global _generation
    with _lock:
        _generation = None
        _drop_all()


def _drop_all() -> None:
    global _routes, _fragment_bytes
    _routes = _fragment_bytes = 0
    _values.clear()
    _fragments.clear()
    _pages.clear()


def _enter(gen) -> None:
    """Under ``_lock``: a request of a newer generation drops what the older one kept."""
    global _generation
    if _generation is None or gen > _generation:
        _generation = gen
        _drop_all()


def per_generation(request, key, compute, *, route=False):
    """``compute()``, once per content generation in this process, for ``key``."""
    global _routes
    request = request if request is not None else getattr(_local, "request", None)
    if request is None or not enabled():
        return compute()
    gen = request_generation(request)
    with _lock:
        _enter(gen)
        if gen == _generation and key in _values:
            return _values[key]
    value = compute()
    with _lock:
        if gen == _generation and (not route or _routes < MAX_ROUTES):
            _values[key] = value
            _routes += route
    return value


def fragment(request, key, render) -> str:
    """Markup from ``render()``, kept for the generation under ``key`` (the template tags
    ``generation_fragment`` and ``page_fragment``).

    Bounded by ``CONTENT_FRAGMENT_BYTES`` per process (32 MB unless set): past it, the
    fragments used longest ago are dropped. Never for a preview (it shows a draft).
    """
    global _fragment_bytes
    request = request if request is not None else getattr(_local, "request", None)
    if request is None or getattr(request, "is_preview", False) or not fragments_enabled():
        return render()
    gen = request_generation(request)
    with _lock:
        _enter(gen)
        if gen == _generation:
            hit = _fragments.get(key)
            if hit is not None:
                _fragments.move_to_end(key)
                return hit
    value = render()
    size = sys.getsizeof(value)
    budget = getattr(settings, "CONTENT_FRAGMENT_BYTES", 32 * 1024 * 1024)
    with _lock:
        if gen == _generation and key not in _fragments and size <= budget:
            _fragments[key] = value
            _fragment_bytes += size
            while _fragment_bytes > budget:
                _, dropped = _fragments.popitem(last=False)
                _fragment_bytes -= sys.getsizeof(dropped)
    return value


# --- what every public request reads ---------------------------------------------------------


def site_for(request):
    """Wagtail's site for the request, set where Wagtail looks for it (``request._wagtail_site``)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    if not hasattr(request, "_wagtail_site"):
        host = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = per_generation(
            request, ("site", host, request.get_port()), lambda: Site._find_for_request(request)
        )
    return request._wagtail_site


def prime_settings(request, site) -> None:
    """Every registered settings model's instance for the site, where ``for_request`` looks for it."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry

    for model in registry:
        attr = model.get_cache_attr_name()
        if hasattr(request, attr):
            continue
        if issubclass(model, BaseSiteSetting):
            if site is None:
                continue
            stored = per_generation(request, ("settings", model, site.pk), lambda m=model: m.for_site(site))
        else:
            stored = per_generation(request, ("settings", model), lambda m=model: m.load())
        instance = copy.copy(stored)  # its own request and page-URL cache (URLs differ by language)
        instance._request = request
        instance._page_url_cache = {}
        setattr(request, attr, instance)


def prime(request) -> None:
    """Before a public page's view: the site and its settings from memory."""
    _local.request = request
    prime_settings(request, site_for(request))


def release(request) -> None:
    """After the response: forget the request being served."""
    if getattr(_local, "request", None) is request:
        _local.request = None


def prime_route(request, path: str) -> None:
    """Before Wagtail's ``serve``: the page for ``path`` (one query) instead of walking the tree.

    The walk (one query per URL segment, and another for each page's own type) runs
    once per generation; later requests load the page found by its type and id. A
    RoutablePage's sub-route is kept by its view's name and arguments.
    """
    from wagtail.models import Page
    from wagtail.url_routing import RouteResult

    from .i18n import current_language

    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = site_for(request)
    if site is None:
        return

    def walk():
        result = Page.route_for_request(request, path)
        if not isinstance(result, RouteResult):
            return None
        page, args, kwargs = result
        _keep_page(request_generation(request), copy.copy(page))  # before this request changes it
        view = None
        if args:
            if len(args) != 3 or not callable(args[0]) or getattr(args[0], "__self__", None) is not page:
                return None  # a route this shortcut does not know how to repeat
            view = (args[0].__name__, tuple(args[1]), dict(args[2]))
        elif kwargs:
            return None
        return (type(page), page.pk, view)

    found = per_generation(request, ("route", site.pk, current_language(), path), walk, route=True)
    if found is None or hasattr(request, "_wagtail_route_for_request"):
        return  # not kept (the walk above has routed this request) or nothing to find
    model, pk, view = found
    page = page_for(request, model, pk)
    if page is None:
        return  # Wagtail routes it the long way
    if view:
        name, args, kwargs = view
        request._wagtail_route_for_request = RouteResult(page, args=(getattr(page, name), args, kwargs))
    else:
        request._wagtail_route_for_request = RouteResult(page)


def page_for(request, model, pk):
    """The page ``pk`` of type ``model``, loaded once per generation; each request gets its own copy.

    At most ``MAX_PAGES`` are kept per process, the ones used longest ago dropped first.
    The copy (``Model.__reduce__``: its own ``_state`` and relation caches) is what the
    request may change; what it shares with other requests (its StreamField values)
    is only read.
    """
    request = request if request is not None else getattr(_local, "request", None)
    if request is None or not fragments_enabled():
        return model.objects.filter(pk=pk).first()
    gen = request_generation(request)
    key = (model, pk)
    with _lock:
        _enter(gen)
        page = _pages.get(key) if gen == _generation else None
        if page is not None:
            _pages.move_to_end(key)
    if page is None:
        page = model.objects.filter(pk=pk).first()
        if page is None:
            return None
        _keep_page(gen, page)
    return copy.copy(page)


def _keep_page(gen, page) -> None:
    if not fragments_enabled():
        return
    with _lock:
        if gen == _generation:
            _pages[(type(page), page.pk)] = page
            while len(_pages) > MAX_PAGES:
                _pages.popitem(last=False)


def any_view_restriction(request=None) -> bool:
    """Does any page have a view restriction? (None do on most sites: no query per page then.)"""
    from wagtail.models import PageViewRestriction

    return per_generation(request, ("any-view-restriction",), PageViewRestriction.objects.exists)


# --- renditions ---------------------------------------------------------------------------


class GenerationCache(BaseCache):
    """A cache backend over this memo, for Wagtail's image renditions (``CACHES["renditions"]``).

    Wagtail looks each rendition up in its cache and writes it back on every use: two
    round trips to Redis per image. A rendition changes only with its image, and every
    image change moves the content generation: so renditions are kept in memory for the
    generation, while a request is served; outside one this cache keeps nothing (Wagtail
    then reads the database).
    """

    def __init__(self, location, params):
        super().__init__(params)

    def _store(self):
        request = getattr(_local, "request", None)
        if request is None or not enabled():
            return None
        return per_generation(request, ("renditions",), dict)

    def get(self, key, default=None, version=None):
        store = self._store()
        return default if store is None else store.get(key, default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        store = self._store()
        if store is not None:
            store[key] = value

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        store = self._store()
        if store is None or key in store:
            return False
        store[key] = value
        return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        store = self._store()
        return store is not None and key in store

    def delete(self, key, version=None):
        with _lock:  # whatever generation: a deleted rendition is gone
            for value in _values.values():
                if isinstance(value, dict) and key in value:
                    del value[key]
        return True

    def has_key(self, key, version=None):
        store = self._store()
        return store is not None and key in store

    def clear(self):
        forget()
