"""One term per thing, in the interface (locale/) and the demo texts, in each language.

The wrong forms found in use (issue 9, "Language") must not come back: each test looks
for them in the translations, in the apps' demo texts and in the rendered demo site.
See docs/decisions.md, "Terms".
"""

import importlib
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from core.demo import DemoContext, discover, is_text
from tests.shared_db import per_module

LOCALE = Path(settings.BASE_DIR) / "locale"
SITE = Path(settings.BASE_DIR) / "site"

# Forms that must not appear in text of that language, with the form to use.
WRONG = {
    "az": {
        r"Call Mərkəz": "Çağrı Mərkəzi",
        r"(?i)\bfiltr": "süzgəc (one word for filter)",
        r"(?i)\byaşadığı yer üzrə qeydiyyat": "olduğu yer üzrə qeydiyyat (place of stay)",
        r"(?i)\byaşama icazə|\byaşayış icazə": "yaşamaq üçün icazə (as the Migration Code words it)",
        r"Xidmətlərə bax\b": "Xidmətlərə baxın",
        r"\bazərbaycan(?:,| dil)": "Azərbaycan dili (capitalised)",
    },
    "ru": {
        r"[а-яё,;:(«—] Колл-центр": "колл-центр (lowercase inside a sentence)",
        r"(?i)\bгос(?:орган|систем)": "государственные органы / системы in full",
        r"(?i)на пограничных пунктах": "в пунктах пропуска",
        r"(?i)азербайджанском, русском или английском": "на азербайджанском, русском и английском (one leaflet)",
    },
    "en": {
        r"(?i)upon place of stay": "registration at place of stay",
        r"Azerbaijani, Russian or English": "Azerbaijani, Russian and English (one leaflet, three languages)",
        r"(?i)\blegalis": "-ize, as in organization",
    },
}


def wrong_forms(lang, text):
    return [
        f"{match.group(0)!r} → {right}" for pattern, right in WRONG[lang].items() if (match := re.search(pattern, text))
    ]


def catalogue(lang):
    return polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))


def translation_of(po, msgid, msgctxt=None):
    entry = po.find(msgid, msgctxt=msgctxt) if msgctxt else next(e for e in po if e.msgid == msgid and not e.msgctxt)
    return entry.msgstr


# --- interface text ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_no_wrong_forms_in_the_interface(lang):
    found = {
        entry.msgid: problems
        for entry in catalogue(lang)
        if not entry.obsolete
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if (problems := wrong_forms(lang, text))
    }
    assert found == {}


@pytest.mark.parametrize(
    ("lang", "msgid", "expected"),
    [
        ("az", "Call Center", "Çağrı Mərkəzi"),
        ("az", "Call Center number", "Çağrı Mərkəzinin nömrəsi"),
        ("az", "From", "Tarixdən"),
        ("az", "To", "Tarixədək"),
        ("az", "Main", "Əsas menyu"),
        ("az", "No articles match these filters.", "Bu süzgəclərə uyğun xəbər yoxdur."),
        ("ru", "Main", "Главное меню"),
        ("ru", "Main menu", "Главное меню"),
        ("ru", "Searches", "Число поисков"),
        ("ru", "Searches without results", "Запросы без результатов"),
        ("ru", "Call Center number", "Номер колл-центра"),
        ("ru", "calling the Call Center.", "позвонить в колл-центр."),
    ],
)
def test_interface_terms(lang, msgid, expected):
    assert translation_of(catalogue(lang), msgid) == expected


# --- demo texts -------------------------------------------------------------------------


def demo_modules():
    """Every project app's demo texts: the site's apps and the modules at the repository root."""
    from tests.project import project_app_configs

    modules = []
    for config in project_app_configs():
        if (Path(config.path) / "demo_content.py").exists():
            modules.append(importlib.import_module(f"{config.name}.demo_content"))
    return modules


