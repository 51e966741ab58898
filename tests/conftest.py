import pytest
from django.utils import translation
from wagtail.models import Site

from tests.shared_db import make_home, uses_shared_data

LANGUAGES = ("az", "en", "ru")


def pytest_collection_modifyitems(items):
    """In each module, the tests using data built once for the module (tests/shared_db.py) run
    after the module's other tests, which so never see it. A stable sort: the order is otherwise
    the collection order, the same in every pytest-xdist worker."""
    first_seen = {}

    def key(item):
        module = getattr(item, "module", None)
        name = module.__name__ if module else ""
        return first_seen.setdefault(name, len(first_seen)), uses_shared_data(item)

    items[:] = sorted(items, key=key)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in Azerbaijani, whatever an earlier one activated."""
    with translation.override("az"):
        yield


@pytest.fixture
def home(db):
    """A home page at the root of the default site, with the agency's settings."""
    return make_home()


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
