"""Slugs through the admin's real create and edit views (issue 9, points 2 and 13).

An automatically made slug never collides: it takes the next free one per language,
even next to a draft that autosave left behind. A slug the editor typed that collides
is explained once, on that language's field, naming the language and linking to the
page that holds it, in the editor's language.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from standard.models import StandardPage
from tests.factories import StandardPageFactory

SLUG_FIELDS = ("slug_az", "slug_en", "slug_ru")


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pass")
    client.force_login(user)
    return user


def speak(user, lang):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = lang
    profile.save()


def form_data(action="action-publish", **fields):
    data = {
        "title_az": "Viza məqsədləri",
        "slug_az": "",
        "title_en": "Visa purposes",
        "slug_en": "",
        "title_ru": "Цели визита",
        "slug_ru": "",
        "intro_az": "Məcəllənin 24.5-ci maddəsi.",
        "intro_en": "",
        "intro_ru": "",
        "body_az": streamfield([("paragraph", rich_text("<p>Turizm, təhsil, əmək.</p>"))]),
        "body_en": streamfield([]),
        "body_ru": streamfield([]),
        "seo_title_az": "",
        "seo_title_en": "",
        "seo_title_ru": "",
        "search_description_az": "",
        "search_description_en": "",
        "search_description_ru": "",
        "comments": inline_formset([]),
    }
    if action:
        data[action] = action.removeprefix("action-")
    data.update(fields)
    return nested_form_data(data)


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["standard", "standardpage", parent.pk])


def autosave(client, url, **fields):
    """What the editor's browser sends seconds after a title is typed: a JSON save, no action."""
    return client.post(url, form_data(action=None, **fields), headers={"accept": "application/json"})


def field_errors(response):
    html = BeautifulSoup(response.content, "html.parser")
    errors = {}
    for name in SLUG_FIELDS:
        box = html.select_one(f'[data-contentpath="{name}"] .w-field__errors')
        errors[name] = [p for p in box.select(".error-message")] if box else []
    return errors


def test_autosave_makes_a_draft_with_free_slugs_from_the_titles(client, editor, home):
    response = autosave(client, add_url(home))
    assert response.status_code == 200 and response.json()["success"]
    draft = StandardPage.objects.get(pk=response.json()["pk"])
    assert not draft.live
    assert (draft.slug_az, draft.slug_en, draft.slug_ru) == ("viza-meqsedleri", "visa-purposes", "tseli-vizita")


def test_starting_again_after_an_abandoned_autosaved_draft_publishes_with_the_next_free_slugs(client, editor, home):
    autosave(client, add_url(home))  # the editor leaves this draft behind

    response = client.post(add_url(home), form_data())

    assert response.status_code == 302, field_errors(response)
    page = StandardPage.objects.live().get(title_az="Viza məqsədləri")
    assert (page.slug_az, page.slug_en, page.slug_ru) == ("viza-meqsedleri-2", "visa-purposes-2", "tseli-vizita-2")
    assert client.get("/en/visa-purposes-2/").status_code == 200


def test_a_typed_slug_that_collides_is_explained_once_on_its_field(client, editor, home):
    speak(editor, "en")
    holder = StandardPageFactory(parent=home, title_az="Əlaqə", title_en="Contacts")  # slug_az "elaqe"

    response = client.post(add_url(home), form_data(slug_az="elaqe"))

    assert response.status_code == 200
    assert not StandardPage.objects.filter(title_az="Viza məqsədləri").exists()
    errors = field_errors(response)
    assert [len(errors[name]) for name in SLUG_FIELDS] == [1, 0, 0]
    message = errors["slug_az"][0]
    text = message.get_text(" ", strip=True)
    assert "“elaqe”" in text and "in Azerbaijani" in text and "“elaqe-2” is free" in text
    link = message.select_one("a")
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=[holder.pk])
    assert link.get_text(strip=True) == "Contacts"  # the holder's title in the editor's language
    html = BeautifulSoup(response.content, "html.parser")
    assert len(html.select(".w-field__errors .error-message")) == 1  # not once per language


def test_a_clash_by_fallback_names_the_language_it_happens_in(client, editor, home):
    """A page without an English slug answers to its Azerbaijani one in English too."""
    speak(editor, "en")
    StandardPageFactory(parent=home, title_az="Vizalar", title_en="Visas")  # answers /en/visas/

    response = client.post(add_url(home), form_data(slug_az="visas", title_en="", title_ru=""))

    errors = field_errors(response)
    assert [len(errors[name]) for name in SLUG_FIELDS] == [1, 0, 0]
    assert "in English" in errors["slug_az"][0].get_text(" ", strip=True)


