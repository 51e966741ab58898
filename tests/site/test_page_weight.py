"""An article page stays light: at most 50 KB of CSS and JavaScript, uncompressed."""

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory

BUDGET_BYTES = 50 * 1024


def test_article_page_css_and_javascript_fit_the_budget(client, home):
    index = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=index)
    html = BeautifulSoup(client.get(article.url_in("en")).content, "html.parser")

    assets = [link["href"] for link in html.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in html.select("script[src]")]
    assert assets, "the page loads no CSS or JavaScript at all?"
    sizes = {}
    for url in assets:
        assert url.startswith("/static/"), f"{url}: no third-party assets"
        path = finders.find(url.removeprefix("/static/"))
        assert path, url
        with open(path, "rb") as handle:
            sizes[url] = len(handle.read())
    total = sum(sizes.values())
    assert total <= BUDGET_BYTES, sizes
