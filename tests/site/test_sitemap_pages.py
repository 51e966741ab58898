"""A big site's sitemap is an index of numbered sitemaps (sitemaps.org: 50,000 URLs per file; issue 13)."""

from defusedxml.ElementTree import fromstring as defused_fromstring
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import StandardPageFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
BASE = "http://testserver"


def _locs(response, tag):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return [node.find("sm:loc", NS).text for node in defused_fromstring(response.content).findall(f"sm:{tag}", NS)]


def test_past_the_limit_the_sitemap_is_an_index_of_files_listing_every_page_once(client, home, settings):
    settings.SITEMAP_PAGES_PER_FILE = 2
    pages = [home] + [
        StandardPageFactory(parent=home, title_az=f"Səhifə {n}", title_en=f"Page {n}", title_ru=f"Страница {n}")
        for n in range(4)
    ]
    files = _locs(client.get("/sitemap.xml"), "sitemap")
    assert files == [f"{BASE}/sitemap-{n}.xml" for n in (1, 2, 3)]
    listed = []
    for url in files:
        urls = _locs(client.get(url.removeprefix(BASE)), "url")
        assert len(urls) <= 2 * 3  # two pages, three languages each
        listed += urls
    assert sorted(listed) == sorted(BASE + page.url_in(lang) for page in pages for lang in ("az", "en", "ru"))
    assert client.get("/sitemap-4.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


def test_a_small_site_keeps_one_sitemap(client, home, settings):
    settings.SITEMAP_PAGES_PER_FILE = 10
    StandardPageFactory(parent=home, title_az="Haqqında", title_en="About", title_ru="О нас")
    assert len(_locs(client.get("/sitemap.xml"), "url")) == 2 * 3


def test_a_sitemap_file_costs_the_same_queries_however_many_pages_it_lists(client, home, settings):
    settings.SITEMAP_PAGES_PER_FILE = 30
    for n in range(3):
        StandardPageFactory(parent=home, title_en=f"Page {n}")
    client.get("/sitemap-1.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap-1.xml")
    for n in range(20):
        StandardPageFactory(parent=home, title_en=f"More {n}")
    client.get("/sitemap-1.xml")
    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap-1.xml")
    assert len(many) == len(few)