def test_a_typed_english_slug_that_collides_is_explained_on_the_english_field(client, editor, home):
    speak(editor, "en")
    StandardPageFactory(parent=home, title_az="Vizalar", title_en="Visas")
    response = client.post(add_url(home), form_data(slug_en="visas"))
    errors = field_errors(response)
    assert [len(errors[name]) for name in SLUG_FIELDS] == [0, 1, 0]
    assert "in English" in errors["slug_en"][0].get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("az", ("ingiliscə", "“visas-2”", "Vizalar")),
        ("ru", ("на английском", "«visas-2»", "Визы")),
    ],
)
def test_the_explanation_is_in_the_editors_language(client, editor, home, lang, phrases):
    speak(editor, lang)
    StandardPageFactory(parent=home, title_az="Vizalar", title_en="Visas", title_ru="Визы")
    response = client.post(add_url(home), form_data(slug_en="visas"))
    text = field_errors(response)["slug_en"][0].get_text(" ", strip=True)
    for phrase in phrases:
        assert phrase in text, text


def test_a_slug_taken_by_a_draft_says_it_is_a_draft(client, editor, home):
    speak(editor, "en")
    draft = autosave(client, add_url(home)).json()["pk"]
    response = client.post(add_url(home), form_data(slug_az="viza-meqsedleri"))
    message = field_errors(response)["slug_az"][0]
    assert message.select_one("a")["href"] == reverse("wagtailadmin_pages:edit", args=[draft])
    assert "(draft)" in message.get_text(" ", strip=True)


def test_editing_a_page_into_a_siblings_slug_is_refused_on_that_field(client, editor, home):
    speak(editor, "en")
    StandardPageFactory(parent=home, title_az="Vizalar", title_en="Visas")
    page = StandardPageFactory(parent=home, title_az="Viza məqsədləri", title_en="Visa purposes")
    page.save_revision().publish()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = client.post(url, form_data(slug_az=page.slug_az, slug_en="visas"))

    errors = field_errors(response)
    assert [len(errors[name]) for name in SLUG_FIELDS] == [0, 1, 0]
    page.refresh_from_db()
    assert page.slug_en == "visa-purposes"


def test_a_typed_slug_is_transliterated_by_the_same_scheme(client, editor, home):
    response = client.post(add_url(home), form_data(slug_ru="Прошёл день  открытых дверей", slug_en="Open Day!"))
    assert response.status_code == 302
    page = StandardPage.objects.get(title_az="Viza məqsədləri")
    assert (page.slug_ru, page.slug_en) == ("proshel-den-otkrytykh-dverei", "open-day")


def test_a_slug_made_from_the_title_follows_the_title_until_first_published(client, editor, home):
    created = autosave(client, add_url(home), title_az="Viza", title_en="", title_ru="").json()["pk"]
    draft = StandardPage.objects.get(pk=created)
    assert draft.slug_az == "viza"
    url = reverse("wagtailadmin_pages:edit", args=[created])

    # The form shows the made slug as a hint, not as a value that would stick.
    field = BeautifulSoup(client.get(url).content, "html.parser").select_one('input[name="slug_az"]')
    assert field.get("value", "") == "" and "viza" in field["placeholder"]

    assert client.post(url, form_data(slug_az="")).status_code == 302
    page = StandardPage.objects.get(pk=created)
    assert page.live and page.slug_az == "viza-meqsedleri"

    # Once published, the address stays: the form shows it as the value.
    field = BeautifulSoup(client.get(url).content, "html.parser").select_one('input[name="slug_az"]')
    assert field["value"] == "viza-meqsedleri"


def test_the_admin_does_not_transliterate_in_the_browser(client, editor, home):
    """No Wagtail title → slug sync nor slug widget: the browser's scheme ("proshyol") never runs."""
    html = BeautifulSoup(client.get(add_url(home)).content, "html.parser")
    for lang in ("az", "en", "ru"):
        title = html.select_one(f'input[name="title_{lang}"]')
        slug = html.select_one(f'input[name="slug_{lang}"]')
        assert "w-sync" not in title.get("data-controller", "")
        assert "w-slug" not in slug.get("data-controller", "")
