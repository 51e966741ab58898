"""Interface text, numbers and dates follow the reader's language."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from core.i18n import format_number

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("az", "66\xa0828"), ("ru", "66\xa0828"), ("en", "66,828")],
)
def test_numbers_are_grouped_per_language(lang, expected):
    with translation.override(lang):
        assert format_number(66828) == expected
        assert format_number(None) == ""


def test_decimals_use_the_languages_separator():
    with translation.override("az"):
        assert format_number(1234.5, 1) == "1\xa0234,5"
    with translation.override("en"):
        assert format_number(1234.5, 1) == "1,234.5"


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_catalogue_is_complete_and_compiled(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / lang / "LC_MESSAGES" / "django.mo"))
    assert len(po) > 50
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po:
        assert compiled.get((entry.msgctxt, entry.msgid)) == (
            entry.msgstr,
            {int(k): v for k, v in entry.msgstr_plural.items()},
        ), f"{lang}: {entry.msgid!r} is not compiled; run `make messages`"


def test_interface_text_changes_with_the_language(client, home):
    for lang, text in {
        "az": "Əsas məzmuna keçin",
        "en": "Skip to main content",
        "ru": "Перейти к основному содержанию",
    }.items():
        assert text in client.get(f"/{lang}/").content.decode()
