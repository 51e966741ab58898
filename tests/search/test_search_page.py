"""The search page as readers use it, in each language."""

import datetime
from urllib.parse import parse_qsl

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from news.models import NewsArticlePage
from search.indexing import index_object
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
    assert "Страница" in result.select_one(".search-result__meta").get_text()  # a reader's word for its kind
    assert [m.get_text() for m in result.select("mark")] == ["мигранты"]

    html, _found = results(client, "en", "door")
    meta = html.select_one(".search-result__meta")
    assert meta.select_one("time")["datetime"] == "2017-10-25"
    assert meta.get_text().startswith("News ·")


def test_pages_found_only_in_another_language_come_after_and_link_to_that_language(client, content):
    html, found = results(client, "az", "baku office")
    assert found == [("Reception in the Baku office", content["english_only"].url_in("en"))]
    item = html.select_one(".search-result")
    assert item["lang"] == "en"
    assert "İngilis dilində tapıldı" in item.select_one(".search-result__meta").get_text()
    # Named in the reader's language, for each language: "Найдено на азербайджанском".
    html, found = results(client, "ru", "baku office")
    assert "Найдено на английском" in html.select_one(".search-result__meta").get_text()

    # A page that matches in the reader's language is listed once, in that language.
    _html, found = results(client, "en", "sumgayit")
    assert found == [("Open Door Day in Sumgayit", content["odd"].url_in("en"))]


def test_filters_by_type_and_date_with_counts(client, home, content):
    html, found = results(client, "en", "permit OR door")
    assert not html.select(".search-result__missing") or found  # "or" is a word here, not an operator
    # The Sumqayıt article says "üçün", but a stop word alone matches nothing: no results, nothing to count.
    html, found = results(client, "az", "ucun")
    assert found == [] and not html.select(".facets")
    html, found = results(client, "en", "foreigners")
    assert [t for t, _ in found] == ["Open Door Day in Sumgayit"]
    facets = [a.get_text(strip=True) for a in html.select(".facets a")]
    assert facets == ["All (1)", "News (1)"]  # no year filter for a single year

    publish(
        NewsArticlePageFactory(
            parent=content["index"],
            date=datetime.date(2017, 3, 14),
            title_az="Gəncədə açıq qapı günü",
            title_en="Open Door Day in Ganja",
            title_ru="День открытых дверей в Гяндже",
        )
    )
    hours = publish(
        StandardPageFactory(
            parent=home,
            title_az="Açıq qapı: qəbul saatları",
            title_en="Open door: reception hours",
            title_ru="Открытые двери: часы приёма",
            first_published_at=datetime.datetime(2014, 2, 1, 12, tzinfo=datetime.UTC),
        )
    )
    # A page without a date of its own is dated by its last published change (here in 2015).
    hours.last_published_at = datetime.datetime(2015, 6, 1, 12, tzinfo=datetime.UTC)
    type(hours).objects.filter(pk=hours.pk).update(last_published_at=hours.last_published_at)
    index_object(type(hours).objects.get(pk=hours.pk))
    for lang, query, types, articles, page in [
        (
            "az",
            "qapi",
            ["Hamısı (3)", "Xəbər (2)", "Səhifə (1)"],
            ["Sumqayıtda açıq qapı günü", "Gəncədə açıq qapı günü"],
            "Açıq qapı: qəbul saatları",
        ),
        (
            "en",
            "door",
            ["All (3)", "News (2)", "Page (1)"],
            ["Open Door Day in Sumgayit", "Open Door Day in Ganja"],
            "Open door: reception hours",
        ),
        (
            "ru",
            "двери",
            ["Все (3)", "Новость (2)", "Страница (1)"],
            ["День открытых дверей в Сумгаите", "День открытых дверей в Гяндже"],
            "Открытые двери: часы приёма",
        ),
    ]:
        html, found = results(client, lang, query)
        assert len(found) == 3
        type_facets, year_facets = html.select("nav.facets")
        assert [a.get_text(strip=True) for a in type_facets.select("a")] == types
        assert [a.get_text(strip=True) for a in year_facets.select("a")] == ["2017 (2)", "2015 (1)"]

        # Each count is a link to exactly that many results.
        params = dict(parse_qsl(type_facets.select("a")[1]["href"][1:]))
        html, found = results(client, lang, params.pop("q"), **params)
        assert sorted(t for t, _ in found) == sorted(articles)
        type_facets = html.select_one("nav.facets")
        assert type_facets.select_one('a[aria-current="true"]').get_text(strip=True) == types[1]
        assert type_facets.select("a")[0].get_text(strip=True) == types[0]  # "All" still counts every type

        params = dict(parse_qsl(year_facets.select("a")[0]["href"][1:]))
        _html, found = results(client, lang, params.pop("q"), **params)
        assert sorted(t for t, _ in found) == sorted(articles)  # 2017: both articles
        params = dict(parse_qsl(year_facets.select("a")[1]["href"][1:]))
        _html, found = results(client, lang, params.pop("q"), **params)
        assert [t for t, _ in found] == [page]  # 2015: the standard page

    article_type = ContentType.objects.get_for_model(NewsArticlePage).pk
    _html, found = results(client, "en", "permit", type=article_type)
    assert found == []
    _html, found = results(client, "en", "door", date_from="2017-11-01")
    assert found == []
    _html, found = results(client, "en", "door", date_from="2017-10-01", date_to="2017-10-31")
    assert [t for t, _ in found] == ["Open Door Day in Sumgayit"]


