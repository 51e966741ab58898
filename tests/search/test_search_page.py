"""The search page as readers use it, in each language."""

import datetime
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from news.models import NewsArticlePage
from search.models import SearchQueryDay
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, StandardPageFactory


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def content(home):
    index = publish(NewsIndexPageFactory(parent=home))
    odd = publish(
        NewsArticlePageFactory(
            parent=index,
            date=datetime.date(2017, 10, 25),
            title_az="Sumqayıtda açıq qapı günü",
            title_en="Open Door Day in Sumgayit",
            title_ru="День открытых дверей в Сумгаите",
            intro_az="Vətəndaşlar və əcnəbilər üçün açıq qapı.",
            intro_en="An open day for citizens and foreigners.",
            intro_ru="Открытый день для граждан и иностранцев.",
        )
    )
    permits = publish(
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
    english_only = publish(
        StandardPageFactory(
            parent=home,
            title_az="Qəbul otağı",
            title_en="Reception in the Baku office",
            intro_en="Passport desk.",
        )
    )
    return {"index": index, "odd": odd, "permits": permits, "english_only": english_only}


def results(client, lang, query, **params):
    response = client.get(f"/{lang}/search/", {"q": query, **params})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return html, [(a.get_text(), a["href"]) for a in html.select(".search-result__title a")]


@pytest.mark.parametrize(
    ("lang", "query", "title"),
    [
        ("az", "aciq qapi", "Sumqayıtda açıq qapı günü"),
        ("az", "AÇIQ QAPI", "Sumqayıtda açıq qapı günü"),
        ("az", "sumqayit", "Sumqayıtda açıq qapı günü"),
        ("az", "İMMİQRASİYA", "İş icazəsi"),
        ("az", "immiqrasiya", "İş icazəsi"),
        ("az", "IMMIQRASIYA", "İş icazəsi"),
        ("ru", "мигрантов", "Разрешение на работу"),
        ("ru", "сумгаит", "День открытых дверей в Сумгаите"),
        ("en", "permits", "Work permit"),
        ("en", "door", "Open Door Day in Sumgayit"),
    ],
)
def test_finds_pages_however_the_reader_types(client, content, lang, query, title):
    _html, found = results(client, lang, query)
    assert found and found[0][0] == title


def test_each_result_shows_type_date_and_highlighted_excerpt(client, content):
    html, found = results(client, "ru", "мигрантов")
    result = html.select_one(".search-result")
    assert found[0][1] == content["permits"].url_in("ru")
    assert "Обычная страница" in result.select_one(".search-result__meta").get_text()
    assert [m.get_text() for m in result.select("mark")] == ["мигранты"]

    html, _found = results(client, "en", "door")
    meta = html.select_one(".search-result__meta")
    assert meta.select_one("time")["datetime"] == "2017-10-25"
    assert "News article" in meta.get_text()


def test_pages_found_only_in_another_language_come_after_and_link_to_that_language(client, content):
    html, found = results(client, "az", "baku office")
    assert found == [("Reception in the Baku office", content["english_only"].url_in("en"))]
    item = html.select_one(".search-result")
    assert item["lang"] == "en"
    assert "English" in item.select_one(".search-result__meta").get_text()

    # A page that matches in the reader's language is listed once, in that language.
    _html, found = results(client, "en", "sumgayit")
    assert found == [("Open Door Day in Sumgayit", content["odd"].url_in("en"))]


def test_filters_by_type_and_date_with_counts(client, content):
    html, found = results(client, "en", "permit OR door")
    assert found == []  # every word must match: "or" is just a word here
    html, found = results(client, "az", "ucun")
    html, found = results(client, "en", "foreigners")
    assert [t for t, _ in found] == ["Open Door Day in Sumgayit"]
    facets = {a.get_text(strip=True): a["href"] for a in html.select(".facets a")}
    assert "All (1)" in facets and "News article (1)" in facets

    article_type = ContentType.objects.get_for_model(NewsArticlePage).pk
    _html, found = results(client, "en", "permit", type=article_type)
    assert found == []
    _html, found = results(client, "en", "door", date_from="2017-11-01")
    assert found == []
    _html, found = results(client, "en", "door", date_from="2017-10-01", date_to="2017-10-31")
    assert [t for t, _ in found] == ["Open Door Day in Sumgayit"]


def test_invalid_dates_are_explained_not_an_error(client, content):
    html, _found = results(client, "ru", "сумгаит", date_from="2018-01-01", date_to="2017-01-01")
    assert "раньше" in html.select_one(".field-error").get_text()
    html, _found = results(client, "en", "door", date_from="yesterday")
    assert html.select_one(".field-error")


def test_year_counts_filter_by_year(client, home):
    index = publish(NewsIndexPageFactory(parent=home))
    for year in (2015, 2017, 2017):
        publish(NewsArticlePageFactory(parent=index, title_az=f"Viza {year}", date=datetime.date(year, 3, 1)))
    html, _found = results(client, "az", "viza")
    years = {a.get_text(strip=True): a["href"] for a in html.select('nav[aria-label="İlə görə süzgəc"] a')}
    assert set(years) == {"2017 (2)", "2015 (1)"}
    html, found = results(client, "az", "viza", date_from="2017-01-01", date_to="2017-12-31")
    assert [t for t, _ in found] == ["Viza 2017", "Viza 2017"]


def test_sort_by_date(client, home):
    index = publish(NewsIndexPageFactory(parent=home))
    for year in (2015, 2019, 2017):
        publish(NewsArticlePageFactory(parent=index, title_az=f"Viza {year}", date=datetime.date(year, 1, 1)))
    _html, found = results(client, "az", "viza", sort="date")
    assert [t for t, _ in found] == ["Viza 2019", "Viza 2017", "Viza 2015"]


def test_pagination(client, home):
    index = publish(NewsIndexPageFactory(parent=home))
    for n in range(23):
        publish(NewsArticlePageFactory(parent=index, title_az=f"Qeydiyyat {n}"))
    html, found = results(client, "az", "qeydiyyat")
    assert len(found) == 10
    assert "23" in html.select_one(".result-count").get_text()
    html, found = results(client, "az", "qeydiyyat", page=3)
    assert len(found) == 3
    assert html.select_one('.pagination [aria-current="page"]').get_text() == "3"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("az", "tapılmadı"), ("en", "Nothing was found"), ("ru", "ничего не найдено")],
)
def test_no_results_says_so_and_suggests_what_to_try(client, content, lang, text):
    html, found = results(client, lang, "zzzqqq")
    assert found == []
    assert text in html.select_one(".no-results").get_text()
    assert html.select(".no-results li")


