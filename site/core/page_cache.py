"""Whole-page cache for anonymous readers, invalidated whenever content changes.

Every cache key carries a *generation* number kept in the cache itself. Saving or
deleting anything readers see on a page bumps the generation, so every cached
page is stale at once, in every process that shares the cache (Redis in
production). What counts is declared by each app from its own code
(``empties_page_cache`` in its ``AppConfig.ready``): core declares Wagtail's
pages, media, sites, redirects and view restrictions; an app declares its
snippets and settings. Core names no app's models.

The rules, each for a defect once seen (issue 8; ``docs/decisions.md``):

- **A render is stored under the generation its request started with**, and not
  at all when the generation moved while it rendered. The generation moves when
  a change is saved *and again when its transaction commits*: a request that
  started between the two read the old rows, and its render is dropped.
- **Only anonymous readers** are served and stored. A session cookie alone
  proves nothing (anyone can make one up): the fetch asks the session whether it
  belongs to a signed-in user (one indexed query, only for requests that carry
  the cookie); signed-in editors always get a fresh page with their userbar.
  Responses to requests that carry a session, use the CSRF token, set a cookie,
  vary on a header other than ``Cookie``, say ``private``/``no-cache``/
  ``no-store``, or belong to a page with view restrictions are never stored.
- **Keys** are the scheme, host, path and query parameters, with the
  parameters of link trackers (``utm_*``, ``fbclid``…) left out. A response is
  stored only when every other parameter is one its page type declares
  (``page_cache_query_params`` on the page class): made-up parameters never
  create an entry, and a parameter a page forgot to declare costs a render,
  never a wrong page. Made-up values of declared parameters fill at most
  ``MAX_VARIANTS_PER_PAGE`` entries per page and generation.
- **Production refuses a process-local cache** (``PAGE_CACHE_NEEDS_SHARED_CACHE``):
  ``check`` fails (``core.E001``), and should the site start anyway the page
  cache stays off and the log says why.
- **Browsers and CDNs**: public HTML says ``public, max-age=0, must-revalidate``
  (browsers revalidate every time; stored pages carry an ETag, so that costs a
  304), plus ``s-maxage=FRONTEND_CACHE_SECONDS`` when a CDN purge backend is
  configured (``WAGTAILFRONTENDCACHE``); everything else says ``private,
  no-cache``. The CDN is purged, after the commit, of every language's URL of a
  page (and its ancestors, whose listings show it) when it is published,
  unpublished or its view restrictions change.

Why not wagtail-cache: its current release requires Wagtail < 8.
"""

import functools
import hashlib
import json
import logging
import time
import zlib
from urllib.parse import urlencode

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    get_max_age,
    patch_cache_control,
    set_response_etag,
)
from django.utils.deprecation import MiddlewareMixin
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

logger = logging.getLogger(__name__)

GENERATION_KEY = "qapi:page-cache:generation"

# Query parameters no view reads: link trackers. Left out of the key.
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl"}
)

# Entries with query parameters per page and generation: declared parameters with
# made-up values (?page=987654) are rendered, but fill no more than this.
MAX_VARIANTS_PER_PAGE = 50

# Cache backends whose entries live in one process: each gunicorn worker would
# keep its own pages and go on serving them after a change made in another.
PROCESS_LOCAL_BACKENDS = frozenset({"django.core.cache.backends.locmem.LocMemCache"})


def _cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def _new_generation() -> int:
    # From the clock, so a lost generation key (evicted, Redis restarted) never
    # brings back a number whose pages may still be stored.
    return time.time_ns() // 1000


def generation() -> int:
    return _cache().get_or_set(GENERATION_KEY, _new_generation, timeout=None)


def _bump() -> None:
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): start a new generation
        cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def invalidate() -> None:
    """Make every cached page stale, now and again when the current transaction commits.

    The second bump is what keeps a stale page out: a request that started after
    the first one but before the commit read the old rows, and the generation it
    remembered is gone by the time it tries to store its render.
    """
    _bump()
    transaction.on_commit(_bump, robust=True)


# --- configuration ------------------------------------------------------------------


