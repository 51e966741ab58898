"""An organizer at the door with a phone (375 px): log in, open the check-in list of an event
of the demo, find a person by name, check them in, see it marked; then undo it."""

import json

import pytest
from unidecode import unidecode

from tests.browser.conftest import ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}

# Someone of the demo with a confirmed place, not checked in: the organizer's task at the door.
# Should the demo have none, one is added to an event of the demo for the test, then removed.
FIND_SOMEONE = """
import json
from django.utils import timezone
from events.models import EventPage, Registration
found = (
    Registration.objects.filter(status="confirmed", checked_in_at__isnull=True, anonymised_at__isnull=True)
    .exclude(name="").order_by("-event__start", "pk").first()
)
added = False
if found is None:
    event = EventPage.objects.live().order_by("-start").first()
    if event is not None:
        found = Registration.objects.create(
            event=event, category="citizen", status="confirmed", name="Aysel Məmmədova",
            email="aysel.browser-test@example.org", language="az", consent_at=timezone.now(),
        )
        added = True
print(json.dumps(found and {"event": found.event_id, "registration": found.pk, "name": found.name, "added": added}))
"""
REMOVE = "from events.models import Registration; Registration.objects.filter(pk={pk}).delete()"


@pytest.fixture(scope="module")
def someone(live_site):
    found = json.loads(live_site.manage("shell", "-c", FIND_SOMEONE).strip().splitlines()[-1])
    if not found:
        pytest.fail("the demo has no event to check people in to")
    yield found
    if found["added"]:
        live_site.manage("shell", "-c", REMOVE.format(pk=found["registration"]))


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    if AXE.exists():
        context.add_init_script(path=str(AXE))
    page = context.new_page()
    yield page
    context.close()


def log_in(page, live_site, next_path):
    page.goto(f"{live_site.base_url}/admin/login/?next={next_path}")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "qapi-demo")
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(f"**{next_path}")


def test_check_in_at_the_door_on_a_phone(live_site, phone, someone):
    page = phone
    path = f"/admin/registrations/{someone['event']}/check-in/"
    log_in(page, live_site, path)
    assert page.locator(".events-checkin").is_visible()
    # Nothing wider than the phone.
    assert page.evaluate("document.querySelector('.events-checkin').scrollWidth") <= 375

    # Search as it is typed at the door: the surname, without Azerbaijani or Cyrillic letters.
    word = unidecode(someone["name"].translate(str.maketrans("əƏ", "eE"))).split()[-1].lower()
    search = page.get_by_role("searchbox")
    search.fill(word)
    search.press("Enter")
    page.wait_for_url("**?q=*")
    person = page.locator(f"#registration-{someone['registration']}")
    assert person.is_visible()
    button = person.locator("button.events-checkin__button")
    box = button.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44  # a target for a thumb

    with page.expect_navigation():  # POST, then back to the list (post/redirect/get)
        button.tap()
    person = page.locator(f"#registration-{someone['registration']}")
    assert "is-checked-in" in person.get_attribute("class")
    assert person.locator(".events-checkin__done").is_visible()
    assert someone["name"] in page.locator(".messages").inner_text()

    if AXE.exists():
        violations = page.evaluate(
            "() => axe.run({include: [['.events-checkin']]}, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}).then(r => r.violations.map(v => v.id))"
        )
        assert violations == []

    # Leave the demo as it was.
    with page.expect_navigation():
        person.locator("button.events-checkin__undo").tap()
    assert "is-checked-in" not in page.locator(f"#registration-{someone['registration']}").get_attribute("class")
