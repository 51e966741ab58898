"""The news section: pagination, filters by year and topic, RSS per language, JSON-LD."""

import datetime
import json

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.factories import ImageFactory, NewsArticlePageFactory, NewsIndexPageFactory, NewsTopicFactory


@pytest.fixture
def index(home):
    return NewsIndexPageFactory(parent=home)


def titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".news-list .card__title a")]


def test_index_paginates_newest_first(client, index, settings):
    settings.NEWS_PAGE_SIZE = 4
    for n in range(10):
        NewsArticlePageFactory(parent=index, title_az=f"Xəbər {n:02}", date=datetime.date(2017, 1, 1 + n))

    first = client.get(index.url_in("az"))
    assert titles(first) == ["Xəbər 09", "Xəbər 08", "Xəbər 07", "Xəbər 06"]
    html = BeautifulSoup(first.content, "html.parser")
    assert html.select_one('.pagination [aria-current="page"]').get_text() == "1"
    assert html.select_one('.pagination a[rel="next"]')["href"] == "?page=2"

    assert titles(client.get(index.url_in("az") + "?page=3")) == ["Xəbər 01", "Xəbər 00"]
    # Out-of-range and malformed page numbers still give a page, not an error.
    assert titles(client.get(index.url_in("az") + "?page=99")) == ["Xəbər 01", "Xəbər 00"]
    assert titles(client.get(index.url_in("az") + "?page=abc")) == titles(first)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_every_article_is_on_exactly_one_page_whatever_the_filter(client, index, home, settings, lang):
    """The pages are found by walking the date index (news.models.ArticleWindow): same-day articles,
    drafts, another section's articles and a filtered year and topic all land where the order puts them."""
    settings.NEWS_PAGE_SIZE = 3
    topic = NewsTopicFactory(slug="visas")
    other = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=other, title_az="Başqa bölmə", date=datetime.date(2024, 6, 1))
    draft = NewsArticlePageFactory(parent=index, title_az="Qaralama", date=datetime.date(2024, 6, 2))
    draft.unpublish()
    expected = []
    for n in range(8):  # three on one day: the newer page first
        date = datetime.date(2024, 3, 1) if n < 3 else datetime.date(2023 + n % 2, 1 + n, 1)
        article = NewsArticlePageFactory(parent=index, title_az=f"Xəbər {n}", title_en=f"News {n}", date=date)
        if n % 2 == 0:
            article.topics.add(topic)
            article.save()
        expected.append((date, article.pk, f"News {n}" if lang == "en" else article.title_az))  # ru: not translated
    expected.sort(reverse=True)
    in_2024_with_topic = [t for d, pk, t in expected if d.year == 2024 and int(t.split()[-1]) % 2 == 0]

    def walk(query):
        shown, number = [], 1
        while True:
            response = client.get(f"{index.url_in(lang)}?{query}&page={number}")
            page_titles = titles(response)
            shown += page_titles
            if not BeautifulSoup(response.content, "html.parser").select('.pagination a[rel="next"]'):
                return shown
            number += 1

    assert walk("") == [t for _, _, t in expected]
    assert walk("year=2024&topic=visas") == in_2024_with_topic


def test_a_long_list_links_its_first_last_and_nearby_pages_only(client, index, settings):
    settings.NEWS_PAGE_SIZE = 1
    for n in range(30):
        NewsArticlePageFactory(parent=index, title_az=f"Xəbər {n:02}", date=datetime.date(2017, 1, 1 + n))
    for lang in ("az", "en", "ru"):
        html = BeautifulSoup(client.get(index.url_in(lang) + "?page=15").content, "html.parser")
        items = [li.get_text(strip=True) for li in html.select(".pagination li")]
        assert items[1:-1] == ["1", "…", "13", "14", "15", "16", "17", "…", "30"]
        assert html.select_one('.pagination [aria-current="page"]').get_text() == "15"
        assert html.select_one('.pagination a[rel="next"]')["href"] == "?page=16"


