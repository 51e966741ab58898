"""Search in the browser: the combobox by keyboard and touch, the results page, no JavaScript."""

import pytest

from tests.browser.conftest import LANGUAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_results_page_loads_cleanly(live_site, page, lang):
    query = {"az": "aciq qapi", "en": "permits", "ru": "мигрантов"}[lang]
    page.goto(f"{live_site.base_url}/{lang}/search/?q={query}", wait_until="networkidle")
    assert page.locator(".search-result").count() >= 1
    assert page.locator(".search-result mark").count() >= 1
    assert page.problems.errors == []


def test_combobox_suggests_and_is_operable_by_keyboard(live_site, page):
    page.goto(f"{live_site.base_url}/az/", wait_until="networkidle")
    box = page.locator("#header-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.focus()
    box.type("sumq", delay=30)
    listbox = page.locator("#header-q-listbox")
    listbox.locator("[role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert "Sumqayıt" in listbox.locator("[role=option]").first.inner_text()
    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    option = page.locator(f"#{active}")
    assert active and option.get_attribute("aria-selected") == "true"
    chosen = option.inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # Enter opens the suggestion chosen with the arrow key (the Sumqayıt article or event).
    assert page.url.startswith(live_site.base_url + "/az/")
    assert page.locator("h1").inner_text() == chosen
    assert page.problems.errors == []


def test_escape_closes_the_suggestions(live_site, page):
    page.goto(f"{live_site.base_url}/en/", wait_until="networkidle")
    box = page.locator("#header-q")
    box.focus()
    box.type("open", delay=30)
    page.locator("#header-q-listbox [role=option]").first.wait_for()
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert page.locator("#header-q-listbox").is_hidden()


def test_search_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_site.base_url}/ru/")
        page.fill("#header-q", "мигрантов")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/ru/search/" in page.url
        assert page.locator(".search-result").count() >= 1
    finally:
        context.close()
