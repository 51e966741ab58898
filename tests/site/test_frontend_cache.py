"""A CDN in front is purged of a page, in every language, when it changes (issue 8); no network."""

from unittest import mock

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

CDN = {"cdn": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://cdn.test:6081"}}


@pytest.fixture
def purged(settings):
    """The PURGE requests Wagtail's HTTP backend sends, as (method, URL, Host)."""
    settings.WAGTAILFRONTENDCACHE = CDN
    sent = []

    def urlopen(request):
        sent.append((request.get_method(), request.full_url, request.get_header("Host")))

    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen", urlopen):
        yield sent


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, title_az="Haqqında", title_en="About", title_ru="О нас", slug_ru="o-nas")


def _paths(sent):
    assert {(method, host) for method, _url, host in sent} == {("PURGE", "testserver")}
    return sorted(url.removeprefix("http://cdn.test:6081") for _method, url, _host in sent)


EVERY_LANGUAGE = ["/az/", "/az/haqqinda/", "/en/", "/en/about/", "/ru/", "/ru/o-nas/"]


def test_publishing_purges_the_page_and_its_ancestors_in_every_language_after_the_commit(
    page, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page.title_en = "About us"
        page.save_revision().publish()
        assert purged == []  # not before the commit: the CDN would fetch the old page again
    assert _paths(purged) == EVERY_LANGUAGE


def test_unpublishing_purges_the_page(page, purged, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert _paths(purged) == EVERY_LANGUAGE


def test_a_view_restriction_purges_the_page_and_everything_under_it(page, purged, django_capture_on_commit_callbacks):
    child = StandardPageFactory(parent=page, title_az="Vizalar", title_en="Visas")
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
    paths = _paths(purged)
    assert set(EVERY_LANGUAGE) < set(paths)
    assert {child.url_in("az"), child.url_in("en")} < set(paths)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert set(EVERY_LANGUAGE) < set(_paths(purged))


def test_nothing_is_purged_when_no_cdn_is_configured(page, purged, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.save_revision().publish()
    assert purged == []
    assert not any("purge" in getattr(c, "__name__", "") for c in callbacks)
