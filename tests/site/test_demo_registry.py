"""core/demo.py: demo steps run after what they require, and texts resolve per language."""

import pytest

from core.demo import DemoContext, DemoStepError, P, Ref, Registry, T, localize, per_language


def registry_of(**requires):
    """A throwaway registry (not the site's): step name → the names it requires, in this order."""
    registry = Registry()
    for name, needs in requires.items():
        registry.register(name, requires=needs)(lambda ctx: None)
    return registry


def names(registry):
    return [step.name for step in registry.ordered()]


def test_steps_come_after_what_they_require_whatever_the_registration_order():
    registry = registry_of(navigation=("standard", "news"), news=("home",), standard=("home",), home=())
    assert names(registry) == ["home", "news", "standard", "navigation"]


def test_independent_steps_keep_their_registration_order():
    assert names(registry_of(b=(), a=(), c=("a",))) == ["b", "a", "c"]


def test_a_bare_string_requirement_means_one_step():
    assert names(registry_of(news="home", home=())) == ["home", "news"]


def test_an_optional_step_runs_first_when_installed_and_is_skipped_when_not():
    """The menus link the events page when the events module is installed, and do without it."""
    registry = Registry()
    registry.register("navigation", requires=("home",), after=("events",))(lambda ctx: None)
    registry.register("home")(lambda ctx: None)
    assert names(registry) == ["home", "navigation"]
    registry.register("events", requires=("home",))(lambda ctx: None)
    assert names(registry) == ["home", "events", "navigation"]


def test_an_unknown_requirement_is_named():
    with pytest.raises(DemoStepError, match="'news' requires 'hom', which no app registers"):
        registry_of(home=(), news=("hom",)).ordered()


def test_a_cycle_is_named():
    registry = registry_of(home=(), a=("home", "c"), b=("a",), c=("b",))
    with pytest.raises(DemoStepError, match="cycle: a → c → b → a"):
        registry.ordered()


def test_a_name_registered_by_two_functions_is_an_error():
    registry = registry_of(home=())
    with pytest.raises(DemoStepError, match="'home' is registered twice"):
        registry.register("home")(lambda ctx: None)


def test_the_runner_reports_each_step_and_its_count():
    class Out(list):
        write = list.append

    def pages(ctx):
        ctx.count()

    registry = Registry()
    registry.register("pages", requires=("images",))(pages)
    registry.register("images")(lambda ctx: None)
    out = Out()
    ctx = DemoContext(stdout=out)
    assert ctx.run(registry.ordered()) == 1
    assert out == ["images: 0 created", "pages: 1 created"]
    assert ctx.created_by_step == {"images": 0, "pages": 1}


def test_localize_resolves_texts_and_references_in_nested_data():
    body = [
        ("paragraph", P(az="Salam", en="Hello", ru="Привет")),
        ("accordion", {"heading": T(az="Sual", en="Question", ru="Вопрос"), "items": [{"n": 1}]}),
        ("document", {"document": Ref("pdf"), "label": "same"}),
    ]
    assert localize(body, "ru", {"pdf": lambda: "the-pdf"}) == [
        ("paragraph", "<p>Привет</p>"),
        ("accordion", {"heading": "Вопрос", "items": [{"n": 1}]}),
        ("document", {"document": "the-pdf", "label": "same"}),
    ]
    assert per_language("title", T(az="Xəbərlər", en="News", ru="Новости")) == {
        "title_az": "Xəbərlər",
        "title_en": "News",
        "title_ru": "Новости",
    }
    # A dict with other keys than exactly az/en/ru is data, not a text.
    assert localize({"az": 1, "en": 2}, "en") == {"az": 1, "en": 2}


def test_a_missing_reference_is_named():
    with pytest.raises(KeyError, match="'services'"):
        localize({"page": Ref("services")}, "az", {})
