"""Whole-page cache for anonymous readers, invalidated whenever content changes.

Built on Django's cache middleware. Every cache key carries a *generation*
number kept in the cache itself. Saving or deleting anything readers see on a
page bumps the generation, so every cached page is stale at once, in every
process that shares the cache (Redis in production). What counts is declared by
each app from its own code (``empties_page_cache`` in its ``AppConfig.ready``):
core declares Wagtail's pages, media, sites, redirects and view restrictions;
an app declares its snippets and settings. Core names no app's models. Editors (anyone with a session cookie) always
get a fresh page, with their userbar.

Why not wagtail-cache: its current release requires Wagtail < 8.
"""

import functools

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware

GENERATION_KEY = "qapi:page-cache:generation"


def _cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def generation() -> int:
    return _cache().get_or_set(GENERATION_KEY, 1, timeout=None)


def invalidate() -> None:
    """Make every cached page stale."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): start a new generation
        cache.set(GENERATION_KEY, 2, timeout=None)


def is_cacheable(request) -> bool:
    if not getattr(settings, "PAGE_CACHE_SECONDS", 0):
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # editors and signed-in users
        return False
    prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    return request.path_info.startswith(prefixes)


class _GenerationKeyMixin:
    def _use_generation(self, request):
        self.key_prefix = f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}pages:{generation()}"
        self.cache_timeout = settings.PAGE_CACHE_SECONDS
        self.page_timeout = settings.PAGE_CACHE_SECONDS


class UpdatePageCacheMiddleware(_GenerationKeyMixin, UpdateCacheMiddleware):
    def _should_update_cache(self, request, response):
        return is_cacheable(request) and super()._should_update_cache(request, response)

    def process_response(self, request, response):
        if not is_cacheable(request):
            return response
        self._use_generation(request)
        return super().process_response(request, response)


class FetchPageFromCacheMiddleware(_GenerationKeyMixin, FetchFromCacheMiddleware):
    def process_request(self, request):
        if not is_cacheable(request):
            request._cache_update_cache = False
            return None
        self._use_generation(request)
        response = super().process_request(request)
        if response is not None:
            response["X-Page-Cache"] = "hit"
        return response


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


def _on_change(sender, instance, **kwargs):
    if isinstance(instance, _content_models()):
        invalidate()


def connect_signals():
    from wagtail.documents import get_document_model_string
    from wagtail.images import get_image_model_string

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
