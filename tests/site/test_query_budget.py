"""Query budgets: pages cost a fixed number of SQL queries, however many items they list."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ImageFactory, NewsArticlePageFactory, NewsIndexPageFactory, NewsTopicFactory

# Pinned budgets: a change that adds queries to these pages must update them on purpose.
# Every page: +1 for the feed autodiscovery links (the news indexes); the news index: +1 for its breadcrumbs.
HOME_QUERIES = 16
NEWS_INDEX_QUERIES = 22
ARTICLE_QUERIES = 23


def queries_for(client, url):
    """Queries to serve ``url`` with cold caches: renditions come from the database."""
    client.get(url)  # create the renditions once
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), [q["sql"][:160] for q in captured]


@pytest.fixture
def news(home):
    index = NewsIndexPageFactory(parent=home)
    topics = [NewsTopicFactory() for _ in range(3)]

    def add(count):
        for n in range(count):
            article = NewsArticlePageFactory(parent=index, lead_image=ImageFactory(), lead_image_alt_az=f"Şəkil {n}")
            article.topics.set(topics[: n % 3 + 1])
            article.related_pages.create(page=index)
            article.save()

    return index, add


def test_home_page_budget(client, news):
    index, add = news
    add(5)
    count, sql = queries_for(client, "/az/")
    assert count == HOME_QUERIES, "\n".join(sql)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_news_index_costs_the_same_with_10_or_50_articles(client, news, settings, lang):
    settings.NEWS_PAGE_SIZE = 50
    index, add = news
    add(10)
    ten, _ = queries_for(client, index.url_in(lang))
    add(40)
    fifty, sql = queries_for(client, index.url_in(lang))
    assert ten == fifty == NEWS_INDEX_QUERIES, "\n".join(sql)


def test_article_budget(client, news):
    index, add = news
    add(3)
    article = index.get_children().last().specific
    count, sql = queries_for(client, article.url_in("en"))
    assert count == ARTICLE_QUERIES, "\n".join(sql)