def test_works_without_javascript(client, content):
    html = BeautifulSoup(client.get("/az/search/").content, "html.parser")
    form = html.select_one("main form[role=search]")
    assert form["method"] == "get" and form["action"] == "/az/search/"
    assert form.select_one("input[name=q]") and form.select_one("button[type=submit]")


@pytest.mark.parametrize(
    "query",
    [
        '"aciq qapi"',
        "aciq AND qapi",
        "qapi*",
        "-qapi",
        "(((",
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        "😀🙂",
        "ƏşÇ Мигр mixed ყველა",
        "a" * 10_000,
        "%",
        "\\",
        "NEAR(a b)",
        "title:qapi",
        "\x00",
    ],
)
def test_any_input_gives_a_page_quickly(client, content, query):
    start = time.perf_counter()
    response = client.get("/az/search/", {"q": query})
    assert response.status_code == 200
    assert time.perf_counter() - start < 2  # generous bound on a loaded CI machine; typically ~30 ms
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one(".search-page")
    if len(query) > 200:
        assert html.select_one(".notice-inline")


def test_editors_promoted_results_come_first_in_each_language(client, content):
    query = Query.get("Açıq qapı")
    SearchPromotion.objects.create(query=query, page=content["permits"], sort_order=0, description="See also")
    for lang, typed in (("az", "aciq qapi"), ("en", "AÇIQ QAPI"), ("ru", "açıq qapı")):
        html, _found = results(client, lang, typed)
        promoted = html.select(".promotions a")
        assert [a["href"] for a in promoted] == [content["permits"].url_in(lang)]
    _html, _found = results(client, "en", "unrelated")
    assert not _html.select(".promotions")


def test_queries_are_counted_per_language_without_personal_data(client, content):
    results(client, "az", "Açıq Qapı")
    results(client, "az", "aciq qapi")
    results(client, "ru", "нет такого")
    rows = {(r.language, r.query): (r.searches, r.searches_without_results) for r in SearchQueryDay.objects.all()}
    assert rows == {("az", "aciq qapi"): (2, 0), ("ru", "нет такого"): (1, 1)}


def test_search_pages_are_not_indexed_by_search_engines(client, content):
    html, _found = results(client, "en", "door")
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"


def test_pages_behind_a_view_restriction_never_show(client, content):
    from wagtail.models import PageViewRestriction

    _html, found = results(client, "en", "permit")
    assert found
    PageViewRestriction.objects.create(page=content["permits"], restriction_type="password", password="secret")
    _html, found = results(client, "en", "permit")
    assert found == []
