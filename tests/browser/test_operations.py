"""The admin's two-factor screens in a real browser (issue 15): accessible and valid HTML.

A moderator (two-factor required) whose admin language is Azerbaijani (then English)
signs in for the first time: the setup screen (QR code and key), a code generated from
the key shown on the page, the recovery codes, the account's two-factor page; then signs
out and in again and meets the verify screen (a wrong code first, then a right one).
Every screen, the error state too, passes axe-core (WCAG 2.2 AA) with no violations, and
the HTML each one was served passes the Nu HTML Checker with no errors.
"""

import base64
import json
import re
import time

import pytest
from django_otp.oath import totp

from tests.browser.test_accessibility import AXE, run_axe
from tests.browser.test_html import validate

pytestmark = pytest.mark.browser

PASSWORD = "moderator-pass-2026"

SETUP = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp import devices_for_user
from wagtail.users.models import UserProfile
User = get_user_model()
user, _ = User.objects.get_or_create(username="{username}", defaults={{"email": "{username}@qapi.example"}})
user.set_password("{password}")
user.is_active = True
user.save()
user.groups.add(Group.objects.get(name="Moderators"))
for device in devices_for_user(user, confirmed=None):
    device.delete()
profile = UserProfile.get_for_user(user)
profile.preferred_language = "{language}"
profile.save()
"""

HEADINGS = {
    "az": {"setup": "addımlı girişi qurun", "verify": "giriş kodunu"},
    "en": {"setup": "Set up two-factor sign-in", "verify": "Enter your sign-in code"},
}


def code_from_key(secret: str, offset: int = 0) -> str:
    """What the person's authenticator app shows for the key printed on the setup screen."""
    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    return f"{totp(key, step=30, t0=0, digits=6, drift=offset):06d}"


@pytest.fixture
def screens(browser):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make test` (it runs `npm ci`).")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.served = []  # (url, html) of every page the browser was served

    def keep(response):
        if response.request.resource_type == "document" and response.status == 200:
            page.served.append((response.url, response.text()))

    page.on("response", keep)
    yield page
    context.close()


def assert_accessible(page, failures, label):
    violations = run_axe(page)
    if violations:
        failures[label] = violations


def sign_in(page, live_site, username):
    page.goto(live_site.base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form.login-form button[type=submit], main form button[type=submit]")


@pytest.mark.parametrize("language", ["az", "en"])
def test_two_factor_screens_are_accessible_and_valid(live_site, screens, language, tmp_path):
    page = screens
    username = f"moderator-2fa-{language}"
    live_site.manage(
        "shell", "--no-imports", "-c", SETUP.format(username=username, password=PASSWORD, language=language)
    )
    failures = {}

    # First sign-in: the role requires a second factor, so the setup screen comes first.
    sign_in(page, live_site, username)
    page.wait_for_url(re.compile(r"/admin/two-factor/setup/"))
    assert page.locator("html").get_attribute("lang") == language
    assert HEADINGS[language]["setup"].lower() in page.locator("h1").inner_text().lower()
    assert page.locator(".two-factor-qr svg").count() == 1
    assert_accessible(page, failures, "setup")
    secret = page.locator(".two-factor-qr code").inner_text()

    # A wrong code: an error the field announces, still accessible.
    page.fill("input[name=otp_token]", "000000" if code_from_key(secret) != "000000" else "111111")
    page.click("main form.two-factor-form button[type=submit]")
    page.wait_for_selector("main .error-message")
    assert_accessible(page, failures, "setup with an error")
    time.sleep(1.5)  # django-otp's throttle after a wrong code

    # The code the app would show now: the recovery codes, once.
    page.fill("input[name=otp_token]", code_from_key(secret))
    page.click("main form.two-factor-form button[type=submit]")
    page.wait_for_selector(".two-factor-codes")
    codes = page.locator(".two-factor-codes code").all_inner_texts()
    assert len(codes) == 10
    assert_accessible(page, failures, "recovery codes")
    page.click("main a.button")
    page.wait_for_url(re.compile(r"/admin/$"))

    # The account's two-factor page.
    page.goto(live_site.base_url + "/admin/two-factor/")
    assert_accessible(page, failures, "manage")

    # Sign out, sign in again: the verify screen.
    page.context.clear_cookies()
    sign_in(page, live_site, username)
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    assert HEADINGS[language]["verify"].lower() in page.locator("h1").inner_text().lower()
    assert_accessible(page, failures, "verify")
    page.fill("input[name=otp_token]", "12345")
    page.click("main form.two-factor-form button[type=submit]")
    page.wait_for_selector("main .error-message")
    assert page.locator("input[name=otp_token]").get_attribute("aria-invalid") == "true"
    assert_accessible(page, failures, "verify with an error")
    time.sleep(2.5)
    # The next 30-second step (the app's code a moment later; the setup step is spent).
    page.fill("input[name=otp_token]", code_from_key(secret, offset=1))
    page.click("main form.two-factor-form button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    assert failures == {}, json.dumps(failures, ensure_ascii=False, indent=1)

    # The Nu HTML Checker on what the server sent for each screen.
    ours = [(url, html) for url, html in page.served if "/admin/two-factor/" in url]
    assert len(ours) >= 5, [url for url, _ in ours]
    files = {}
    for index, (url, html) in enumerate(ours):
        target = tmp_path / f"screen-{index}.html"
        target.write_text(html)
        files[str(target)] = url
    errors = validate(files)
    report = [
        f"{files.get(e.get('url', '').removeprefix('file:'), e.get('url'))}:{e.get('lastLine')}: {e.get('message')}"
        for e in errors
    ]
    assert report == []
