"""Dates as readers see them: Azerbaijani months in lowercase, English the British way.

Django's Azerbaijani catalogue capitalises month names and its English formats are
American ("Oct. 25, 2017"); the project's formats (config/formats/) and catalogue
(locale/, core/locale_overrides.py) change that. See docs/decisions.md, "Dates".
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.utils import dates, formats, translation
from django.utils.dateformat import format as date_format

from core import locale_overrides
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory

OCTOBER_25 = datetime.date(2017, 10, 25)
EXPECTED = {"az": "25 oktyabr 2017", "en": "25 October 2017", "ru": "25 октября 2017 г."}
AZ_MONTHS = [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def article(home):
    index = publish(NewsIndexPageFactory(parent=home))
    return publish(
        NewsArticlePageFactory(
            parent=index,
            date=OCTOBER_25,
            title_az="Sumqayıtda açıq qapı günü",
            title_en="Open Door Day in Sumgayit",
            title_ru="День открытых дверей в Сумгаите",
            intro_az="Vətəndaşlar üçün açıq qapı.",
            intro_en="An open day for citizens.",
            intro_ru="Открытый день для граждан.",
        )
    )


def shown_dates(response, selector):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [(t.get_text(), t["datetime"]) for t in html.select(selector)]


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_article_page_dates_in_each_language(client, article, lang):
    assert shown_dates(client.get(article.url_in(lang)), ".article__meta time") == [(EXPECTED[lang], "2017-10-25")]


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_news_index_dates_in_each_language(client, article, lang):
    index = article.get_parent().specific
    assert shown_dates(client.get(index.url_in(lang)), ".news-list .card__meta time") == [
        (EXPECTED[lang], "2017-10-25")
    ]


@pytest.mark.parametrize(("lang", "query"), [("az", "sumqayit"), ("en", "sumgayit"), ("ru", "сумгаит")])
def test_search_result_dates_in_each_language(client, article, lang, query):
    response = client.get(f"/{lang}/search/", {"q": query})
    assert shown_dates(response, ".search-result__meta time") == [(EXPECTED[lang], "2017-10-25")]


@pytest.mark.parametrize("month", range(1, 13))
def test_azerbaijani_months_are_lowercase_in_every_format(month):
    day = datetime.date(2017, month, 25)
    name = AZ_MONTHS[month - 1]
    with translation.override("az"):
        assert formats.date_format(day) == f"25 {name} 2017"
        assert formats.date_format(day, "YEAR_MONTH_FORMAT") == f"{name} 2017"
        assert formats.date_format(day, "MONTH_DAY_FORMAT") == f"25 {name}"
        # Django's own Azerbaijani DATE_FORMAT ("j E Y") and the abbreviations ("N") too.
        assert date_format(day, "j E Y") == f"25 {name} 2017"
        assert date_format(day, "N") == date_format(day, "N").lower()
    # Turkic casing: İyul → iyul, never "i̇yul" (i + combining dot) as str.lower() would give.
    assert "\u0307" not in name


@pytest.mark.parametrize("month", range(1, 13))
def test_english_dates_are_british_everywhere(month):
    day = datetime.date(2017, month, 25)
    moment = datetime.datetime(2017, month, 25, 14, 30)
    with translation.override("en"):
        assert formats.date_format(day) == f"25 {EN_MONTHS[month - 1]} 2017"
        assert formats.date_format(day, "SHORT_DATE_FORMAT") == f"25/{month:02}/2017"
        assert formats.date_format(moment, "DATETIME_FORMAT") == f"25 {EN_MONTHS[month - 1]} 2017, 14:30"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1
        # A typed date is read day first, and ISO dates (what <input type="date"> sends) still work.
        field = forms.DateField()
        assert field.clean(f"25/{month:02}/2017") == day
        assert field.clean(f"2017-{month:02}-25") == day


def test_russian_keeps_djangos_formats():
    with translation.override("ru"):
        assert formats.date_format(OCTOBER_25) == "25 октября 2017 г."
        assert formats.date_format(OCTOBER_25, "YEAR_MONTH_FORMAT") == "Октябрь 2017 г."


def test_overridden_month_names_are_kept_in_the_source():
    """``make messages --no-obsolete`` keeps only messages found in the source: these must be Django's own."""

    def message(proxy):
        return tuple(proxy._args)

    assert list(locale_overrides.MONTHS) == [m._args[0] for m in dates.MONTHS.values()]
    assert [message(m) for m in locale_overrides.MONTHS_ALT] == [message(m) for m in dates.MONTHS_ALT.values()]
    assert [message(m) for m in locale_overrides.MONTHS_AP] == [message(m) for m in dates.MONTHS_AP.values()]
