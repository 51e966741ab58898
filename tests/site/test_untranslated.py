"""Articles not yet translated: marked in the lists and on the home page, left out of the other feeds.

See docs/decisions.md, "Untranslated content in lists".
"""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, NewsTopicFactory

MARK = {"en": "In Azerbaijani", "ru": "На азербайджанском"}


@pytest.fixture
def articles(home):
    index = NewsIndexPageFactory(parent=home)
    return {
        "index": index,
        "translated": NewsArticlePageFactory(
            parent=index,
            date=datetime.date(2017, 10, 25),
            title_az="Açıq qapı günü",
            title_en="Open Door Day",
            title_ru="День открытых дверей",
            intro_az="Vətəndaşlar üçün.",
            intro_en="For citizens.",
            intro_ru="Для граждан.",
        ),
        "az_only": NewsArticlePageFactory(
            parent=index, date=datetime.date(2017, 10, 26), title_az="Statistika", intro_az="Doqquz ayın rəqəmləri."
        ),
        # English title, no English introduction: only the introduction falls back.
        "en_title_only": NewsArticlePageFactory(
            parent=index,
            date=datetime.date(2017, 10, 24),
            title_az="Çağrı Mərkəzi",
            title_en="Call Center",
            intro_az="Üç dildə cavab verir.",
        ),
    }


def cards(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    found = {}
    for card in html.select(".news-list .card"):
        link = card.select_one(".card__title a")
        mark = card.select_one(".card__language")
        intro = card.select("p")[-1]
        found[link.get_text()] = {
            "title_lang": link.get("lang"),
            "intro_lang": intro.get("lang"),
            "mark": (mark.get_text(), mark["lang"]) if mark else None,
        }
    return found


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("where", ["news index", "home latest news"])
def test_untranslated_articles_are_marked_in_lists(client, home, articles, lang, where):
    url = articles["index"].url_in(lang) if where == "news index" else home.url_in(lang)

    shown = cards(client.get(url))

    assert shown["Statistika"] == {"title_lang": "az", "intro_lang": "az", "mark": (MARK[lang], lang)}
    translated = articles["translated"].title_en if lang == "en" else articles["translated"].title_ru
    assert shown[translated] == {"title_lang": None, "intro_lang": None, "mark": None}
    if lang == "en":
        assert shown["Call Center"] == {"title_lang": None, "intro_lang": "az", "mark": None}
    else:
        assert shown["Çağrı Mərkəzi"]["mark"] == (MARK[lang], lang)


@pytest.mark.parametrize("where", ["news index", "home latest news"])
def test_nothing_is_marked_in_azerbaijani(client, home, articles, where):
    url = articles["index"].url_in("az") if where == "news index" else home.url_in("az")
    shown = cards(client.get(url))
    assert len(shown) == 3
    assert all(card == {"title_lang": None, "intro_lang": None, "mark": None} for card in shown.values())


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("az", ["Statistika", "Açıq qapı günü", "Çağrı Mərkəzi"]),
        ("en", ["Open Door Day", "Call Center"]),
        ("ru", ["День открытых дверей"]),
    ],
)
def test_feeds_carry_only_articles_in_their_language(client, articles, lang, titles):
    response = client.get(articles["index"].url_in(lang) + "feed/")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.feed.language == lang
    assert [entry.title for entry in feed.entries] == titles


def test_related_pages_and_topics_say_when_they_are_in_azerbaijani(client, articles):
    article = articles["translated"]
    article.related_pages.create(page=articles["az_only"])
    article.related_pages.create(page=articles["en_title_only"])
    article.topics.add(NewsTopicFactory(name_az="Maarifləndirmə", name_ru="Просвещение", slug="awareness"))
    article.save()

    for lang, marked in (("en", ["Statistika"]), ("ru", ["Statistika", "Çağrı Mərkəzi"])):
        html = BeautifulSoup(client.get(article.url_in(lang)).content, "html.parser")
        related = {a.get_text(): a.get("lang") for a in html.select(".related a")}
        assert sorted(title for title, item_lang in related.items() if item_lang == "az") == sorted(marked)
        assert len(html.select(".related .language-note")) == len(marked)
        tag = html.select_one("a.tag")
        assert (tag.get_text(), tag.get("lang")) == (
            ("Maarifləndirmə", "az") if lang == "en" else ("Просвещение", None)
        )
