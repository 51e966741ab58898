"""What the project is made of, found from the code rather than kept by hand.

Apps are the project's when they live in this repository (``site/`` or the
repository root), not in the virtualenv; page types are their concrete pages;
factories are every ``factories.py`` module under ``tests/``. The meta-tests and
the browser checks use these, so a new module is covered by being added.
"""

import functools
import importlib
from pathlib import Path

from django.apps import apps
from wagtail.models import Page

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
OUTSIDE = (ROOT / ".venv", ROOT / "node_modules")


def _is_project_path(path: Path) -> bool:
    path = path.resolve()
    return path.is_relative_to(ROOT) and not any(path.is_relative_to(p) for p in OUTSIDE)


@functools.cache
def project_app_configs() -> tuple:
    return tuple(config for config in apps.get_app_configs() if _is_project_path(Path(config.path)))


def project_app_labels() -> set[str]:
    return {config.label for config in project_app_configs()}


def project_models() -> list:
    return [model for config in project_app_configs() for model in config.get_models()]


def project_page_types() -> list[type[Page]]:
    return [model for model in project_models() if issubclass(model, Page) and not model._meta.abstract]


@functools.cache
def page_factories() -> dict:
    """``{page model: its factory}`` from every ``factories.py`` module under ``tests/``."""
    import wagtail_factories

    for path in sorted(TESTS.rglob("factories.py")):
        importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))

    found = {}
    pending = [wagtail_factories.PageFactory]
    while pending:
        factory_class = pending.pop()
        pending.extend(factory_class.__subclasses__())
        model = factory_class._meta.model
        if not factory_class._meta.abstract and model is not None and model is not Page:
            found.setdefault(model, factory_class)
    return found
