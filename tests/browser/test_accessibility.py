"""axe-core on every page of the demo site in every language: zero WCAG 2.2 AA violations."""

import json

import pytest

from tests.browser.conftest import LANGUAGES, ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def axe_context(browser):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make test` (it runs `npm ci`).")
    # Injected through the DevTools protocol: the site's CSP forbids inline script.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE))
    yield context
    context.close()


def run_axe(page):
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))",
        TAGS,
    )


def pages_to_check(live_site):
    searches = ["/az/search/?q=aciq+qapi", "/en/search/?q=permits", "/ru/search/?q=zzzz", "/en/search/"]
    return [*live_site.sitemap_paths(), *searches, "/az/no-such-page/", "/en/no-such-page/", "/ru/no-such-page/"]


def language_of(path):
    """The language a path is in; a path outside /az/, /en/, /ru/ goes with the default (az)."""
    prefix = path.split("/")[1]
    return prefix if prefix in LANGUAGES else "az"


# One test per language (so two workers share the site's ~90 pages); together they check every page.
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_passes_axe(live_site, axe_context, lang):
    paths = pages_to_check(live_site)
    assert len(paths) >= 60  # the whole demo site in three languages
    failures = {}
    page = axe_context.new_page()
    for path in (p for p in paths if language_of(p) == lang):
        page.goto(live_site.base_url + path, wait_until="networkidle")
        violations = run_axe(page)
        if violations:
            failures[path] = violations
    assert failures == {}, json.dumps(failures, ensure_ascii=False, indent=1)


def test_axe_catches_an_image_without_alt_text(live_site, axe_context):
    """The check itself works: a page with a broken image is reported."""
    page = axe_context.new_page()
    page.goto(live_site.base_url + "/en/", wait_until="networkidle")
    page.evaluate(
        "document.querySelector('main')"
        ".append(Object.assign(document.createElement('img'), {src: '/static/img/favicon.svg'}))"
    )
    assert "image-alt" in [v["id"] for v in run_axe(page)]
