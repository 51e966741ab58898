"""The one way to ask what languages a thing exists in, and where it is in each.

Pages and snippets alike answer through :class:`Translated`: a page type gets it
from ``BasePage``; a snippet that readers can reach (a checkpoint, a regional
department) mixes it in and says where it lives with ``url_in``. Callers that
may hold anything (template tags, the sitemap, search) use :func:`languages_of`
and :func:`url_in`, which also answer for Wagtail's own pages (the tree root,
admin listings' non-specific pages) and for objects with no language at all.
"""

from django.utils import translation
from wagtail.models import Page

from .i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, localized


def _titled_languages(obj, field: str) -> list[str]:
    """Languages in which ``obj`` has its own ``field`` (Azerbaijani always)."""
    return [lang for lang in LANGUAGE_CODES if lang == DEFAULT_LANGUAGE or getattr(obj, localized(field, lang), None)]


class Translated:
    """Something published in Azerbaijani and, optionally, in English and Russian.

    An object exists in a language when its ``translated_title_field`` has text in
    that language (modeltranslation's ``title_en``, ``name_ru``…). Subclasses that
    readers can open implement :meth:`url_in`.
    """

    translated_title_field = "title"

    @property
    def translated_languages(self) -> list[str]:
        return _titled_languages(self, self.translated_title_field)

    def has_translation(self, lang: str) -> bool:
        return lang in self.translated_languages

    def url_in(self, lang: str, request=None) -> str:
        """Where a reader of ``lang`` opens this object (relative to the site root); "" if nowhere."""
        return ""

    def full_url_in(self, lang: str, request=None) -> str:
        """The absolute form of :meth:`url_in`, on the host the reader used."""
        url = self.url_in(lang, request)
        if not url or url.startswith(("http://", "https://")):
            return url
        if request is not None:
            return request.build_absolute_uri(url)
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        return site.root_url + url if site else url


def languages_of(obj) -> list[str]:
    """The languages ``obj`` exists in: its own answer, a page's titles, or none."""
    if isinstance(obj, Translated):
        return obj.translated_languages
    if isinstance(obj, Page):
        return _titled_languages(obj, "title")
    return []


def url_in(obj, lang: str, request=None) -> str:
    """``obj``'s URL for a reader of ``lang`` (relative to the site root), "" when it has none."""
    if isinstance(obj, Translated):
        return obj.url_in(lang, request)
    if isinstance(obj, Page):
        with translation.override(lang):
            return obj.get_url(request=request) or ""
    return ""


def full_url_in(obj, lang: str, request=None) -> str:
    """``obj``'s absolute URL for a reader of ``lang``, "" when it has none."""
    if isinstance(obj, Translated):
        return obj.full_url_in(lang, request)
    if isinstance(obj, Page):
        with translation.override(lang):
            return obj.get_full_url(request=request) or ""
    return ""
