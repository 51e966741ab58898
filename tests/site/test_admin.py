"""Editors in the Wagtail admin: every language's fields, create and publish, listings."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from standard.models import StandardPage
from tests.factories import StandardPageFactory


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pass")
    client.force_login(user)
    return user


def set_admin_language(user, lang):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = lang
    profile.save()


def test_edit_view_shows_each_translated_field_in_every_language(client, editor, home):
    page = StandardPageFactory(parent=home, title_en="About")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    names = {field.get("name") for field in html.select("input, textarea")}
    for lang in ("az", "en", "ru"):
        assert {f"title_{lang}", f"slug_{lang}", f"intro_{lang}"} <= names, lang
        assert html.select_one(f"#body_{lang}"), f"no body editor for {lang}"
    assert html.select_one('input[name="title_en"]')["value"] == "About"


def _standard_page_form(**fields):
    data = {
        "title_az": "Viza məqsədləri",
        "slug_az": "",
        "title_en": "Visa purposes",
        "slug_en": "",
        "title_ru": "",
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
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data(data)


def test_editor_creates_and_publishes_a_page_with_generated_slugs(client, editor, home):
    url = reverse("wagtailadmin_pages:add", args=["standard", "standardpage", home.pk])
    response = client.post(url, _standard_page_form())

    assert response.status_code == 302, response.context["form"].errors
    page = StandardPage.objects.get(title_az="Viza məqsədləri")
    assert page.live
    assert (page.slug_az, page.slug_en) == ("viza-meqsedleri", "visa-purposes")
    assert client.get("/az/viza-meqsedleri/").status_code == 200
    assert client.get("/en/visa-purposes/").status_code == 200
    public = BeautifulSoup(client.get("/ru/viza-meqsedleri/").content, "html.parser")
    assert public.select_one(".notice")  # no Russian text yet


def test_missing_azerbaijani_title_is_refused_and_explained(client, editor, home):
    url = reverse("wagtailadmin_pages:add", args=["standard", "standardpage", home.pk])
    response = client.post(url, _standard_page_form(title_az=""))
    assert response.status_code == 200
    assert not StandardPage.objects.filter(title_en="Visa purposes").exists()
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select(".error-message")


def test_page_listing_shows_the_languages_of_each_page(client, editor, home):
    set_admin_language(editor, "en")
    StandardPageFactory(parent=home, title_az="Tam", title_en="Full", title_ru="Полная")
    StandardPageFactory(parent=home, title_az="Yarım", title_en="Half")
    response = client.get(reverse("wagtailadmin_explore", args=[home.pk]))
    html = BeautifulSoup(response.content, "html.parser")
    cells = [td.get_text(" ", strip=True) for td in html.select("td")]
    assert "AZ · EN · RU" in cells
    assert "AZ · EN" in cells
    headers = [th.get_text(strip=True) for th in html.select("th")]
    assert "Languages" in headers


@pytest.mark.parametrize(("lang", "title"), [("az", "Əlaqə"), ("en", "Contacts"), ("ru", "Контакты")])
def test_admin_shows_titles_in_the_editors_language(client, editor, home, lang, title):
    set_admin_language(editor, lang)
    StandardPageFactory(parent=home, title_az="Əlaqə", title_en="Contacts", title_ru="Контакты")
    response = client.get(reverse("wagtailadmin_explore", args=[home.pk]))
    html = BeautifulSoup(response.content, "html.parser")
    assert title in [a.get_text(strip=True) for a in html.select("td.title a, td.title .title-wrapper a")]


def test_site_settings_and_topics_are_edited_in_every_language(client, editor, site):
    response = client.get(reverse("wagtailsettings:edit", args=["navigation", "sitesettings", site.pk]))
    assert response.status_code == 200
    names = {field.get("name") for field in BeautifulSoup(response.content, "html.parser").select("input, textarea")}
    for lang in ("az", "en", "ru"):
        assert {f"agency_name_{lang}", f"call_center_hours_{lang}", f"address_{lang}"} <= names

    response = client.get(reverse("wagtailsnippets_news_newstopic:add"))
    names = {field.get("name") for field in BeautifulSoup(response.content, "html.parser").select("input")}
    assert {"name_az", "name_en", "name_ru"} <= names
