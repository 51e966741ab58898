"""Every page type in every language, as a person in a browser meets it."""

import pytest

from tests.browser.conftest import LANGUAGES, PAGE_TYPES, url_for

pytestmark = pytest.mark.browser

CASES = [(page_type, lang) for page_type in PAGE_TYPES for lang in LANGUAGES]
IDS = [f"{t.split('.')[1]}-{lang}" for t, lang in CASES]


def test_every_page_type_has_a_demo_page(live_site):
    assert set(PAGE_TYPES) <= set(live_site.samples)


@pytest.mark.parametrize(("page_type", "lang"), CASES, ids=IDS)
def test_page_loads_without_console_errors_or_failed_requests(live_site, page, page_type, lang):
    response = page.goto(url_for(live_site, page_type, lang), wait_until="networkidle")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == lang
    assert page.problems.errors == []


@pytest.mark.parametrize(("page_type", "lang"), CASES, ids=IDS)
def test_language_switcher_leads_to_the_same_page(live_site, page, page_type, lang):
    for target in LANGUAGES:
        if target == lang:
            continue
        page.goto(url_for(live_site, page_type, lang))
        page.locator(f'nav.languages a[hreflang="{target}"]').click()
        page.wait_for_load_state()
        assert page.url == url_for(live_site, page_type, target)
        assert page.locator("html").get_attribute("lang") == target
        assert page.locator('nav.languages a[aria-current="true"]').get_attribute("hreflang") == target


@pytest.mark.parametrize(("page_type", "lang"), CASES, ids=IDS)
def test_skip_link_moves_focus_to_the_main_content(live_site, page, page_type, lang):
    page.goto(url_for(live_site, page_type, lang))
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["height"] >= 24  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues after the skip target, never back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("!document.activeElement.closest('header') && document.activeElement !== document.body")


FOCUSABLE = (
    "a[href], button:not([disabled]), select, input:not([type=hidden]), textarea, summary, "
    "[tabindex]:not([tabindex='-1'])"
)

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName, text: (el.textContent || '').trim().slice(0, 40),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== 'none',
    visible: box.width > 0 && box.height > 0,
  };
}"""


@pytest.mark.parametrize(("page_type", "lang"), CASES, ids=IDS)
def test_every_control_is_reachable_and_visibly_focused(live_site, page, page_type, lang):
    page.goto(url_for(live_site, page_type, lang))
    expected = page.evaluate(
        f"""() => [...document.querySelectorAll("{FOCUSABLE}")]
            .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
            .filter(el => !el.closest('details:not([open]) > :not(summary)'))
            .length"""
    )
    seen = 0
    problems = []
    for _ in range(expected + 3):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STYLE)
        if state["tag"] == "BODY":
            break
        seen += 1
        if not (state["visible"] and (state["outline"] or state["shadow"])):
            problems.append(state)
    assert problems == []
    assert seen >= expected


@pytest.mark.parametrize(("page_type", "lang"), CASES, ids=IDS)
def test_no_horizontal_scrolling_on_a_phone(live_site, browser, page_type, lang):
    context = browser.new_context(viewport={"width": 375, "height": 740}, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(url_for(live_site, page_type, lang), wait_until="networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_opens_and_closes_on_a_touch_screen(live_site, browser, lang):
    context = browser.new_context(viewport={"width": 375, "height": 740}, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(url_for(live_site, "home.homepage", lang))
        toggle = page.locator("[data-menu-toggle]")
        links = page.locator(".main-nav__list a")
        assert toggle.is_visible()
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not links.first.is_visible()
        toggle.tap()
        assert toggle.get_attribute("aria-expanded") == "true"
        assert links.first.is_visible()
        box = toggle.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24
        target = links.first.get_attribute("href")
        with page.expect_navigation():
            links.first.tap()
        assert page.url == live_site.base_url + target
        # Escape closes an open menu and returns focus to the button.
        page.goto(url_for(live_site, "home.homepage", lang))
        toggle.tap()
        page.keyboard.press("Escape")
        assert toggle.get_attribute("aria-expanded") == "false"
    finally:
        context.close()


def test_menu_is_open_on_a_wide_screen(live_site, page):
    page.goto(url_for(live_site, "home.homepage", "az"))
    assert not page.locator("[data-menu-toggle]").is_visible()
    assert page.locator(".main-nav__list a").first.is_visible()


@pytest.mark.parametrize(("page_type", "lang"), CASES, ids=IDS)
def test_printed_page_shows_the_content_without_navigation(live_site, page, page_type, lang):
    page.goto(url_for(live_site, page_type, lang))
    page.emulate_media(media="print")
    assert page.locator("main h1").first.is_visible()
    for chrome in (".main-nav", "nav.languages", ".skip-link", ".site-footer nav"):
        locator = page.locator(chrome)
        assert locator.count() == 0 or not locator.first.is_visible(), chrome
