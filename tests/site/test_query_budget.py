"""Query budgets: pages cost a fixed number of SQL queries, however many items they list."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    NewsTopicFactory,
    StandardPageFactory,
)

# Pinned budgets: a change that adds queries to these pages must update them on purpose.
# Kept (steady state): the page, its route and its rendered head, content and feedback
# (``{% page_fragment %}``) come from core.memo, once per content generation: no query.
KEPT_QUERIES = 0
# Rendered (issue 13: at most 10): what a page costs when its own markup is not kept
# (``CONTENT_FRAGMENTS = False``; as for each page's first reader in a generation) while
# the route, the site, its settings, the menus, the feed links, breadcrumbs and the news
# index's count, years and topics still come from core.memo. Home: the page, its news
# (with images, renditions, topics); news index: the same for its page of articles, found
# first by their ids (news.models.ArticleWindow: the date index walked, nothing sorted);
# article: + its topics, related pages.
HOME_QUERIES = 5
NEWS_INDEX_QUERIES = 6
ARTICLE_QUERIES = 6
STANDARD_QUERIES = 1  # the page itself
# The first request after an edit reads all of that again (+1 feed links, +1 breadcrumbs…).
HOME_QUERIES_AFTER_AN_EDIT = 16
NEWS_INDEX_QUERIES_AFTER_AN_EDIT = 24  # its years: one short index walk per year with articles (here one), + 1
ARTICLE_QUERIES_AFTER_AN_EDIT = 23


def queries_for(client, url, *, after_an_edit=False, kept=False):
    """Queries to serve ``url`` (the page cache off), renditions from the database.

    Rendered: the page has been served since the last edit, so what every page
    reads once per content generation (site, settings, menus, feed links, routes;
    ``core.memo``) is in memory, but the page's own markup is rendered again
    (``CONTENT_FRAGMENTS`` off). ``kept``: the same with its markup kept too (the
    steady state). ``after_an_edit``: the first request after any change, which
    reads all of it again.
    """
    from django.conf import settings

    client.get(url)  # create the renditions once
    for cache in caches.all():
        cache.clear()  # a new generation: as after an edit
    if not after_an_edit:
        client.get(url)
    settings.CONTENT_FRAGMENTS = kept or after_an_edit
    try:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    finally:
        del settings.CONTENT_FRAGMENTS
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


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_home_page_budget(client, news, lang):
    index, add = news
    add(5)
    count, sql = queries_for(client, f"/{lang}/")
    assert count == HOME_QUERIES, "\n".join(sql)
    count, sql = queries_for(client, f"/{lang}/", kept=True)
    assert count == KEPT_QUERIES, "\n".join(sql)
    count, sql = queries_for(client, f"/{lang}/", after_an_edit=True)
    assert count == HOME_QUERIES_AFTER_AN_EDIT, "\n".join(sql)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_news_index_costs_the_same_with_10_or_50_articles(client, news, settings, lang):
    settings.NEWS_PAGE_SIZE = 50
    index, add = news
    add(10)
    ten, _ = queries_for(client, index.url_in(lang))
    ten_after_an_edit, _ = queries_for(client, index.url_in(lang), after_an_edit=True)
    add(40)
    fifty, sql = queries_for(client, index.url_in(lang))
    assert ten == fifty == NEWS_INDEX_QUERIES, "\n".join(sql)
    count, sql = queries_for(client, index.url_in(lang) + "?page=2", kept=True)
    assert count == KEPT_QUERIES, "\n".join(sql)
    fifty_after_an_edit, sql = queries_for(client, index.url_in(lang), after_an_edit=True)
    assert ten_after_an_edit == fifty_after_an_edit == NEWS_INDEX_QUERIES_AFTER_AN_EDIT, "\n".join(sql)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_article_budget(client, news, lang):
    index, add = news
    add(3)
    article = index.get_children().last().specific
    count, sql = queries_for(client, article.url_in(lang))
    assert count == ARTICLE_QUERIES, "\n".join(sql)
    count, sql = queries_for(client, article.url_in(lang), kept=True)
    assert count == KEPT_QUERIES, "\n".join(sql)
    count, sql = queries_for(client, article.url_in(lang), after_an_edit=True)
    assert count == ARTICLE_QUERIES_AFTER_AN_EDIT, "\n".join(sql)


def test_standard_page_budget(client, home):
    page = StandardPageFactory(parent=home, title_en="About")
    count, sql = queries_for(client, page.url_in("en"))
    assert count == STANDARD_QUERIES, "\n".join(sql)
    count, sql = queries_for(client, page.url_in("en"), kept=True)
    assert count == KEPT_QUERIES, "\n".join(sql)
