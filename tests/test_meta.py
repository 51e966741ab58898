"""Meta-tests: new page types cannot slip in untranslated or untested."""

from django.apps import apps
from modeltranslation.translator import translator
from wagtail.models import Page

from tests.factories import PAGE_FACTORIES

PROJECT_APPS = {"core", "navigation", "home", "standard", "news", "search"}


def project_page_types():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label in PROJECT_APPS
    ]


def test_there_are_page_types_to_check():
    assert len(project_page_types()) >= 4


def test_every_page_type_is_registered_for_translation():
    unregistered = [m.__name__ for m in project_page_types() if m not in translator.get_registered_models()]
    assert unregistered == []


def test_every_page_type_has_a_factory():
    missing = [m.__name__ for m in project_page_types() if m not in PAGE_FACTORIES]
    assert missing == []


def test_every_page_type_extends_the_base_page():
    from core.models import BasePage

    assert [m.__name__ for m in project_page_types() if not issubclass(m, BasePage)] == []


def test_every_page_type_has_its_template():
    from django.template.loader import get_template

    for model in project_page_types():
        get_template(model.template)
