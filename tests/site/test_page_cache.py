"""The page cache serves anonymous readers and is emptied by every publish."""

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache

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