def test_filters_by_year_and_topic(client, index):
    topic = NewsTopicFactory(name_az="Statistika", name_en="Statistics", name_ru="Статистика", slug="statistics")
    old = NewsArticlePageFactory(parent=index, title_az="Köhnə", date=datetime.date(2016, 5, 1))
    new = NewsArticlePageFactory(parent=index, title_az="Yeni", date=datetime.date(2017, 5, 1))
    new.topics.add(topic)
    new.save()
    url = index.url_in("en")

    assert titles(client.get(url + "?year=2016")) == ["Köhnə"]
    assert titles(client.get(url + "?topic=statistics")) == ["Yeni"]
    assert titles(client.get(url + "?topic=statistics&year=2016")) == []
    assert titles(client.get(url + "?topic=unknown")) == []
    assert titles(client.get(url + "?year=<script>")) == ["Yeni", "Köhnə"]
    html = BeautifulSoup(client.get(url).content, "html.parser")
    assert [o["value"] for o in html.select("#filter-year option")] == ["", "2017", "2016"]
    assert not html.select("#filter-year option[selected], #filter-topic option[selected]")

    # Filtered, the list links to the article in the reader's language and the form shows the chosen filters.
    for lang, name in (("az", "Statistika"), ("en", "Statistics"), ("ru", "Статистика")):
        html = BeautifulSoup(client.get(index.url_in(lang) + "?year=2016").content, "html.parser")
        assert [a["href"] for a in html.select(".news-list .card__title a")] == [old.url_in(lang)]
        assert [o["value"] for o in html.select("#filter-year option[selected]")] == ["2016"]
        html = BeautifulSoup(client.get(index.url_in(lang) + "?topic=statistics").content, "html.parser")
        assert [a["href"] for a in html.select(".news-list .card__title a")] == [new.url_in(lang)]
        assert [o.get_text() for o in html.select("#filter-topic option[selected]")] == [name]


def test_result_count_is_pluralised_per_language(client, index):
    # 1, 2 and 5 articles: the three Russian forms, and English singular and plural.
    for year, count in ((2015, 1), (2016, 2), (2017, 5)):
        for day in range(count):
            NewsArticlePageFactory(parent=index, date=datetime.date(year, 1, 1 + day))
    texts = {
        (lang, year): BeautifulSoup(client.get(index.url_in(lang) + f"?year={year}").content, "html.parser")
        .select_one(".result-count")
        .get_text(strip=True)
        for lang in ("az", "en", "ru")
        for year in (2015, 2016, 2017)
    }
    assert texts == {
        ("az", 2015): "1 xəbər",
        ("az", 2016): "2 xəbər",
        ("az", 2017): "5 xəbər",
        ("en", 2015): "1 article",
        ("en", 2016): "2 articles",
        ("en", 2017): "5 articles",
        ("ru", 2015): "1 новость",
        ("ru", 2016): "2 новости",
        ("ru", 2017): "5 новостей",
    }


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_rss_feed_per_language(client, index, lang):
    article = NewsArticlePageFactory(
        parent=index,
        title_az="Açıq qapı günü",
        title_en="Open Door Day",
        title_ru="День открытых дверей",
        date=datetime.date(2017, 10, 25),
    )
    NewsArticlePageFactory(parent=index, title_az="Statistika", date=datetime.date(2017, 10, 26))

    response = client.get(index.url_in(lang) + "feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.feed.language == lang
    expected = {"az": "Açıq qapı günü", "en": "Open Door Day", "ru": "День открытых дверей"}[lang]
    # An article only in Azerbaijani stays out of the other feeds (tests/site/test_untranslated.py).
    assert [entry.title for entry in feed.entries] == (["Statistika", expected] if lang == "az" else [expected])
    assert feed.entries[-1].link == "http://testserver" + article.url_in(lang)


def test_article_page_shows_date_topics_lead_image_and_related(client, index, home):
    topic = NewsTopicFactory(name_az="Maarifləndirmə", name_ru="Просвещение", slug="awareness")
    other = NewsArticlePageFactory(parent=index, title_az="Digər", title_ru="Другая")
    article = NewsArticlePageFactory(
        parent=index,
        title_az="Açıq qapı",
        title_ru="Открытые двери",
        date=datetime.date(2017, 10, 25),
        lead_image=ImageFactory(),
        lead_image_alt_az="Tədbir",
        lead_image_alt_ru="Мероприятие",
    )
    article.topics.add(topic)
    article.related_pages.create(page=other)
    article.save()

    html = BeautifulSoup(client.get(article.url_in("ru")).content, "html.parser")
    assert html.select_one("time")["datetime"] == "2017-10-25"
    assert html.select_one("time").get_text() == "25 октября 2017 г."
    assert html.select_one(".lead-image img")["alt"] == "Мероприятие"
    assert html.select_one("a.tag").get_text() == "Просвещение"
    assert html.select_one("a.tag")["href"] == index.url_in("ru") + "?topic=awareness"
    assert [a.get_text() for a in html.select(".related a")] == ["Другая"]

    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Открытые двери"
    assert data["datePublished"].startswith("2017-10-25")
    assert data["inLanguage"] == "ru"
    assert data["publisher"]["name"] == "Государственная миграционная служба"
    assert data["image"].startswith("http://testserver/")
    assert html.select_one('meta[property="og:type"]')["content"] == "article"


def test_lead_image_needs_alternative_text(index):
    from django.core.exceptions import ValidationError

    article = NewsArticlePageFactory(parent=index)
    article.lead_image = ImageFactory()
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "lead_image_alt_az" in error.value.message_dict