def texts_in(value, lang):
    """Every string of ``lang`` in demo data: the ``lang`` side of each ``T(...)``, walked through."""
    if is_text(value):
        yield from strings(value[lang])
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item, lang)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_in(item, lang)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list | tuple):
        for item in value.values() if isinstance(value, dict) else value:
            yield from strings(item)


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_no_wrong_forms_in_the_demo_texts(lang):
    modules = demo_modules()
    assert {m.__name__ for m in modules} >= {
        "core.demo_content",
        "news.demo_content",
        "standard.demo_content",
        "events.demo_content",
        "journal.demo_content",
        "outreach.demo_content",
    }
    found = [
        (module.__name__, text[:60], problems)
        for module in modules
        for name, value in vars(module).items()
        if not name.startswith("_")
        for text in texts_in(value, lang)
        if (problems := wrong_forms(lang, text))
    ]
    assert found == []


def test_demo_terms():
    from core.demo_content import NINE_MONTHS
    from news.demo_content import ARTICLES
    from standard.demo_content import SERVICES_FAQ, VISA_PURPOSES

    # Article 24.5's purposes, in Russian as the Code's adjectives ("цель": туристическая…).
    assert VISA_PURPOSES["ru"] == [
        "деловая",
        "научная",
        "учебная",
        "трудовая",
        "туристическая",
        "культурная",
        "спортивная",
        "гуманитарная",
        "лечебная",
        "частная",
    ]
    registration = SERVICES_FAQ["items"][0]["question"]
    assert registration == {
        "az": "Olduğu yer üzrə qeydiyyat",
        "en": "Registration at place of stay",
        "ru": "Регистрация по месту пребывания",
    }
    assert NINE_MONTHS["figures"][0]["label"] == registration
    permits = SERVICES_FAQ["items"][2]["question"]
    assert permits["az"] == "Müvəqqəti və daimi yaşamaq üçün icazələr"
    leaflets = next(a for a in ARTICLES if a["key"] == "checkpoint-leaflets")
    assert "Azerbaijani, Russian and English" in leaflets["intro"]["en"]
    assert "на азербайджанском, русском и английском" in leaflets["intro"]["ru"]
    assert leaflets["title"]["ru"] == "Трёхъязычные листовки в пунктах пропуска"


# --- the rendered demo site -------------------------------------------------------------

SITE_STEPS = {"home", "standard", "news", "home.services", "navigation"}


def _demo_site():
    ctx = DemoContext()
    ctx.run([step for step in discover() if step.name in SITE_STEPS])
    return ctx.pages


# Built once for the module's three languages (tests/shared_db.py).
demo_site_once = per_module("demo_site_once", _demo_site)


@pytest.fixture
def demo_site(db, demo_site_once):
    return demo_site_once


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_rendered_demo_pages_use_the_terms(client, demo_site, lang):
    pages = [demo_site[key] for key in ("home", "about", "services", "statistics", "legal", "contacts", "news")]
    pages += list(demo_site["news"].get_children().live().specific())
    found = {}
    for page in pages:
        response = client.get(page.url_in(lang))
        assert response.status_code == 200, page.url_in(lang)
        body = BeautifulSoup(response.content, "html.parser").body
        # Element by element: text of separate blocks run together is no sentence.
        for element in body.select("p, li, h1, h2, h3, h4, th, td, caption, figcaption, blockquote, label, dt, dd"):
            text = " ".join(element.get_text(" ").split())
            if problems := wrong_forms(lang, text):
                found.setdefault(page.url_in(lang), []).extend(problems)
    assert found == {}

    html = BeautifulSoup(client.get(f"/{lang}/search/", {"q": "viza"}).content, "html.parser")
    labels = {label["for"]: label.get_text() for label in html.select("label[for^=id_date]")}
    assert (
        labels
        == {
            "az": {"id_date_from": "Tarixdən", "id_date_to": "Tarixədək"},
            "en": {"id_date_from": "From", "id_date_to": "To"},
            "ru": {"id_date_from": "С", "id_date_to": "По"},
        }[lang]
    )
    assert (
        html.select_one("nav.main-nav")["aria-label"] == {"az": "Əsas menyu", "en": "Main", "ru": "Главное меню"}[lang]
    )
