"""Outreach in the browser, as a foreign visitor with a phone: the leaflet offline after one visit,
its weight, its printout (A4 and A5, read back from Chromium's PDF with its QR code), the short
address by the phone's language, "Which office serves me?", and axe and the Nu checker on every
outreach page kind, in every language, including the states that only a query shows.

Run alone: ``pytest -m browser tests/browser/test_outreach.py``.
"""

import io
import urllib.error
import urllib.request

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.browser.conftest import LANGUAGES, url_for
from tests.browser.test_accessibility import AXE, run_axe
from tests.browser.test_html import validate

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
LEAFLET = "outreach.leafletpage"


def phone_context(browser, lang, **extra):
    return browser.new_context(**PHONE, locale={"az": "az-AZ", "en": "en-GB", "ru": "ru-RU"}[lang], **extra)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_leaflet_is_readable_offline_after_one_visit(live_site, browser, lang):
    context = phone_context(browser, lang)
    try:
        page = context.new_page()
        url = url_for(live_site, LEAFLET, lang)
        page.goto(url, wait_until="networkidle")
        title = page.locator("h1").inner_text()
        # The page says so once its worker runs and its files are kept.
        page.locator("[data-offline-ready]").wait_for(state="visible", timeout=15_000)
        index_url = live_site.base_url + page.locator("body").get_attribute("data-sw-scope")

        context.set_offline(True)
        page.reload(wait_until="load")
        assert page.locator("h1").inner_text() == title
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")  # its CSS too
        other = context.new_page()  # a new tab, as after closing the browser
        other.goto(url, wait_until="load")
        assert other.locator("h1").inner_text() == title
        # The control: a page never visited (the leaflets index, in the same scope) is not there offline.
        with pytest.raises(Exception):  # noqa: B017, PT011 — Playwright's net::ERR_FAILED
            other.goto(index_url, wait_until="load")
    finally:
        context.close()


RESOURCES = """() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
  .map(e => [e.name, Math.max(e.transferSize, e.decodedBodySize)])"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_light_leaflet_page_weighs_under_50_kb_with_everything(live_site, browser, lang):
    """Everything a phone fetches for the leaflet: the page, its styles, script, icon and service worker."""
    context = phone_context(browser, lang)
    try:
        page = context.new_page()
        page.goto(url_for(live_site, LEAFLET, lang), wait_until="networkidle")
        page.locator("[data-offline-ready]").wait_for(state="visible", timeout=15_000)
        sizes = {}
        for url, size in page.evaluate(RESOURCES):  # the cache's own fetches repeat a URL: count it once
            sizes[url] = max(size, sizes.get(url, 0))
        with urllib.request.urlopen(live_site.base_url + "/leaflet-sw.js", timeout=10) as worker:  # noqa: S310
            sizes["/leaflet-sw.js"] = len(worker.read())
        total = sum(sizes.values())
        assert len(sizes) >= 5  # page, stylesheet, print stylesheet, script, worker
        assert 8_000 < total < 50_000, sizes
    finally:
        context.close()


@pytest.mark.parametrize(("paper", "width_pt"), [("A4", 595), ("A5", 420)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_printed_leaflet_on_a4_and_a5(live_site, browser, lang, paper, width_pt):
    import zxingcpp

    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url_for(live_site, LEAFLET, lang), wait_until="networkidle")
        title = page.locator("h1").inner_text()
        short = page.locator(".lf-url").inner_text()
        languages = page.locator(".lf-languages").inner_text()
        reader = PdfReader(io.BytesIO(page.pdf(format=paper, print_background=True)))
        assert reader.pages[0].mediabox.width == pytest.approx(width_pt, abs=1)
        text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
        assert title in text and short in text
        assert languages.split()[0] not in text.split(title)[0]  # no language links above the title
        decoded = {
            result.text
            for p in reader.pages
            for image in p.images
            for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)))
        }
        assert decoded == {short}
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_short_address_opens_the_leaflet_in_the_phones_language(live_site, browser, lang):
    context = phone_context(browser, lang)
    try:
        page = context.new_page()
        page.goto(url_for(live_site, LEAFLET, "az"))
        short = page.locator(".lf-url").inner_text()
        page.goto(short)
        assert page.url == url_for(live_site, LEAFLET, lang)
        assert page.locator("html").get_attribute("lang") == lang
        # The other two languages are one tap away.
        others = page.locator(".lf-languages a:not([aria-current])")
        assert sorted(others.evaluate_all("els => els.map(e => e.hreflang)")) == sorted(set(LANGUAGES) - {lang})
    finally:
        context.close()


@pytest.mark.parametrize(("lang", "typed", "answer"), [("en", "Sheki", "Shaki"), ("ru", "Lenkoran", "Ленкорань")])
def test_which_office_serves_me_on_a_phone(live_site, browser, lang, typed, answer):
    context = phone_context(browser, lang)
    try:
        page = context.new_page()
        page.goto(url_for(live_site, "outreach.departmentindexpage", lang))
        page.locator("#district").fill(typed)
        page.locator("#district").press("Enter")
        page.wait_for_load_state()
        box = page.locator("#district-answer")
        assert answer in box.inner_text()
        assert box.locator("a").first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()


def outreach_paths(live_site):
    """Every outreach page kind in every language, plus the states a query shows."""
    paths = [
        live_site.samples[kind][lang]
        for kind in sorted(live_site.samples)
        if kind.startswith("outreach.")
        for lang in LANGUAGES
    ]
    departments = live_site.samples["outreach.departmentindexpage"]
    eservices = live_site.samples["outreach.eserviceindexpage"]
    leaflets = live_site.samples["outreach.leafletindexpage"]
    paths += [
        departments["en"] + "?district=Seki",
        departments["az"] + "?district=Qebelx",
        departments["ru"] + "?district=zzzz&region=nowhere",
        eservices["en"] + "?audience=employer&event=working",
        eservices["ru"] + "?audience=martian",
        leaflets["az"] + "?kind=land&region=gazakh-tovuz",
    ]
    return paths


def test_outreach_pages_pass_axe(live_site, browser):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make test` (it runs `npm ci`).")
    failures = {}
    for viewport in ({"width": 1280, "height": 900}, PHONE["viewport"]):
        context = browser.new_context(viewport=viewport)
        context.add_init_script(path=str(AXE))
        page = context.new_page()
        for path in outreach_paths(live_site):
            page.goto(live_site.base_url + path, wait_until="networkidle")
            violations = run_axe(page)
            if violations:
                failures[f"{viewport['width']} {path}"] = violations
        context.close()
    assert failures == {}


def test_outreach_pages_are_valid_html(live_site, tmp_path):
    files = {}
    for n, path in enumerate(outreach_paths(live_site)):
        try:
            with urllib.request.urlopen(live_site.base_url + path, timeout=30) as response:  # noqa: S310
                body = response.read()
        except urllib.error.HTTPError as error:
            body = error.read()
        target = tmp_path / f"outreach-{n:02}.html"
        target.write_bytes(body)
        files[str(target)] = path
    errors = validate(files)
    assert [
        f"{files.get(e.get('url', '').removeprefix('file:'))}:{e.get('lastLine')}: {e.get('message')}" for e in errors
    ] == []
