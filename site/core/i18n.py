"""Language helpers: the one place that knows Qapı's languages, slugs and numbers."""

from django.conf import settings
from django.utils import formats, translation
from django.utils.text import slugify
from django.utils.translation import pgettext_lazy
from unidecode import unidecode

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
LANGUAGE_NAMES = dict(settings.LANGUAGES)

# Azerbaijani letters folded the way readers type them without an Azerbaijani
# keyboard (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u): used by slugs and by search.
# (unidecode alone would turn ə into "@".)
AZ_LETTER_FOLD = str.maketrans(
    {
        "ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C",
        "ğ": "g", "Ğ": "G", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U",
    }
)  # fmt: skip


# Cyrillic in slugs follows ICAO Doc 9303 (Machine Readable Travel Documents, part 3,
# section 6), the scheme of the Latin names in Russian passports: a migration agency's
# readers meet it on their own documents ("Щукин" → "shchukin", "Ёлкин" → "elkin").
# Letters it does not cover (other Cyrillic, other scripts) go through Unidecode.
ICAO_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
}  # fmt: skip
ICAO_FOLD = str.maketrans({**ICAO_CYRILLIC, **{k.upper(): v for k, v in ICAO_CYRILLIC.items()}})


def ascii_slug(text: str, max_length: int = 80) -> str:
    """An ASCII URL slug for a title in any of Qapı's languages.

    Azerbaijani letters are folded (ə → e, ş → s, ç → c), Cyrillic is
    transliterated by ICAO Doc 9303 (``ICAO_CYRILLIC``), and the result is cut at a
    word boundary. The admin fills blank slugs on the server with this function
    only (``core.forms``), so there is one scheme everywhere.
    """
    text = unidecode((text or "").translate(AZ_LETTER_FOLD).translate(ICAO_FOLD))
    slug = slugify(text, allow_unicode=False)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug.strip("-")


# "in English" as a sentence says it: "ingiliscə", "на английском".
IN_LANGUAGE = {
    "az": pgettext_lazy("in a language", "in Azerbaijani"),
    "en": pgettext_lazy("in a language", "in English"),
    "ru": pgettext_lazy("in a language", "in Russian"),
}


# A language's name in the editor's language ("İngiliscə", "Английский"): the admin's language bar.
LANGUAGE_NAMES_TRANSLATED = {
    "az": pgettext_lazy("language name", "Azerbaijani"),
    "en": pgettext_lazy("language name", "English"),
    "ru": pgettext_lazy("language name", "Russian"),
}


def language_name(language: str) -> str:
    """The name of ``language`` in the active language (the public switcher uses ``LANGUAGE_NAMES``)."""
    return str(LANGUAGE_NAMES_TRANSLATED.get(language, LANGUAGE_NAMES.get(language, language)))


def in_language(language: str) -> str:
    """The words "in English" in the active language, for sentences that name a language."""
    return str(IN_LANGUAGE.get(language, language))


def localized(field: str, language: str) -> str:
    """The model field that holds ``field`` in ``language`` (``title`` → ``title_en``)."""
    return f"{field}_{language.replace('-', '_')}"


def current_language() -> str:
    lang = (translation.get_language() or DEFAULT_LANGUAGE).split("-")[0]
    return lang if lang in LANGUAGE_CODES else DEFAULT_LANGUAGE


def format_number(value, decimal_places=None) -> str:
    """A number grouped the way the active language writes it.

    66828 → "66 828" (az, ru: non-breaking space) or "66,828" (en).
    """
    if value is None or value == "":
        return ""
    return formats.number_format(value, decimal_pos=decimal_places, use_l10n=True, force_grouping=True)
