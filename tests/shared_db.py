"""Data built once for a test module instead of once per test (the demo site, a set of pages).

``per_module(name, build)`` makes a module-scoped fixture: ``build()`` runs once per module
(once per pytest-xdist worker that runs the module's tests) inside a transaction that is
rolled back after the module's last test. Each test's own transaction (pytest-django's
``db``) is a savepoint inside it: every test starts from exactly what ``build()`` made, and
what a test changes is undone before the next one, as when each test built it itself.

The module's tests that use such a fixture run after its other tests (tests/conftest.py's
``pytest_collection_modifyitems``), so no test of the module sees the data unless it asks.
Not for ``transactional_db`` tests: they would commit into, or flush, the shared data.
"""

import pytest
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

SHARED = "qapi_shared_per_module"


def per_module(name, build):
    """A module-scoped fixture called ``name`` holding what ``build()`` returns (see above)."""

    def fixture(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
        try:
            with django_db_blocker.unblock(), translation.override("az"):
                value = build()
            yield value
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)

    setattr(fixture, SHARED, True)
    return pytest.fixture(scope="module", name=name)(fixture)


def uses_shared_data(item):
    """Whether a collected test asks for a ``per_module`` fixture."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(defs and getattr(defs[-1].func, SHARED, False) for defs in info.name2fixturedefs.values())


def make_home():
    """A home page at the root of the default site, with the agency's settings (the ``home`` fixture)."""
    from tests.factories import HomePageFactory, SiteSettingsFactory

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title_en="Home", title_ru="Главная")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    SiteSettingsFactory(site=site)
    return home