@pytest.mark.parametrize(
    ("lang", "query", "missing", "notice"),
    [
        ("az", "sumqayit qapi viza", "viza", "Heç bir səhifədə"),
        ("en", "sumgayit door visa", "visa", "No page has every word"),
        ("ru", "сумгаит двери виза", "виза", "Ни на одной странице нет всех слов"),
    ],
)
def test_when_no_page_has_every_word_pages_with_most_of_them_are_shown(client, content, lang, query, missing, notice):
    html, found = results(client, lang, query)
    assert [url for _t, url in found] == [content["odd"].url_in(lang)]  # two of three words: shown
    assert notice in html.select_one("#partial-notice").get_text()
    assert [s.get_text() for s in html.select(".search-result__missing s")] == [missing]

    # One word of three is not "most of them": nothing, and the usual advice.
    html, found = results(
        client,
        lang,
        {"az": "sumqayit viza pasport", "en": "sumgayit visa passport", "ru": "сумгаит виза паспорт"}[lang],
    )
    assert found == [] and html.select_one(".no-results") and not html.select("#partial-notice")


def test_full_matches_never_show_the_partial_notice(client, content):
    html, found = results(client, "en", "sumgayit door")
    assert found and not html.select("#partial-notice") and not html.select(".search-result__missing")


def test_excerpts_quote_the_text_once_not_image_descriptions(client, home):
    from tests.factories import ImageFactory

    image = ImageFactory()
    page = publish(
        StandardPageFactory(
            parent=home,
            title_en="Residence permits",
            intro_en="Who may apply for a temporary residence permit.",
            search_description_en="Who may apply for a temporary residence permit.",
            body_en=[
                (
                    "image",
                    {"image": image, "alt_text": "A residence card held in a hand", "caption": "A residence card"},
                ),
                ("paragraph", "<p>Apply at a regional department with your passport.</p>"),
            ],
        )
    )
    html, found = results(client, "en", "residence")
    assert found == [("Residence permits", page.url_in("en"))]
    text = html.select_one(".search-result__excerpt").get_text()
    assert text.count("Who may apply") == 1  # the introduction, not again as the search description
    assert "card" not in text  # alt text and captions describe an image; they are not the page's words
    assert "regional department" in text


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
def test_any_input_gives_a_page_never_an_error(client, content, query):
    # How long these take is measured by bench/hostile_queries.py.
    response = client.get("/az/search/", {"q": query})
    assert response.status_code == 200
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


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_a_promotion_added_or_removed_shows_on_the_next_search(client, content, lang):
    """Promotions are kept per content generation (search.query.promotions): never older than the last edit."""
    assert not results(client, lang, "aciq qapi")[0].select(".promotions")
    assert not results(client, lang, "aciq qapi")[0].select(".promotions")  # kept: none
    promotion = SearchPromotion.objects.create(query=Query.get("Açıq qapı"), page=content["permits"], sort_order=0)
    html, _found = results(client, lang, "aciq qapi")
    assert [a["href"] for a in html.select(".promotions a")] == [content["permits"].url_in(lang)]
    promotion.delete()
    assert not results(client, lang, "aciq qapi")[0].select(".promotions")


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
