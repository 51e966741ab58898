"""The editor's task in the admin, as an Azerbaijani editor meets it (issue 9, points 1–5, 13).

An editor whose admin language is Azerbaijani (user profile) logs in to the live demo
site: previews a page while typing, moves between languages with the language bar,
keeps the fields of a language with an error in view, is asked before "Copy content
from" overwrites a body, gets a Russian slug spelled as in passports, and walks the
page editor, page listing, menus, images and documents without meeting English.
"""

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

USER, PASSWORD = "redaktor", "redaktor-pass-9"

SETUP = f"""
import json
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile
from news.models import NewsArticlePage
from standard.models import StandardPage
from wagtail.images import get_image_model
from wagtail.documents import get_document_model
User = get_user_model()
user = User.objects.filter(username="{USER}").first()
if user is None:
    user = User.objects.create_superuser("{USER}", "redaktor@qapi.example", "{PASSWORD}")
profile = UserProfile.get_for_user(user)
profile.preferred_language = "az"
profile.save()
article = NewsArticlePage.objects.live().exclude(lead_image=None).exclude(title_en="").order_by("-date").first()
standard = StandardPage.objects.live().filter(depth=3).order_by("path").first()
print(json.dumps({{
    "article": article.pk, "index": article.get_parent().pk, "standard": standard.pk,
    "home": standard.get_parent().pk, "image": get_image_model().objects.first().pk,
    "document": get_document_model().objects.first().pk,
}}))
"""

CLEANUP = """
from standard.models import StandardPage
StandardPage.objects.filter(title_az__startswith="Sınaq səhifəsi").delete()
"""


@pytest.fixture(scope="module")
def ids(live_site):
    out = live_site.manage("shell", "--no-imports", "-c", SETUP)
    yield json.loads(out.strip().splitlines()[-1])
    live_site.manage("shell", "--no-imports", "-c", CLEANUP)


@pytest.fixture
def admin(live_site, page, ids):
    page.goto(live_site.base_url + "/admin/login/")
    page.fill("#id_username", USER)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.dialogs = []
    page.accept_dialogs = False

    def answer(dialog):
        if dialog.type == "beforeunload":  # leaving a page autosave has saved
            dialog.accept()
        else:
            page.dialogs.append(dialog.message)
            dialog.accept() if page.accept_dialogs else dialog.dismiss()

    page.on("dialog", answer)
    return page


def edit(page, live_site, page_id):
    page.goto(f"{live_site.base_url}/admin/pages/{page_id}/edit/", wait_until="networkidle")
    page.wait_for_selector(".qapi-languages")


def language(page, code):
    return page.locator(f'.qapi-language[data-language="{code}"]')


def tab(page, number):
    """The editor's tabs by position: their ids are made from their names in the editor's language."""
    return page.locator("[role=tab]").nth(number)


# --- 1. preview -------------------------------------------------------------------------------


def test_the_preview_panel_shows_what_the_editor_types(admin, live_site, ids):
    edit(admin, live_site, ids["standard"])
    admin.fill("#id_title_az", "Önbaxış üçün yazılmış başlıq")
    admin.click("button[data-side-panel-toggle='preview']")
    frame = admin.frame_locator("#w-preview-iframe")
    heading = frame.locator("h1")
    heading.wait_for(timeout=15000)
    assert "Önbaxış üçün yazılmış başlıq" in heading.inner_text()


# --- 3. languages -------------------------------------------------------------------------------


def test_each_language_says_whether_it_is_filled_and_opens_in_one_click(admin, live_site, ids):
    edit(admin, live_site, ids["article"])
    bar = admin.locator(".qapi-languages")
    assert "Dillər" in bar.inner_text()
    for code in ("az", "en", "ru"):
        assert language(admin, code).get_attribute("data-state") in {"filled", "incomplete", "missing"}
        assert language(admin, code).locator(".qapi-language__status").inner_text().strip()
    assert "Doldurulub" in language(admin, "az").inner_text()

    language(admin, "ru").click()
    assert admin.locator("#id_title_ru").is_visible()
    assert not admin.locator("#id_title_az").is_visible()
    assert admin.locator("#id_date").is_visible()  # fields with one value for every language stay
    language(admin, "en").click()
    assert admin.locator("#id_title_en").is_visible() and not admin.locator("#id_title_ru").is_visible()

    # Emptying the English title: English is "not translated" at once.
    admin.fill("#id_title_en", "")
    expect(language(admin, "en")).to_have_attribute("data-state", "missing")
    assert "Tərcümə olunmayıb" in language(admin, "en").inner_text()


