import pytest
from django.utils import translation
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, SiteSettingsFactory

LANGUAGES = ("az", "en", "ru")


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in Azerbaijani, whatever an earlier one activated."""
    with translation.override("az"):
        yield


@pytest.fixture
def home(db):
    """A home page at the root of the default site, with the agency's settings."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title_en="Home", title_ru="Главная")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    SiteSettingsFactory(site=site)
    return home


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _fresh_memo(settings):
    """core.memo on, though the cache is local memory: the tests run in one process.

    (Not in the test settings: the browser tests' gunicorn runs them with two workers.)
    What it keeps per content generation belongs to one test's database.
    """
    from core import memo

    settings.CONTENT_MEMO = True
    memo.forget()
    yield
    memo.forget()
