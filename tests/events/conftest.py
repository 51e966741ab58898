import pytest

from tests.events.factories import EventIndexPageFactory, EventPageFactory


@pytest.fixture
def index(home):
    page = EventIndexPageFactory(parent=home)
    page.save_revision().publish()
    return page


@pytest.fixture
def make_event(index):
    """``make_event(capacity=2, quotas={"media": 1}, ...)``: a published event under the index."""

    def make(quotas=None, **fields):
        event = EventPageFactory(parent=index, **fields)
        for category, capacity in (quotas or {}).items():
            event.quotas.create(category=category, capacity=capacity)
        event.save_revision().publish()
        event.refresh_from_db()
        return event

    return make


def person(n, category="citizen", **extra):
    return {"category": category, "name": f"Person {n}", "email": f"person{n}@example.org", "language": "az", **extra}
