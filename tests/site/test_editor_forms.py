"""The page form, through the admin's real views (issue 9, points 3 and 5).

Image descriptions are required in every language a page exists in; topics are
checkboxes labelled in the editor's language; short texts are one-line boxes; the
editor's language bar replaces wagtail-modeltranslation's toggles.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from news.models import NewsArticlePage
from tests.factories import ImageFactory, NewsArticlePageFactory, NewsIndexPageFactory, NewsTopicFactory


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pass")
    client.force_login(user)
    speak(user, "en")
    return user


def speak(user, lang):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = lang
    profile.save()


@pytest.fixture
def index(home):
    return NewsIndexPageFactory(parent=home)


def article_data(action="action-publish", **fields):
    data = {
        "title_az": "Açıq qapı günü",
        "title_en": "Open Door Day",
        "title_ru": "",
        **{f"slug_{lang}": "" for lang in ("az", "en", "ru")},
        "date": "2017-10-25",
        "intro_az": "Sumqayıtda açıq qapı günü.",
        "intro_en": "Open Door Day in Sumgayit.",
        "intro_ru": "",
        "lead_image": "",
        "lead_image_alt_az": "Xidmətin binası",
        "lead_image_alt_en": "",
        "lead_image_alt_ru": "",
        "body_az": streamfield([("paragraph", rich_text("<p>Mətn.</p>"))]),
        "body_en": streamfield([]),
        "body_ru": streamfield([]),
        "related_pages": inline_formset([]),
        **{f"seo_title_{lang}": "" for lang in ("az", "en", "ru")},
        **{f"search_description_{lang}": "" for lang in ("az", "en", "ru")},
        "comments": inline_formset([]),
    }
    if action:
        data[action] = action.removeprefix("action-")
    data.update(fields)
    return nested_form_data(data)


def add_article_url(index):
    return reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", index.pk])


def errors_of(response, name):
    html = BeautifulSoup(response.content, "html.parser")
    box = html.select_one(f'[data-contentpath="{name}"] .w-field__errors')
    return [p.get_text(" ", strip=True) for p in box.select(".error-message")] if box else []


# --- image descriptions in every language the page exists in -------------------------------


def test_a_missing_english_description_is_refused_on_the_english_field(client, editor, index):
    image = ImageFactory()
    response = client.post(add_article_url(index), article_data(lead_image=image.pk))

    assert response.status_code == 200
    assert not NewsArticlePage.objects.filter(title_az="Açıq qapı günü").exists()
    [message] = errors_of(response, "lead_image_alt_en")
    assert "in English" in message
    assert errors_of(response, "lead_image_alt_az") == []
    assert errors_of(response, "lead_image_alt_ru") == []  # no Russian version: nothing to describe


def test_a_language_the_page_does_not_exist_in_needs_no_description(client, editor, index):
    image = ImageFactory()
    response = client.post(add_article_url(index), article_data(lead_image=image.pk, lead_image_alt_en="The building"))
    assert response.status_code == 302
    article = NewsArticlePage.objects.get(title_az="Açıq qapı günü")
    assert article.live and article.lead_image_alt_en == "The building"


def test_a_missing_azerbaijani_description_is_said_once(client, editor, index):
    image = ImageFactory()
    response = client.post(
        add_article_url(index),
        article_data(lead_image=image.pk, lead_image_alt_az="", lead_image_alt_en="The building"),
    )
    [message] = errors_of(response, "lead_image_alt_az")  # the form's, not also the model's own
    assert "in Azerbaijani" in message


def test_a_draft_may_wait_for_its_descriptions(client, editor, index):
    """Autosave and "Save draft" keep the editor's work; publishing asks for the descriptions."""
    image = ImageFactory()
    response = client.post(add_article_url(index), article_data(action=None, lead_image=image.pk))
    assert response.status_code == 302
    article = NewsArticlePage.objects.get(title_az="Açıq qapı günü")
    assert not article.live

    response = client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), article_data(lead_image=image.pk))
    assert response.status_code == 200
    assert errors_of(response, "lead_image_alt_en")


def test_the_description_is_asked_in_the_editors_language(client, editor, index):
    speak(editor, "ru")
    response = client.post(add_article_url(index), article_data(lead_image=ImageFactory().pk))
    [message] = errors_of(response, "lead_image_alt_en")
    assert "на английском" in message


# --- topics ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "label"), [("az", "Açıq qapı günü"), ("en", "Open Door Day"), ("ru", "День открытых дверей")]
)
def test_topics_are_checkboxes_labelled_in_the_editors_language(client, editor, index, lang, label):
    speak(editor, lang)
    topic = NewsTopicFactory(name_az="Açıq qapı günü", name_en="Open Door Day", name_ru="День открытых дверей")
    NewsTopicFactory(name_az="Statistika", name_en="Statistics", name_ru="Статистика")
    html = BeautifulSoup(client.get(add_article_url(index)).content, "html.parser")
    assert not html.select("select[name=topics]")
    boxes = html.select('input[type=checkbox][name="topics"]')
    assert len(boxes) == 2
    box = html.select_one(f'input[name="topics"][value="{topic.pk}"]')
    assert box.find_parent("label").get_text(strip=True) == label


def test_topics_chosen_with_checkboxes_are_saved(client, editor, index):
    first, _second, third = NewsTopicFactory(), NewsTopicFactory(), NewsTopicFactory()
    data = article_data()
    data["topics"] = [first.pk, third.pk]  # one value per ticked box
    response = client.post(add_article_url(index), data)
    assert response.status_code == 302
    article = NewsArticlePage.objects.get(title_az="Açıq qapı günü")
    assert set(article.topics.all()) == {first, third}


# --- the editor's boxes and scripts ------------------------------------------------------


def test_short_texts_are_one_line_boxes_that_grow(client, editor, index):
    article = NewsArticlePageFactory(parent=index)
    html = BeautifulSoup(client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content, "html.parser")
    for name in ("intro_az", "intro_en", "search_description_ru"):
        box = html.select_one(f'textarea[name="{name}"]')
        assert box["rows"] == "1" and "w-autosize" in box["data-controller"], name
    for name in ("title_en", "seo_title_az", "lead_image_alt_ru"):
        assert html.select_one(f'input[type=text][name="{name}"]'), name


def test_the_editor_gets_the_language_bar_not_the_librarys_toggles(client, editor, index):
    speak(editor, "az")
    article = NewsArticlePageFactory(parent=index)
    html = BeautifulSoup(client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content, "html.parser")
    scripts = [script.get("src", "") for script in html.select("script[src]")]
    assert any(src.endswith("admin/qapi-editor.js") for src in scripts)
    assert not any("language_toggles" in src for src in scripts)
    config = json.loads(html.select_one("#qapi-editor-config").string)
    assert [lang["code"] for lang in config["languages"]] == ["az", "en", "ru"]
    assert config["languages"][1]["in_language"] == "ingiliscə"
    assert config["strings"]["copy_from"] != "Copy content from"  # in the editor's language
    assert html.select_one('link[href$="admin/qapi-editor.css"]')