def refusal() -> str:
    """Why the page cache stays off although ``PAGE_CACHE_SECONDS`` asks for it ("" when it runs)."""
    if getattr(settings, "PAGE_CACHE_SECONDS", 0) <= 0:
        return ""
    if not getattr(settings, "PAGE_CACHE_NEEDS_SHARED_CACHE", False):
        return ""
    backend = settings.CACHES[settings.CACHE_MIDDLEWARE_ALIAS]["BACKEND"]
    if backend not in PROCESS_LOCAL_BACKENDS:
        return ""
    return (
        f"PAGE_CACHE_SECONDS is {settings.PAGE_CACHE_SECONDS} but the cache ({backend}) lives in each "
        "process: every worker would keep its own copy of a page and serve it after it is unpublished "
        "or changed. Set REDIS_URL to a Redis all processes share, or PAGE_CACHE_SECONDS=0 to run "
        "without the page cache."
    )


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0 and not refusal()


@checks.register(checks.Tags.caches)
def check_shared_cache(app_configs=None, **kwargs):
    reason = refusal()
    if not reason:
        return []
    return [checks.Error(reason, hint="See README, Configuration.", id="core.E001")]


def _frontend_cache_seconds() -> int | None:
    """``s-maxage`` for public HTML: only when a CDN in front is purged on publish."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return None
    return getattr(settings, "FRONTEND_CACHE_SECONDS", 0)


# --- which requests and responses ------------------------------------------------------


def _under_language_prefix(request) -> bool:
    prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    return request.path_info.startswith(prefixes)


def _is_tracking(name: str) -> bool:
    return name in TRACKING_PARAMETERS or name.startswith("utm_")


def _query_parameters(request) -> set[str]:
    return {name for name in request.GET if not _is_tracking(name)}


def _signed_in(request) -> bool:
    """Does the request come from a signed-in user? Only a real session says so."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is None or user.is_authenticated


def is_cacheable(request) -> bool:
    """May this request be answered from the page cache?"""
    return (
        enabled() and request.method in ("GET", "HEAD") and _under_language_prefix(request) and not _signed_in(request)
    )


def _key(request, gen: int | None, *, query: bool = True) -> str:
    """The key of a URL's entry (``gen`` None: the entry names its generation inside) or of its counters."""
    pairs = sorted((name, value) for name, values in request.GET.lists() if not _is_tracking(name) for value in values)
    url = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(pairs) if query else ''}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    if gen is None:
        return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}pages:{digest}"
    return f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}pages:{gen}:{digest}"


# --- entries: bytes, written once, read in one round trip --------------------------------
#
# An entry is the finished response as bytes: ``QPC1``, the length of a JSON head
# (generation, status, headers), the head, then the body compressed with zlib. It is
# serialised once when stored and never pickled: on Redis it is written and read with
# the client's own SET and MGET, the generation and the entry in one MGET. A hit whose
# entry names another generation than the current one is a miss.

ENTRY_MAGIC = b"QPC1"


def serialise(response, gen: int) -> bytes:
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    head = json.dumps({"g": gen, "s": response.status_code, "h": headers}, separators=(",", ":")).encode()
    return b"%s%d\n%s%s" % (ENTRY_MAGIC, len(head), head, zlib.compress(response.content, 1))


def deserialise(data: bytes, gen: int):
    """The response stored in ``data``, or None when it is of another generation (or unreadable)."""
    if not data or not data.startswith(ENTRY_MAGIC):
        return None
    newline = data.index(b"\n")
    length = int(data[len(ENTRY_MAGIC) : newline])
    head = json.loads(data[newline + 1 : newline + 1 + length])
    if head["g"] != gen:
        return None
    body = zlib.decompress(data[newline + 1 + length :])
    return HttpResponse(body, status=head["s"], headers=dict(head["h"]))


_clients: dict = {}


def _redis(cache):
    """The redis-py client behind Django's Redis cache (one server), else None.

    Kept per connection pool: Django builds a new ``redis.Redis`` (and its table of
    response callbacks) for every cache call.
    """
    from django.core.cache.backends.redis import RedisCache

    if not isinstance(cache, RedisCache) or len(cache._cache._servers) != 1:
        return None
    pool = cache._cache._get_connection_pool(write=True)
    client = _clients.get(id(pool))
    if client is None or client.connection_pool is not pool:
        client = _clients[id(pool)] = cache._cache._client(connection_pool=pool)
    return client


def _read(entry_key: str):
    """The current generation and the raw entry under ``entry_key``: one round trip."""
    cache = _cache()
    client = _redis(cache)
    if client is not None:
        raw_gen, entry = client.mget(
            [cache.make_and_validate_key(GENERATION_KEY), cache.make_and_validate_key(entry_key)]
        )
        gen = int(raw_gen) if raw_gen is not None else None
    else:
        found = cache.get_many([GENERATION_KEY, entry_key])
        gen, entry = found.get(GENERATION_KEY), found.get(entry_key)
    if gen is None:  # lost or never set: a new one, and nothing stored can be of it
        return generation(), None
    return gen, entry


