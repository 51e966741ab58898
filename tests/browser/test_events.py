"""Events in a browser: sign up by keyboard on a phone in each language, cancel through the e-mailed link.

The live server (gunicorn, the demo site) writes its mail to files (``EMAIL_FILE_PATH``,
config/settings/test.py), so the test reads the link a registrant receives. The
registration, confirmation and self-service pages are not in the sitemap (they are
per reader): axe and the Nu checker are run on them here.
"""

import re
import time
import urllib.request

import pytest

from tests.browser.conftest import RESULTS, LiveSite
from tests.browser.test_accessibility import AXE, run_axe
from tests.browser.test_html import validate

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 375, "height": 740}, "has_touch": True, "is_mobile": True}
DONE = {"az": "Qeydiyyatdan keçdiniz", "en": "You are registered", "ru": "Вы зарегистрированы"}
GANJA = {"az": "Gəncədə Açıq qapı günü", "en": "Open Door Day in Ganja", "ru": "День открытых дверей в Гяндже"}
CANCEL = {"az": "Qeydiyyatımı ləğv et", "en": "Cancel my registration", "ru": "Отменить мою регистрацию"}
CANCELLED = {
    "az": "Qeydiyyatınız ləğv edildi.",
    "en": "Your registration is cancelled.",
    "ru": "Ваша регистрация отменена.",
}


@pytest.fixture(scope="module")
def events_site(tmp_path_factory):
    site = LiveSite()
    site.mail = tmp_path_factory.mktemp("mail")
    site.env["EMAIL_FILE_PATH"] = str(site.mail)
    site.start()
    yield site
    site.stop()


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    if AXE.exists():
        context.add_init_script(path=str(AXE))
    page = context.new_page()
    yield page
    context.close()


def event_url(site, page, lang):
    """The Ganja Open Door Day in ``lang``, found from the events index as a reader would."""
    page.goto(site.base_url + site.samples["events.eventindexpage"][lang])
    return site.base_url + page.get_by_role("link", name=GANJA[lang]).get_attribute("href")


def tab_to(page, selector, limit=80):
    """Press Tab until the focused element matches ``selector``; fail when it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def mail_to(site, address, since):
    """The newest message written to ``address`` after ``since`` (a timestamp), waiting a little for it."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for path in sorted(site.mail.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True):
            if path.stat().st_mtime < since:
                continue
            text = path.read_text(errors="replace")
            if f"To: {address}" in text:
                return text
        time.sleep(0.3)
    raise AssertionError(f"no mail to {address}")


def check_page(page, html_dir, name):
    """axe (WCAG 2.2 AA) on the page as shown, and the Nu checker on its HTML."""
    if AXE.exists():
        assert run_axe(page) == [], name
    target = html_dir / f"{name}.html"
    with urllib.request.urlopen(page.url, timeout=30) as response:  # noqa: S310 (loopback)
        target.write_bytes(response.read())
    return target


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_sign_up_by_keyboard_on_a_phone_then_cancel_through_the_emailed_link(events_site, phone, lang, tmp_path):
    page = phone
    url = event_url(events_site, page, lang)
    page.goto(url, wait_until="networkidle")
    status = page.locator("[data-availability-text]")
    assert re.search(r"\d", status.inner_text())  # live places, filled in from availability/
    tab_to(page, "[data-register-link]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == url + "register/"
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=str(RESULTS / f"events-register-{lang}.png"), full_page=True)
    html_files = [check_page(page, tmp_path, f"register-{lang}")]

    organization = page.locator("#id_organization")
    outlet = page.locator("#id_outlet")
    assert not organization.is_visible() and not outlet.is_visible()  # category first
    tab_to(page, "input[name=category]")
    for _ in range(5):  # citizen, foreigner, stateless person, state body, public organization → employer
        page.keyboard.press("ArrowDown")
    assert page.locator("#id_category_5").is_checked()
    assert organization.is_visible() and not outlet.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_organization"
    page.keyboard.type("Kür Tikinti MMC")
    page.keyboard.press("Tab")
    page.keyboard.type("Direktor")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_name"
    page.keyboard.type("Rəşad Quliyev")
    page.keyboard.press("Tab")
    address = f"resad.{lang}.{int(time.time())}@example.org"
    page.keyboard.type(address)
    page.keyboard.press("Tab")
    page.keyboard.type("050 123 45 67")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    page.screenshot(path=str(RESULTS / f"events-register-filled-{lang}.png"), full_page=True)
    tab_to(page, ".event-form button[type=submit]")
    sent_at = time.time() - 1
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("main h1").inner_text() == DONE[lang]
    page.screenshot(path=str(RESULTS / f"events-registered-{lang}.png"), full_page=True)
    html_files.append(check_page(page, tmp_path, f"registered-{lang}"))

    message = mail_to(events_site, address, sent_at)
    assert "Content-Language: " + lang in message
    assert "text/calendar" in message
    link = re.search(r"https?://[^\s\"<>]+/registration/[^/\s\"<>]+/", message).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    page.goto(events_site.base_url + path)
    assert address in page.locator("main").inner_text()
    html_files.append(check_page(page, tmp_path, f"manage-{lang}"))
    tab_to(page, "[data-cancel-registration]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert CANCELLED[lang] in page.locator("main [role=status]").inner_text()
    page.screenshot(path=str(RESULTS / f"events-cancelled-{lang}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert validate(html_files) == []


def test_without_javascript_every_category_group_is_shown_with_its_heading(events_site, browser):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    try:
        page = context.new_page()
        url = event_url(events_site, page, "en")
        page.goto(url + "register/")
        legends = page.locator("[data-category-group] legend").all_inner_texts()
        assert legends == [
            "For state bodies, public organizations and employers",
            "For the media",
            "For foreign nationals",
        ]
        assert page.locator("#id_outlet").is_visible()
        # The event page still links the form, and says where to see the places left.
        page.goto(url)
        assert page.locator("[data-register-link]").is_visible()
    finally:
        context.close()
