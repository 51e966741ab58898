"""The search engine stops while readers search: the page says search is unavailable, in
the reader's language, with status 503 and a line in the log; never a 500.

Runs in the OpenSearch pass of ``make test`` (``QAPI_SEARCH_ENGINE=opensearch``): it
starts a node of its own, searches, stops the node in the middle of a run of requests,
and goes on searching and publishing.
"""

import logging
import threading
import time

import pytest
from bs4 import BeautifulSoup
from wagtail.search.backends import get_search_backend

from tests.factories import StandardPageFactory
from tests.search.conftest import ENGINE, create_indices, engine_settings

pytestmark = pytest.mark.skipif(
    ENGINE != "opensearch", reason="needs the OpenSearch node: runs in make test-opensearch"
)

UNAVAILABLE = {
    "az": "Axtarış hazırda işləmir",
    "en": "Search is unavailable at the moment",
    "ru": "Поиск сейчас недоступен",
}


@pytest.fixture
def node():
    from tests.search.engine_node import EngineNode

    node = EngineNode.start(heap="512m")
    yield node
    node.stop()


def publish(page):
    page.save_revision().publish()
    return page


def test_the_engine_stopping_mid_run_gives_an_unavailable_page_never_a_500(client, home, settings, node, caplog):
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(node.url, prefix="qapidown_")
    create_indices(get_search_backend())
    publish(
        StandardPageFactory(
            parent=home,
            title_az="İş icazəsi",
            title_en="Work permit",
            title_ru="Разрешение на работу",
            intro_az="Əmək immiqrasiyası qaydaları.",
            intro_en="Permits for paid work.",
            intro_ru="Трудовые мигранты получают разрешение.",
        )
    )
    queries = [("az", "is icazesi"), ("en", "work permit"), ("ru", "разрешение")]
    for lang, query in queries:
        response = client.get(f"/{lang}/search/", {"q": query})
        assert response.status_code == 200
        assert BeautifulSoup(response.content, "html.parser").select(".search-result")

    # Readers keep searching while the node stops.
    statuses = []
    stopper = threading.Timer(0.5, node.stop)
    stopper.start()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (stopper.is_alive() or len(statuses) < 60):
        lang, query = queries[len(statuses) % 3]
        statuses.append((lang, client.get(f"/{lang}/search/", {"q": query, "page": "1"}).status_code))
        if not stopper.is_alive() and sum(1 for _lang, status in statuses if status == 503) >= 9:
            break
    stopper.join()
    codes = {status for _lang, status in statuses}
    assert codes <= {200, 503}, statuses
    assert 503 in codes, statuses

    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="search.views"):
        for lang, query in queries:
            response = client.get(f"/{lang}/search/", {"q": query})
            assert response.status_code == 503
            html = BeautifulSoup(response.content, "html.parser")
            notice = html.select_one("#search-unavailable")
            assert notice is not None and UNAVAILABLE[lang] in notice.get_text()
            assert notice["role"] == "alert"
            assert html.select_one("form[role=search] input[name=q]")["value"] == query  # the reader may try again
            # Suggestions come from the database: they still answer.
            assert client.get(f"/{lang}/search/suggest/", {"q": query[:4]}).status_code == 200
    assert len([r for r in caplog.records if "Search engine unavailable" in r.getMessage()]) == 3

    # Editors can still publish: the engine misses the change, the page is saved.
    page = publish(StandardPageFactory(parent=home, title_az="Yeni səhifə", title_en="New page", title_ru="Новая"))
    assert page.live