def _write(entry_key: str, data: bytes, seconds: int) -> None:
    cache = _cache()
    client = _redis(cache)
    if client is not None:
        client.set(cache.make_and_validate_key(entry_key), data, ex=seconds)
    else:
        cache.set(entry_key, data, seconds)


def _lookup(request):
    """Fetch: remember the generation the request starts with; the stored response, or None."""
    gen, entry = _read(_key(request, None))
    request._page_cache_generation = gen
    response = deserialise(entry, gen) if entry is not None else None
    if response is None:
        return None
    request._page_cache_hit = True
    response = get_conditional_response(request, etag=response.get("ETag"), response=response)
    response["X-Page-Cache"] = "hit"
    return response


def _room_for_variant(request, gen: int) -> bool:
    """One more entry with query parameters for this page, this generation? (At most MAX_VARIANTS_PER_PAGE.)"""
    counter = _key(request, gen, query=False) + ":variants"
    cache = _cache()
    cache.add(counter, 0, settings.PAGE_CACHE_SECONDS)
    try:
        return cache.incr(counter) <= MAX_VARIANTS_PER_PAGE
    except ValueError:  # expired in between
        return False


def _says_private(response) -> bool:
    directives = response.get("Cache-Control", "").lower()
    return any(d in directives for d in ("private", "no-cache", "no-store")) or get_max_age(response) == 0


def _shareable(request, response) -> bool:
    """Is this response the same for every anonymous reader, and current?"""
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # signed in, or a session we cannot see into
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a CSRF token is in the page
        return False
    started = getattr(request, "_page_cache_generation", None)
    return started is None or generation() == started  # else content changed while it rendered


