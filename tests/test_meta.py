"""Meta-tests: new modules are found by where they live, and cannot slip in untranslated,
unbuilt, unrendered, uncached or out of the tree's rules."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import get_template
from modeltranslation.translator import translator
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from core.i18n import LANGUAGE_CODES
from core.models import BasePage
from core.page_cache import declared_models
from tests.project import page_factories, project_app_labels, project_models, project_page_types

PAGE_TYPES = project_page_types()


def label(model):
    return model._meta.label


def test_project_apps_are_found_where_they_live():
    labels = project_app_labels()
    assert {"core", "home", "standard", "news", "navigation", "search"} <= labels
    assert not labels & {"wagtailcore", "wagtailadmin", "auth", "modeltranslation", "axes", "csp"}


def test_there_are_page_types_to_check():
    assert {"home.HomePage", "standard.StandardPage", "news.NewsArticlePage"} <= {label(m) for m in PAGE_TYPES}


def test_every_page_type_is_registered_for_translation():
    registered = translator.get_registered_models()
    assert [label(m) for m in PAGE_TYPES if m not in registered] == []


def test_every_page_type_has_a_factory():
    factories = page_factories()
    assert [label(m) for m in PAGE_TYPES if m not in factories] == []


def test_every_page_type_extends_the_base_page():
    assert [label(m) for m in PAGE_TYPES if not issubclass(m, BasePage)] == []


def test_every_page_type_has_its_template():
    for model in PAGE_TYPES:
        get_template(model.template)


def test_every_page_type_says_where_it_may_be_created():
    """Each type names its parents itself: nothing is creatable anywhere by accident."""
    assert [label(m) for m in PAGE_TYPES if "parent_page_types" not in vars(m)] == []


def _chain_from_root(model, seen=()):
    """Page types from the tree root down to ``model``, each allowed under the one before."""
    if model in seen:
        return None
    parents = model.allowed_parent_page_models()
    if Page in parents:
        return [model]
    for parent in parents:
        if parent in PAGE_TYPES:
            chain = _chain_from_root(parent, (*seen, model))
            if chain and model in parent.allowed_subpage_models():
                return [*chain, model]
    return None


def test_parent_and_child_rules_agree_and_reach_the_root():
    unreachable = [label(m) for m in PAGE_TYPES if _chain_from_root(m) is None]
    assert unreachable == []
    for model in PAGE_TYPES:
        for parent in model.allowed_parent_page_models():
            assert model in parent.allowed_subpage_models(), f"{label(parent)} refuses {label(model)}"
        for child in model.allowed_subpage_models():
            assert model in child.allowed_parent_page_models(), f"{label(child)} refuses {label(model)}"


def _build(model, parent):
    """A published page of ``model`` under ``parent``, titled in every language."""
    factory = page_factories()[model]
    page = factory.build()
    for lang in LANGUAGE_CODES:
        setattr(page, f"title_{lang}", f"{page.title_az} · {lang}")
    page.slug = None
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=label)
def test_every_page_type_is_built_under_an_allowed_parent_and_rendered_in_every_language(client, home, model):
    chain = _chain_from_root(model)
    assert chain, f"{label(model)} cannot be placed in the tree"
    page = home if chain[0] is type(home) else None
    assert page is not None, f"{label(model)}: its tree does not start at the site's home page"
    for step in chain[1:]:
        assert step.can_create_at(page), f"{label(step)} cannot be created under {label(type(page))}"
        page = _build(step, page)
    for lang in LANGUAGE_CODES:
        response = client.get(page.url_in(lang))
        assert response.status_code == 200, (label(model), lang)
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == lang
        assert getattr(page, f"title_{lang}") in html.title.get_text()


def _is_content(model):
    return model in get_snippet_models() or issubclass(model, BaseSiteSetting | BaseGenericSetting)


def test_every_snippet_and_setting_empties_the_page_cache():
    """Readers see snippets and settings on pages: changing one must not leave a stale page."""
    declared = declared_models()
    forgotten = [label(m) for m in project_models() if _is_content(m) and not issubclass(m, declared)]
    assert forgotten == []


def test_every_translated_snippet_is_registered_for_translation():
    registered = translator.get_registered_models()
    snippets = [m for m in project_models() if m in get_snippet_models()]
    assert [label(m) for m in snippets if m not in registered] == []
