"""What readers see (issue 9, points 6, 7, 12, 13, 14) on a phone, a desktop and paper."""

import sqlite3

import pytest

from tests.browser.conftest import LANGUAGES

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 375, "height": 740}, "has_touch": True, "is_mobile": True}


@pytest.fixture
def phone(browser):
    """A page in a 375-pixel-wide touch screen."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    yield page
    context.close()


def path_in(live_site, page, english_path, lang):
    """The path of a demo page in ``lang``, found through the language switcher of its English page."""
    if lang == "en":
        return english_path
    page.goto(live_site.base_url + english_path)
    return page.locator(f'nav.languages a[hreflang="{lang}"]').get_attribute("href")


def open_in(live_site, page, english_path, lang):
    page.goto(live_site.base_url + path_in(live_site, page, english_path, lang), wait_until="networkidle")


# --- 7. Charts on phones -----------------------------------------------------------------

LABEL_SIZES = """() => [...document.querySelectorAll('.bar-chart__label, .bar-chart__value')]
  .map(el => parseFloat(getComputedStyle(el).fontSize) * (el.getBoundingClientRect().width / el.offsetWidth || 1))"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_chart_labels_stay_readable_on_a_phone(live_site, phone, lang):
    page = phone
    open_in(live_site, page, "/en/statistics/", lang)
    sizes = page.evaluate(LABEL_SIZES)
    assert len(sizes) >= 18  # two charts: labels and values
    assert min(sizes) >= 14
    # The labels are real text, laid out by the page, not squeezed into the bars.
    assert page.locator(".bar-chart svg text").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


# --- 12. Layout and print -----------------------------------------------------------------

ROWS = """index => { const tops = {};
  for (const li of document.querySelectorAll('.stats__figures')[index].children) {
    const t = Math.round(li.getBoundingClientRect().top); tops[t] = (tops[t] || 0) + 1; }
  return Object.values(tops); }"""


