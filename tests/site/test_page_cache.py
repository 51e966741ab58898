"""The page cache serves anonymous readers and is emptied by every publish (issue 8: never a stale or private page)."""

import pytest
from django.conf import settings as django_settings
from django.core import checks
from django.core.cache import cache
from django.middleware.csrf import get_token
from wagtail import hooks
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site

from core import page_cache as page_cache_module
from standard.models import StandardPage
from tests.factories import StandardPageFactory


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_second_anonymous_request_is_served_from_the_cache(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    first = client.get(page.url_in("en"))
    second = client.get(page.url_in("en"))
    assert "X-Page-Cache" not in first
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second  # headers are added on every response


def test_each_language_is_cached_separately(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_az="Haqqında", title_en="About", title_ru="О нас")
    for lang in ("az", "en", "ru"):
        client.get(page.url_in(lang))
    for lang, title in {"az": "Haqqında", "en": "About", "ru": "О нас"}.items():
        response = client.get(page.url_in(lang))
        assert response["X-Page-Cache"] == "hit"
        assert f"<h1>{title}</h1>" in response.content.decode()


def test_publishing_a_change_shows_at_once(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    client.get(page.url_in("en"))
    page.title_en = "About the Service"
    page.save_revision().publish()
    response = client.get(page.url_in("en"))
    assert "X-Page-Cache" not in response
    assert "<h1>About the Service</h1>" in response.content.decode()


def test_menu_and_settings_changes_empty_the_cache(client, site, page_cache):
    from navigation.models import SiteSettings

    client.get("/en/")
    settings_obj = SiteSettings.for_site(site)
    settings_obj.call_center_number = "(012) 555"
    settings_obj.save()
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert "(012) 555" in response.content.decode()


def test_editors_are_never_served_a_cached_page(client, home, page_cache, django_user_model):
    page = StandardPageFactory(parent=home, title_en="About")
    client.get(page.url_in("en"))
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.com", "pass"))
    assert django_settings.SESSION_COOKIE_NAME in client.cookies
    response = client.get(page.url_in("en"))
    assert "X-Page-Cache" not in response


def test_admin_and_errors_are_not_cached(client, home, page_cache):
    client.get("/en/missing/")
    assert "X-Page-Cache" not in client.get("/en/missing/")
    client.get("/admin/login/")
    assert "X-Page-Cache" not in client.get("/admin/login/")


# --- issue 8: a render overtaken by a change is never stored ---------------------------


def _publish_title(page, title):
    fresh = type(page).objects.get(pk=page.pk)
    fresh.title_en = title
    fresh.save_revision().publish()


def test_a_render_overtaken_by_a_publish_is_not_stored(client, home, page_cache):
    """The page changes while its old version renders: that render must not be kept."""
    page = StandardPageFactory(parent=home, title_en="Old title")
    url = page.url_in("en")
    published = []

    def publish_during_render(served, request, serve_args, serve_kwargs):
        if not published:  # the served object already holds the old title
            _publish_title(page, "New title")
            published.append(True)

    with hooks.register_temporarily("before_serve_page", publish_during_render):
        stale = client.get(url)
    assert "<h1>Old title</h1>" in stale.content.decode()
    assert "public" not in stale["Cache-Control"]  # nor may a CDN keep it
    after = client.get(url)
    assert "X-Page-Cache" not in after
    assert "<h1>New title</h1>" in after.content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_the_generation_moves_again_when_the_change_commits(home, page_cache, django_capture_on_commit_callbacks):
    """A request that starts between the save and the commit reads the old rows: its generation must die."""
    page = StandardPageFactory(parent=home, title_en="About")
    before = page_cache_module.generation()
    with django_capture_on_commit_callbacks(execute=True):
        _publish_title(page, "About us")
        saved = page_cache_module.generation()
    assert before < saved < page_cache_module.generation()


def test_a_lost_generation_never_comes_back(db, page_cache):
    first = page_cache_module.generation()
    page_cache_module.invalidate()
    cache.delete(page_cache_module.GENERATION_KEY)  # evicted, or Redis restarted
    assert page_cache_module.generation() > first + 1


# --- issue 8: production refuses a cache its processes don't share ----------------------

LOCAL_MEMORY = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/0"}}


def _errors():
    return [m for m in checks.run_checks(tags=[checks.Tags.caches]) if m.id == "core.E001"]


def test_production_with_a_process_local_cache_fails_the_check_and_caches_nothing(client, home, settings):
    settings.PAGE_CACHE_NEEDS_SHARED_CACHE = True
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = LOCAL_MEMORY
    [error] = _errors()
    assert error.level == checks.ERROR
    assert "REDIS_URL" in error.msg and "PAGE_CACHE_SECONDS=0" in error.msg
    page = StandardPageFactory(parent=home, title_en="About")
    client.get(page.url_in("en"))
    assert "X-Page-Cache" not in client.get(page.url_in("en"))


@pytest.mark.parametrize(
    "production",
    [
        {"PAGE_CACHE_SECONDS": 300, "CACHES": REDIS},  # REDIS_URL set
        {"PAGE_CACHE_SECONDS": 0, "CACHES": LOCAL_MEMORY},  # page cache off
    ],
)
def test_production_passes_the_check_with_redis_or_without_the_page_cache(settings, production):
    settings.PAGE_CACHE_NEEDS_SHARED_CACHE = True
    for name, value in production.items():
        setattr(settings, name, value)
    assert _errors() == []


def test_development_and_tests_may_use_local_memory(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = LOCAL_MEMORY
    assert not getattr(django_settings, "PAGE_CACHE_NEEDS_SHARED_CACHE", False)
    assert _errors() == []


# --- issue 8: what makes a page private or changes it empties the cache ------------------


def _cached(client, url):
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_a_password_restriction_takes_the_page_out_of_the_cache(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="Residence permits", intro_en="The full text")
    url = page.url_in("en")
    _cached(client, url)
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
    for _ in range(2):
        response = client.get(url)
        assert "X-Page-Cache" not in response
        assert "The full text" not in response.content.decode()
        assert 'name="password"' in response.content.decode()
        assert "private" in response["Cache-Control"]


def test_a_restriction_on_an_ancestor_takes_the_subtree_out(client, home, page_cache):
    parent = StandardPageFactory(parent=home, title_en="Services")
    child = StandardPageFactory(parent=parent, title_en="Visas", intro_en="The full text")
    _cached(client, child.url_in("en"))
    PageViewRestriction.objects.create(page=parent, restriction_type="login")
    response = client.get(child.url_in("en"))
    assert response.status_code == 302
    assert "X-Page-Cache" not in response


def test_a_restricted_page_is_never_stored_even_if_its_response_looks_public(client, home, page_cache, monkeypatch):
    """Defence in depth: a reader let through (here: everyone) must not leave the page for the next one."""
    page = StandardPageFactory(parent=home, title_en="Internal", intro_en="The full text")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")

    def strip_cache_control(callback):
        def inner(*args):
            response = callback(*args)
            del response["Cache-Control"]
            return response

        return inner

    monkeypatch.setattr(PageViewRestriction, "accept_request", lambda self, request: True)
    with hooks.register_temporarily("on_serve_page", strip_cache_control, order=-1):
        assert "The full text" in client.get(page.url_in("en")).content.decode()
    monkeypatch.undo()
    response = client.get(page.url_in("en"))
    assert "X-Page-Cache" not in response
    assert "The full text" not in response.content.decode()


@pytest.mark.parametrize("change", ["collection_restriction", "redirect", "site", "search_promotion"])
def test_other_changes_readers_see_empty_the_cache(client, home, page_cache, change):
    page = StandardPageFactory(parent=home, title_en="About")
    query = Query.get("visa")  # exists before the page is cached
    url = page.url_in("en")
    _cached(client, url)
    if change == "collection_restriction":
        CollectionViewRestriction.objects.create(
            collection=Collection.get_first_root_node(), restriction_type="password", password="secret"
        )
    elif change == "redirect":
        Redirect.objects.create(old_path="/old-about", redirect_page=page)
    elif change == "site":
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Qapı (test)"
        site.save()
    else:
        SearchPromotion.objects.create(query=query, page=page, sort_order=0, description="Visas")
    assert "X-Page-Cache" not in client.get(url)


# --- issue 8: cache keys ----------------------------------------------------------------


def _entries():
    return len(cache._cache)  # local memory: every key, pages and generation alike


def test_unknown_query_parameters_create_no_entries(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    url = page.url_in("en")
    _cached(client, url)
    entries = _entries()
    for n in range(60):
        response = client.get(f"{url}?junk{n}={n}&page={n}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert _entries() == entries


def test_link_tracking_parameters_are_served_from_the_cache(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    url = page.url_in("en")
    _cached(client, url)
    response = client.get(f"{url}?utm_source=newsletter&utm_campaign=may&fbclid=abc123")
    assert response["X-Page-Cache"] == "hit"


def test_parameters_a_page_type_declares_are_cached_in_any_order(client, home, page_cache, monkeypatch):
    monkeypatch.setattr(StandardPage, "page_cache_query_params", ("page", "year"), raising=False)
    page = StandardPageFactory(parent=home, title_en="About")
    url = page.url_in("en")
    client.get(f"{url}?page=2&year=2024")
    assert client.get(f"{url}?year=2024&page=2")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in client.get(f"{url}?page=3&year=2024")
    assert "X-Page-Cache" not in client.get(f"{url}?page=2&year=2024&other=1")


def test_made_up_values_of_declared_parameters_fill_a_bounded_number_of_entries(client, home, page_cache, monkeypatch):
    monkeypatch.setattr(StandardPage, "page_cache_query_params", ("page",), raising=False)
    monkeypatch.setattr(page_cache_module, "MAX_VARIANTS_PER_PAGE", 5)
    page = StandardPageFactory(parent=home, title_en="About")
    url = page.url_in("en")
    _cached(client, url)
    entries = _entries()
    for n in range(40):
        client.get(f"{url}?page={n}")
    assert _entries() == entries + 5 + 1  # five variants and their counter
    assert client.get(f"{url}?page=4")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in client.get(f"{url}?page=5")
    assert client.get(url)["X-Page-Cache"] == "hit"  # the page itself is not a variant


def test_searches_are_not_served_from_the_page_cache(client, home, page_cache):
    for _ in range(2):
        assert "X-Page-Cache" not in client.get("/en/search/?q=about")


def test_a_made_up_session_cookie_is_served_from_the_cache(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    url = page.url_in("en")
    _cached(client, url)
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "madeupsessionkey0123456789abcdef"
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert "public" not in response["Cache-Control"]  # it tells this browser to drop the cookie


def test_a_render_for_a_session_is_not_stored(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "madeupsessionkey0123456789abcdef"
    client.get(page.url_in("en"))
    del client.cookies[django_settings.SESSION_COOKIE_NAME]
    assert "X-Page-Cache" not in client.get(page.url_in("en"))


def test_a_render_that_holds_a_csrf_token_is_not_stored(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    client.cookies[django_settings.CSRF_COOKIE_NAME] = "a" * 32

    def use_token(served, request, serve_args, serve_kwargs):
        get_token(request)

    with hooks.register_temporarily("before_serve_page", use_token):
        client.get(page.url_in("en"))
    assert "X-Page-Cache" not in client.get(page.url_in("en"))


def test_head_is_answered_from_the_cache(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    client.get(page.url_in("en"))
    response = client.head(page.url_in("en"))
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


# --- issue 8: browsers and CDNs -----------------------------------------------------------


def _directives(response):
    return {d.strip() for d in response["Cache-Control"].split(",")}


def test_browsers_revalidate_every_page_and_a_304_is_cheap(client, home, page_cache):
    page = StandardPageFactory(parent=home, title_en="About")
    first = client.get(page.url_in("en"))
    assert _directives(first) == {"public", "max-age=0", "must-revalidate"}
    etag = first["ETag"]
    again = client.get(page.url_in("en"), headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again["X-Page-Cache"] == "hit"
    page.title_en = "About the Service"
    page.save_revision().publish()
    changed = client.get(page.url_in("en"), headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert "<h1>About the Service</h1>" in changed.content.decode()


def test_pages_say_the_same_with_the_page_cache_off(client, home):
    page = StandardPageFactory(parent=home, title_en="About")
    assert _directives(client.get(page.url_in("en"))) == {"public", "max-age=0", "must-revalidate"}


def test_a_cdn_may_keep_public_pages_only_when_it_is_purged(client, home, page_cache, settings):
    page = StandardPageFactory(parent=home, title_en="About")
    settings.WAGTAILFRONTENDCACHE = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://cdn.test"}
    }
    settings.FRONTEND_CACHE_SECONDS = 120
    assert _directives(client.get(page.url_in("en"))) == {"public", "max-age=0", "must-revalidate", "s-maxage=120"}
    assert "s-maxage" not in client.get("/en/missing/")["Cache-Control"]


def test_editors_pages_are_private(client, home, page_cache, django_user_model):
    page = StandardPageFactory(parent=home, title_en="About")
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.com", "pass"))
    assert _directives(client.get(page.url_in("en"))) == {"private", "no-cache"}