def test_after_an_error_in_english_the_english_fields_stay_in_view(admin, live_site, ids):
    edit(admin, live_site, ids["article"])
    language(admin, "en").click()
    admin.fill("#id_lead_image_alt_en", "")
    language(admin, "az").click()  # the editor looks at Azerbaijani when publishing
    with admin.expect_navigation():
        admin.locator("button[name='action-publish']").dispatch_event("click")
    admin.wait_for_selector(".qapi-languages")

    alt = admin.locator("#id_lead_image_alt_en")
    assert alt.is_visible()
    assert admin.locator("#id_title_en").is_visible()
    error = admin.locator('[data-contentpath="lead_image_alt_en"] .error-message')
    assert error.is_visible() and "ingiliscə" in error.inner_text()
    assert language(admin, "en").get_attribute("data-errors") == "1"
    assert language(admin, "en").locator(".qapi-language__errors").is_visible()


def test_short_texts_are_one_line_boxes(admin, live_site, ids):
    edit(admin, live_site, ids["standard"])
    box = admin.locator("#id_intro_az").bounding_box()
    title = admin.locator("#id_title_az").bounding_box()
    assert box["height"] < 200 and title["height"] < 80


# --- 5. copy content, topics ----------------------------------------------------------------------


def test_copying_over_a_body_asks_first_and_only_translated_fields_offer_it(admin, live_site, ids):
    edit(admin, live_site, ids["article"])
    assert admin.locator("section[id$='-related_pages-section'] .translation-field-copy").count() == 0
    assert admin.locator("section[id$='-intro_az-section'] .translation-field-copy").count() == 0
    wrapper = admin.locator("section[id$='-body_az-section'] .translation-field-copy-wrapper")
    assert "Bu dildən köçür" in wrapper.inner_text()
    count = admin.locator("input[name='body_az-count']")
    blocks_before = count.input_value()

    wrapper.locator("button", has_text="EN").click()  # the editor answers "Cancel"

    assert len(admin.dialogs) == 1 and "ingiliscə" in admin.dialogs[0] and "itəcək" in admin.dialogs[0]
    admin.wait_for_timeout(500)
    assert count.input_value() == blocks_before

    admin.accept_dialogs = True
    wrapper.locator("button", has_text="EN").click()  # "OK": the English body replaces it
    english = admin.locator("input[name='body_en-count']").input_value()
    expect(admin.locator("input[name='body_az-count']")).to_have_value(english)
    assert len(admin.dialogs) == 2


def test_topics_are_checkboxes_in_the_editors_language(admin, live_site, ids):
    edit(admin, live_site, ids["article"])
    boxes = admin.locator("input[type=checkbox][name=topics]")
    assert boxes.count() >= 2
    labels = admin.locator("[data-contentpath='topics'] label").all_inner_texts()
    assert "Statistika" in " ".join(labels)


# --- 2 and 13. slugs ------------------------------------------------------------------------


def test_a_russian_title_typed_in_the_admin_gets_the_passport_spelling(admin, live_site, ids):
    admin.goto(f"{live_site.base_url}/admin/pages/add/standard/standardpage/{ids['home']}/", wait_until="networkidle")
    admin.fill("#id_title_az", "Sınaq səhifəsi: keçirildi")
    language(admin, "ru").click()
    admin.fill("#id_title_ru", "Сынак: прошёл день открытых дверей")
    tab(admin, 1).click()
    assert admin.locator("#id_slug_ru").input_value() == ""  # no transliteration in the browser
    with admin.expect_navigation():
        admin.locator("button[name='action-publish']").dispatch_event("click")
    admin.wait_for_load_state("networkidle")
    assert "dərc olundu" in admin.locator(".messages").inner_text()
    # The server made the slugs: Russian as in passports (ICAO Doc 9303), one scheme.
    assert admin.request.get(live_site.base_url + "/ru/synak-proshel-den-otkrytykh-dverei/").status == 200
    assert admin.request.get(live_site.base_url + "/az/sinaq-sehifesi-kecirildi/").status == 200


def test_starting_again_after_an_abandoned_draft_publishes(admin, live_site, ids):
    url = f"{live_site.base_url}/admin/pages/add/standard/standardpage/{ids['home']}/"
    admin.goto(url, wait_until="networkidle")
    admin.wait_for_timeout(3000)  # Wagtail watches the form for changes a moment after it loads
    admin.locator("#id_title_az").press_sequentially("Sınaq səhifəsi: tərk edilmiş")  # as typed
    expect(admin).to_have_url(re.compile(r"/admin/pages/\d+/edit/"), timeout=15000)  # autosave made a draft
    admin.goto(url, wait_until="networkidle")  # the editor starts again
    admin.fill("#id_title_az", "Sınaq səhifəsi: tərk edilmiş")
    with admin.expect_navigation():
        admin.locator("button[name='action-publish']").dispatch_event("click")
    admin.wait_for_load_state("networkidle")
    assert admin.locator(".error-message").count() == 0
    assert "dərc olundu" in admin.locator(".messages").inner_text()


# --- 4. the admin in Azerbaijani -------------------------------------------------------------