@pytest.mark.parametrize("width", [375, 800, 1280])
def test_statistic_tiles_wrap_into_even_rows(live_site, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        for path in ("/en/", "/en/statistics/"):
            page.goto(live_site.base_url + path)
            for index in range(page.locator(".stats__figures").count()):
                rows = page.evaluate(ROWS, index)
                # No lone tile under a full row (3 + 1): rows differ by one tile at most.
                assert max(rows) - min(rows) <= 1, (path, width, rows)
    finally:
        context.close()


def test_three_cards_share_the_row_on_a_desktop(live_site, page):
    page.goto(live_site.base_url + "/en/")
    boxes = [li.bounding_box() for li in page.locator("main .news-list > li").all()]
    assert len(boxes) == 3
    assert len({round(box["y"]) for box in boxes}) == 1
    row = page.locator("main .news-list").bounding_box()
    assert boxes[-1]["x"] + boxes[-1]["width"] == pytest.approx(row["x"] + row["width"], abs=2)


NUMBERED_TABLE_PAGE = """
from wagtail.models import Page
from standard.models import StandardPage

home = Page.objects.get(depth=2).specific
rows = {"az": ["Turizm", "Təhsil", "Əmək"], "en": ["Tourism", "Study", "Work"], "ru": ["Туризм", "Учёба", "Работа"]}
head = {"az": ["№", "Məqsəd"], "en": ["No.", "Purpose"], "ru": ["№", "Цель"]}
fields = {}
for lang in rows:
    fields[f"title_{lang}"] = {"az": "Cədvəl", "en": "Numbered table", "ru": "Таблица"}[lang]
    data = [head[lang], *([str(n), purpose] for n, purpose in enumerate(rows[lang] * 3 + ["X"], 1))]
    fields[f"body_{lang}"] = [("table", {"data": data, "first_row_is_table_header": True, "first_col_is_header": False,
                                         "table_caption": fields[f"title_{lang}"]})]
page = home.add_child(instance=StandardPage(slug="numbered-table", **fields))
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def numbered_table(live_site):
    """A standard page with a table whose first column numbers ten rows, in az/en/ru (the demo has none)."""
    live_site.manage("shell", "--no-imports", "-c", NUMBERED_TABLE_PAGE)
    yield "/en/numbered-table/"
    remove = "from wagtail.models import Page; Page.objects.get(slug_az='numbered-table').delete()"
    live_site.manage("shell", "--no-imports", "-c", remove)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_number_column_is_as_wide_as_its_text(live_site, page, lang, numbered_table):
    open_in(live_site, page, numbered_table, lang)
    # The column is as wide as its widest text: a number, or its heading ("№", "No.").
    widths = page.evaluate(
        """() => [...document.querySelectorAll('.table-wrap td.num, .table-wrap thead th:first-child')].map(td => {
          const range = document.createRange(); range.selectNodeContents(td);
          const style = getComputedStyle(td);
          return [td.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
                  - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth),
                  range.getBoundingClientRect().width]; })"""
    )
    assert len(widths) == 11
    widest_text = max(text for _cell, text in widths)
    assert all(cell <= widest_text + 2 for cell, _text in widths)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_printed_statistics_keep_figures_whole_and_the_data_table(live_site, page, lang):
    open_in(live_site, page, "/en/statistics/", lang)
    page.emulate_media(media="print")
    assert not page.locator(".header-search").is_visible()
    assert not page.locator("form[data-feedback]").is_visible()
    lines = page.evaluate(
        """() => [...document.querySelectorAll('.stats__number')].map(el => {
          const range = document.createRange(); range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; })"""
    )
    assert lines and set(lines) == {1}, lines  # "633 827" never broken across lines
    tables = page.locator(".stats__data table")
    assert tables.count() == 2
    for index in range(2):
        assert tables.nth(index).is_visible()
        assert tables.nth(index).locator("tbody tr").first.is_visible()


def test_printed_pages_hide_the_header_search_everywhere(live_site, page):
    for path in ("/az/", "/en/contacts/", "/ru/"):
        page.goto(live_site.base_url + path)
        page.emulate_media(media="print")
        assert not page.locator(".header-search").is_visible(), path
        page.emulate_media(media="screen")


# --- 6. Contacts -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_call_us_shows_and_dials_the_call_center(live_site, phone, lang):
    page = phone
    open_in(live_site, page, "/en/contacts/", lang)
    call = page.locator("main a.button--call")
    assert call.is_visible()
    assert "(012) 919" in call.inner_text()
    assert call.get_attribute("href") == "tel:+99412919"
    assert page.locator("main .contact-details address").is_visible()
    assert page.locator('main .contact-details a[href^="https://www.openstreetmap.org/"]').is_visible()
    assert page.locator("main iframe").count() == 0


# --- 13. Finding one's way ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switching_language_keeps_the_news_filters(live_site, page, lang):
    open_in(live_site, page, "/en/news/", lang)
    page.select_option("#filter-year", "2017")
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    assert "year=2017" in page.url
    shown = page.locator(".news-list > li").count()
    for target in LANGUAGES:
        if target == lang:
            continue
        page.locator(f'nav.languages a[hreflang="{target}"]').click()
        page.wait_for_load_state()
        assert "year=2017" in page.url
        assert page.locator("#filter-year").input_value() == "2017"
        assert page.locator(".news-list > li").count() == shown
        page.go_back()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_inner_pages_show_where_the_reader_is(live_site, page, lang):
    for english in ("/en/statistics/", "/en/news/", "/en/site-map/"):
        open_in(live_site, page, english, lang)
        crumbs = page.locator("nav.breadcrumbs li")
        assert crumbs.count() == 2
        assert crumbs.last.inner_text() == page.locator("main h1").inner_text()
    page.goto(f"{live_site.base_url}/{lang}/search/?q=viza")
    assert page.locator("nav.breadcrumbs li").count() == 2


# --- 14. "Was this page useful?" ----------------------------------------------------------------

NO = {"az": "Xeyr", "en": "No", "ru": "Нет"}
THANKS = {
    "az": "Təşəkkür edirik",
    "en": "Thank you",
    "ru": "Спасибо",
}


def stored_answers(live_site):
    with sqlite3.connect(live_site.tmp / "site.sqlite3") as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(feedback_pagefeedback)")]
        rows = db.execute("SELECT language, useful, comment FROM feedback_pagefeedback ORDER BY id").fetchall()
    return columns, rows


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("context", [{"java_script_enabled": False}], indirect=True, ids=["no-js"])
def test_feedback_works_without_javascript(live_site, page, lang):
    open_in(live_site, page, "/en/legal-information/", lang)
    form = page.locator("form[data-feedback]")
    form.locator("textarea").fill(f"{lang}: table, my number +994 50 123 45 67")
    with page.expect_navigation():
        form.get_by_role("button", name=NO[lang], exact=True).click()
    assert page.url.endswith("?feedback=thanks#feedback")
    assert THANKS[lang] in page.locator("#feedback [role=status]").inner_text()
    columns, rows = stored_answers(live_site)
    assert set(columns) == {"id", "page_id", "language", "useful", "comment", "date"}
    assert (lang, 0, f"{lang}: table, my number […]") in rows


# One language: the live server allows five answers per reader in ten minutes (feedback.ratelimit).
@pytest.mark.parametrize("lang", ["ru"])
def test_feedback_with_javascript_thanks_in_place(live_site, page, lang):
    open_in(live_site, page, "/en/about-the-service/", lang)
    url = page.url
    form = page.locator("form[data-feedback]")
    form.locator('button[value="yes"]').click()
    thanks = page.locator("#feedback .feedback__thanks")
    thanks.wait_for()
    assert THANKS[lang] in thanks.inner_text()
    assert page.url == url
    assert page.problems.errors == []
