"""Template filters of the news section: which language a text is shown in."""

from django import template

from core.i18n import DEFAULT_LANGUAGE, current_language, localized

register = template.Library()


@register.filter
def shown_language(obj, field="title"):
    """The language ``obj``'s ``field`` reaches the reader in: theirs, or Azerbaijani.

    A translated field with no text in the reader's language falls back to Azerbaijani
    (``MODELTRANSLATION_FALLBACK_LANGUAGES``); lists mark such text with ``lang="az"``
    and say it is in Azerbaijani (docs/decisions.md, "Untranslated content in lists").
    """
    lang = current_language()
    if lang == DEFAULT_LANGUAGE or obj is None or getattr(obj, localized(field, lang), None):
        return lang
    return DEFAULT_LANGUAGE