# English the Azerbaijani admin showed before (issue 9, point 4) and must not show again.
ENGLISH = {
    # page editor
    "Save draft",
    "Publish",
    "Unpublish",
    "Preview",
    "Content",
    "Promote",
    "Settings",
    "Comments",
    "Checks",
    "Page title",
    "Page title*",
    "View / edit fields for",
    "Title",
    "Title tag",
    "Meta description",
    "Show in menus",
    "For search engines",
    "For site menus",
    "Go live date/time",
    "Expiry date/time",
    "The page title as you'd like it to be seen by the public",
    "Choose an image",
    "Choose a page",
    "Copy content from",
    "Copy content from:",
    "Collapse all",
    "Insert a block",
    "More actions",
    "Toggle section",
    "Lock",
    "Delete",
    "Copy",
    "Move",
    "History",
    "Reklam et",
    "Silmək",
    "Dərc etməmək",
    "Boşluq",
    "Save schedule",
    "Set schedule",
    "No publishing schedule set",
    "Visible to all",
    "Preview in new tab",
    "Content metrics",
    "Reading time",
    "Readability",
    "Autosave is paused",
    "The page could not be saved due to validation errors.",
    "Go to the first error",
    "Choose who can view the live version of this page",
    "Minimap",
    "Languages",
    "All languages",
    # page listing
    "Add child page",
    "Edit",
    "View live",
    "Sort menu order",
    "Bulk actions",
    "Type",
    "Updated",
    "Filter by",
    "Show filters",
    "Search term",
    "Select all",
    "Pagination",
    "Live",
    "Draft",
    "Owner",
    "Page type",
    "Date from",
    "Date to",
    "Has child pages",
    "Delete selected pages",
    "Publish selected pages",
    # menus
    "Dashboard",
    "Pages",
    "Images",
    "Documents",
    "Snippets",
    "Reports",
    "Help",
    "Account",
    "Log out",
    "Editor Guide",
    "Toggle sidebar",
    "Search all pages…",
    "Locked pages",
    "Site history",
    "Users",
    "Groups",
    "Collections",
    "Redirects",
    "Workflows",
    "Keyboard shortcuts",
    # images and documents
    "Add an image",
    "Add images",
    "Add a document",
    "Add documents",
    "Tags",
    "Collection",
    "File",
    "Usage",
    "Drag and drop images into this area to upload immediately.",
    "Or choose from your computer",
    "Drag and drop documents into this area to upload immediately.",
    "Focal point",
    "Max dimensions",
    "Filesize",
    "Change image file:",
    "Change document:",
    "Grid layout",
    "List layout",
    "Newest",
    "Oldest",
    "Add to collection",
    "Usage count",
    "Delete selected images",
    "Delete selected documents",
    "Image focal point",
    "Remove focal area",
    "Created",
}

TEXTS = r"""() => {
  const out = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template, noscript, svg, .w-preview__iframe')) continue;
    const text = node.textContent.replace(/\s+/g, ' ').trim();
    if (text) out.add(text);
  }
  for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const name of ['placeholder', 'aria-label', 'title']) {
      const value = el.getAttribute(name);
      if (value && value.trim()) out.add(value.trim());
    }
  }
  return [...out];
}"""


def english_on(page):
    found = set()
    for text in page.evaluate(TEXTS):
        candidates = {text, text.rstrip(":").strip(), re.sub(r" \[(az|en|ru)\]\*?$", "", text)}
        found |= candidates & ENGLISH
    return found


def test_the_azerbaijani_admin_speaks_azerbaijani(admin, live_site, ids):
    screens = {
        "dashboard": "/admin/",
        "page listing": f"/admin/pages/{ids['home']}/",
        "news listing": f"/admin/pages/{ids['index']}/",
        "page editor": f"/admin/pages/{ids['article']}/edit/",
        "new page": f"/admin/pages/add/standard/standardpage/{ids['home']}/",
        "page history": f"/admin/pages/{ids['article']}/history/",
        "images": "/admin/images/",
        "image": f"/admin/images/{ids['image']}/",
        "upload images": "/admin/images/multiple/add/",
        "documents": "/admin/documents/",
        "document": f"/admin/documents/edit/{ids['document']}/",
        "upload documents": "/admin/documents/multiple/add/",
        "menus": "/admin/settings/navigation/navigationsettings/1/",
        "news topics": "/admin/snippets/news/newstopic/",
    }
    leftovers = {}
    for name, path in screens.items():
        admin.goto(live_site.base_url + path, wait_until="networkidle")
        assert admin.locator("html").get_attribute("lang") == "az", name
        if name == "page editor":
            for number in range(admin.locator("[role=tab]").count()):
                tab(admin, number).click()
        if name == "dashboard":
            for button in admin.locator(".sidebar-menu-item--has-submenu button, nav [aria-haspopup] ").all():
                button.click()
        english = english_on(admin)
        if english:
            leftovers[name] = sorted(english)
    assert leftovers == {}, json.dumps(leftovers, ensure_ascii=False, indent=1)
