"""A page cache hit is cheap (issue 13): answered before the other middleware, from bytes, in one read."""

import pytest
from django.core.cache import cache

from core import page_cache
from tests.factories import StandardPageFactory


@pytest.fixture
def cached_page(settings, home):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    page = StandardPageFactory(parent=home, title_en="About", title_az="Haqqında", title_ru="О нас")
    yield page
    cache.clear()


@pytest.mark.parametrize("lang,title", [("az", "Haqqında"), ("en", "About"), ("ru", "О нас")])
def test_a_hit_asks_the_database_nothing_and_keeps_every_header(
    client, cached_page, lang, title, django_assert_num_queries
):
    first = client.get(cached_page.url_in(lang))
    with django_assert_num_queries(0):
        hit = client.get(cached_page.url_in(lang))
    assert hit["X-Page-Cache"] == "hit"
    assert f"<h1>{title}</h1>" in hit.content.decode()
    assert hit.content == first.content
    for header in ("Content-Security-Policy", "Permissions-Policy", "Content-Language", "ETag", "Cache-Control"):
        assert hit[header] == first[header], header
    assert not hit.cookies  # no session, no CSRF cookie


def test_a_hit_opens_no_session_and_makes_no_csp_nonce(client, cached_page, monkeypatch):
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.middleware.csrf import CsrfViewMiddleware

    url = cached_page.url_in("en")
    client.get(url)
    calls = []
    monkeypatch.setattr(SessionMiddleware, "process_request", lambda self, request: calls.append("session"))
    monkeypatch.setattr(CsrfViewMiddleware, "process_request", lambda self, request: calls.append("csrf"))
    hit = client.get(url)
    assert hit["X-Page-Cache"] == "hit"
    assert calls == []
    assert not hasattr(hit.wsgi_request, "csp_nonce")


def test_entries_are_bytes_that_name_their_generation(client, cached_page):
    url = cached_page.url_in("en")
    client.get(url)
    keys = [k for k in cache._cache if ":pages:" in k and not k.endswith(":variants")]
    assert len(keys) == 1
    stored = cache.get(keys[0].split(":", 2)[2])  # local memory pickles these bytes; Redis gets them as they are
    assert isinstance(stored, bytes) and stored.startswith(page_cache.ENTRY_MAGIC)
    gen = page_cache.generation()
    assert page_cache.deserialise(stored, gen).content == client.get(url).content
    assert page_cache.deserialise(stored, gen + 1) is None  # another generation: a miss


def test_an_editor_with_a_session_still_goes_through_the_session(client, cached_page, django_user_model):
    url = cached_page.url_in("en")
    client.get(url)
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.com", "pass"))
    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_plain_http_is_redirected_before_the_cache_answers(client, cached_page, settings):
    settings.SECURE_SSL_REDIRECT = True  # read when the middleware is loaded, by the first request
    url = cached_page.url_in("en")
    client.get(url, secure=True)
    assert client.get(url, secure=True)["X-Page-Cache"] == "hit"
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"].startswith("https://")
    assert client.get(url, secure=True)["X-Page-Cache"] == "hit"


def test_a_lost_generation_serves_nothing_stored_before(client, cached_page):
    url = cached_page.url_in("en")
    client.get(url)
    cache.delete(page_cache.GENERATION_KEY)
    assert "X-Page-Cache" not in client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