def _storable(request, response) -> bool:
    if getattr(request, "_page_cache_generation", None) is None or request.method != "GET":
        return False
    if response.status_code != 200 or response.streaming or _says_private(response):
        return False
    vary = {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", ""))} - {"", "cookie"}
    if vary:  # the key does not hold those headers
        return False
    page = getattr(request, "_page_cache_page", None)
    declared = set(getattr(page, "page_cache_query_params", ()))
    return _query_parameters(request) <= declared


def _restricted(request) -> bool:
    page = getattr(request, "_page_cache_page", None)
    return page is not None and page.get_view_restrictions().exists()


def _note_served_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: remember which page answers (its restrictions, its parameters)."""
    request._page_cache_page = page


# --- middleware ---------------------------------------------------------------------


class UpdatePageCacheMiddleware(MiddlewareMixin):
    """First in MIDDLEWARE: answers readers without a session cookie; last to see the response, stores it.

    A request that carries no session cookie cannot be a signed-in editor's, so it is
    answered here, before any other middleware runs: no session, CSRF, CSP or database
    work for a hit, one round trip to the cache. The entry holds the finished response,
    with the headers every middleware added when it was rendered. A request that must
    first be redirected to HTTPS goes on to ``SecurityMiddleware``; one that carries a
    session cookie goes on to ``FetchPageFromCacheMiddleware``, after the session is read.
    """

    def process_request(self, request):
        if (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            or getattr(request, "is_preview", False)
            or (settings.SECURE_SSL_REDIRECT and not request.is_secure())
            or not is_cacheable(request)
        ):
            return None
        return _lookup(request)

    def process_response(self, request, response):
        if request.method not in ("GET", "HEAD") or not _under_language_prefix(request):
            return response
        from . import memo

        memo.release(request)
        if getattr(request, "_page_cache_hit", False):
            if response.cookies:  # e.g. a made-up session cookie being deleted
                patch_cache_control(response, private=True, no_cache=True)
            return response
        shareable = _shareable(request, response)
        store = shareable and _storable(request, response)
        if store and _restricted(request):
            # Defence in depth: Wagtail marks restricted pages private, but never rely on it.
            store = shareable = False
        if store and _query_parameters(request):
            store = _room_for_variant(request, request._page_cache_generation)
        if not response.has_header("Cache-Control"):  # else the view has decided
            if shareable:
                extra = {}
                seconds = _frontend_cache_seconds()
                if seconds and response.status_code == 200:
                    extra["s_maxage"] = seconds
                patch_cache_control(response, public=True, max_age=0, must_revalidate=True, **extra)
            else:
                patch_cache_control(response, private=True, no_cache=True)
        if store:
            if not response.has_header("ETag"):
                set_response_etag(response)
            # Under the generation it started with: a later one never serves it.
            _write(
                _key(request, None), serialise(response, request._page_cache_generation), settings.PAGE_CACHE_SECONDS
            )
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response


class FetchPageFromCacheMiddleware(MiddlewareMixin):
    """Late in MIDDLEWARE (after sessions, authentication): answers requests that carry a session cookie.

    Those were left alone by ``UpdatePageCacheMiddleware``: only the session can say
    whether the cookie belongs to a signed-in editor (who is never served from the cache).
    """

    def process_request(self, request):
        if not _under_language_prefix(request) or request.method not in ("GET", "HEAD"):
            return None
        unread = getattr(request, "_page_cache_generation", None) is None
        if unread and is_cacheable(request) and not getattr(request, "is_preview", False):
            response = _lookup(request)
            if response is not None:
                return response
        from . import memo

        memo.prime(request)  # a render follows: the site and its settings from memory
        return None

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail.views import serve

        from . import memo

        if view_func is serve and request.method in ("GET", "HEAD"):
            memo.prime_route(request, view_args[0] if view_args else view_kwargs.get("path", ""))
        return None


# --- what empties the cache -----------------------------------------------------------

_declared: set = set()


def empties_page_cache(*models) -> None:
    """Declare that saving or deleting an instance of any of ``models`` empties the page cache.

    Each item is a model class or an ``"app_label.ModelName"`` string; subclasses
    count too (declaring Wagtail's ``Page`` covers every page type).
    """
    _declared.update(models)
    _content_models.cache_clear()


@functools.cache
def _content_models() -> tuple:
    from django.apps import apps

    return tuple(apps.get_model(m) if isinstance(m, str) else m for m in _declared)


def declared_models() -> tuple:
    """The model classes whose changes empty the page cache."""
    return _content_models()


def _on_change(sender, instance, created=False, **kwargs):
    if not isinstance(instance, _content_models()):
        return
    if created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        # A settings row is created, with its defaults, by the first page that reads it
        # (Wagtail's for_site/load): nothing a reader saw changes, and the render that
        # created it may be stored. Edits (created=False) empty the cache.
        return
    invalidate()


# --- the CDN in front (wagtail.contrib.frontend_cache) ---------------------------------------


def page_urls_to_purge(page) -> list[str]:
    """Absolute URLs of ``page`` and of its ancestors (whose listings show it), in every language."""
    from wagtail.models import Page

    from .i18n import LANGUAGE_CODES
    from .translated import full_url_in

    pages = [*Page.objects.ancestor_of(page).filter(depth__gt=1).specific(), page.specific]
    return sorted({url for p in pages for lang in LANGUAGE_CODES if (url := full_url_in(p, lang))})


def _purge_on_commit(page_id: int, *, with_descendants: bool = False) -> None:
    """Once the transaction commits, purge a page (and its subtree) from the CDN, if one is configured."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None) or not page_id:
        return

    def purge():
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
        from wagtail.models import Page

        page = Page.objects.filter(pk=page_id).first()
        if page is None:  # deleted meanwhile: no URL any more
            return
        pages = Page.objects.descendant_of(page, inclusive=True) if with_descendants else [page]
        purge_urls_from_cache(sorted({url for p in pages for url in page_urls_to_purge(p)}))

    transaction.on_commit(purge, robust=True)


def _page_changed(sender, instance, **kwargs):
    _purge_on_commit(instance.pk)


def _restriction_changed(sender, instance, **kwargs):
    _purge_on_commit(instance.page_id, with_descendants=True)


_connected = False


def connect_signals():
    global _connected
    from wagtail import hooks
    from wagtail.documents import get_document_model_string
    from wagtail.images import get_image_model_string
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished

    empties_page_cache(
        "wagtailcore.Page",
        "wagtailcore.Site",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.CollectionViewRestriction",
        "wagtailredirects.Redirect",
        get_image_model_string(),
        get_document_model_string(),
    )
    post_save.connect(_on_change, dispatch_uid="qapi-page-cache-save")
    post_delete.connect(_on_change, dispatch_uid="qapi-page-cache-delete")
    page_published.connect(_page_changed, dispatch_uid="qapi-frontend-cache-published")
    page_unpublished.connect(_page_changed, dispatch_uid="qapi-frontend-cache-unpublished")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="qapi-frontend-cache-restricted")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="qapi-frontend-cache-opened")
    if not _connected:
        hooks.register("before_serve_page", _note_served_page, order=-100)
        _connected = True
    if reason := refusal():
        logger.error("Page cache off: %s", reason)
