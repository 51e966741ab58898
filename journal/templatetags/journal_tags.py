from django import template

from core.blocks import DOCUMENT_LANGUAGES
from core.i18n import language_name

register = template.Library()


@register.filter
def in_lang(code):
    """ "in English" in the reader's language, as document links say it ("PDF, 13 KB, in English")."""
    return DOCUMENT_LANGUAGES.get(code, code)


@register.filter
def lang_name(code):
    return language_name(code)


AZ_LETTERS = set("əƏıİğĞşŞ")


@register.filter
def text_lang(text):
    """The language a reference is written in, when its letters tell: Cyrillic → ru, ə ı ğ ş → az.

    References are kept as typed, in the language of the work cited; marking those that
    are not in the page's language lets screen readers switch voice (WCAG 3.1.2).
    Latin text without Azerbaijani letters is left unmarked (English or not, it cannot
    be told apart reliably).
    """
    text = str(text or "")
    if any("\u0400" <= char <= "\u04ff" for char in text):
        return "ru"
    if any(char in AZ_LETTERS for char in text):
        return "az"
    return ""
