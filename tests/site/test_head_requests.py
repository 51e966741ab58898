"""HEAD works wherever GET does: same status and headers, no body."""

import datetime

import pytest
import wagtail_factories
from django.core.files.base import ContentFile

from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, NewsTopicFactory, StandardPageFactory

LANGUAGES = ("az", "en", "ru")


@pytest.fixture
def urls(home):
    index = NewsIndexPageFactory(parent=home)
    topic = NewsTopicFactory(slug="statistics")
    article = NewsArticlePageFactory(
        parent=index, date=datetime.date(2017, 10, 25), title_en="Open door", title_ru="Открытые двери"
    )
    article.topics.add(topic)
    article.save_revision().publish()
    page = StandardPageFactory(parent=home, title_en="Work permit", title_ru="Разрешение на работу")
    page.save_revision().publish()
    document = wagtail_factories.DocumentFactory(file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="leaflet.pdf"))
    by_language = {
        lang: [
            f"/{lang}/",
            page.url_in(lang),
            index.url_in(lang),
            index.url_in(lang) + "?year=2017&topic=statistics&page=1",
            index.url_in(lang) + "?year=²⁰¹⁷&page=①",
            index.url_in(lang) + "feed/",
            article.url_in(lang),
            f"/{lang}/search/",
            f"/{lang}/search/?q=open",
            f"/{lang}/search/?q=open&date_from=x&sort=date&page=2",
            f"/{lang}/search/suggest/?q=op",
            f"/{lang}/no-such-page/",
        ]
        for lang in LANGUAGES
    }
    return [
        "/",
        "/robots.txt",
        "/sitemap.xml",
        "/healthz/",
        document.url,
        *(url for lang in LANGUAGES for url in by_language[lang]),
    ]


def test_head_answers_like_get_on_every_public_url_kind(client, urls):
    for url in urls:
        get = client.get(url)
        head = client.head(url)
        assert get.status_code in (200, 302, 404), url
        assert head.status_code == get.status_code, url
        assert head.get("Content-Type") == get.get("Content-Type"), url
        assert head.get("Cache-Control") == get.get("Cache-Control"), url
        body = b"".join(head.streaming_content) if head.streaming else head.content
        assert body == b"", url
        if get.streaming:
            b"".join(get.streaming_content)  # read to the end: the test client then finishes the request


@pytest.mark.parametrize("url", ["/az/search/?q=x", "/en/search/suggest/?q=xy", "/robots.txt", "/sitemap.xml"])
def test_methods_that_change_nothing_are_the_only_ones_allowed(client, home, url):
    assert client.head(url).status_code == 200
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)(url)
        assert response.status_code in (403, 405), (method, url)  # 403: CSRF comes first for a POST
    response = client.options(url)
    assert response.status_code == 405
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}
