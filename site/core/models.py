"""The base page every Qapı page type extends: translation, SEO and sharing."""

from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .forms import BasePageForm
from .i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, ascii_slug, current_language, localized
from .translated import Translated

OG_LOCALES = {"az": "az_AZ", "en": "en_GB", "ru": "ru_RU"}


class BasePage(Translated, Page):
    """Abstract base of every public page type.

    Knows which languages it exists in, fills blank slugs from the title of each
    language (ASCII, transliterated), and describes itself for search engines and
    sharing (Open Graph, JSON-LD). Page types override ``get_structured_data``.
    """

    og_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media (1200×630)."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("og_image")]
    base_form_class = BasePageForm

    og_type = "website"
    is_home = False

    class Meta:
        abstract = True

    # --- languages (core.translated.Translated) ---------------------------------
    def url_in(self, lang: str, request=None) -> str:
        """This page's URL in ``lang`` (relative to the site root)."""
        with translation.override(lang):
            return self.get_url(request=request) or ""

    def full_url_in(self, lang: str, request=None) -> str:
        """This page's absolute URL in ``lang``, on the host the reader used."""
        if request is None:
            with translation.override(lang):
                return self.get_full_url() or ""
        return request.build_absolute_uri(self.url_in(lang, request))

    # --- slugs -------------------------------------------------------------------
    def fill_blank_slugs(self):
        """Give every language with a title and no slug an ASCII slug from that title."""
        parent = getattr(self, "_cached_parent_obj", None)
        if parent is None and self.path:
            parent = self.get_parent()
        for lang in LANGUAGE_CODES:
            slug_field = localized("slug", lang)
            title = getattr(self, localized("title", lang), None)
            if not title or getattr(self, slug_field, None):
                continue
            base = ascii_slug(title) or (self._meta.model_name if lang == DEFAULT_LANGUAGE else "")
            if base:
                setattr(self, slug_field, self._free_slug(parent, lang, base))

    def _free_slug(self, parent, lang, base):
        if parent is None:
            return base
        siblings = parent.get_children()
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        field = localized("slug", lang)
        taken = set(siblings.values_list(field, flat=True))
        if lang != DEFAULT_LANGUAGE:
            # An untranslated sibling answers to its Azerbaijani slug in this language.
            default_field = localized("slug", DEFAULT_LANGUAGE)
            untranslated = Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
            taken |= set(siblings.filter(untranslated).values_list(default_field, flat=True))
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def full_clean(self, *args, **kwargs):
        self.fill_blank_slugs()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.fill_blank_slugs()
        return super().save(*args, **kwargs)

    # --- SEO and sharing ---------------------------------------------------------
    def get_meta_title(self) -> str:
        return self.seo_title or self.title

    def get_meta_description(self) -> str:
        return self.search_description or ""

    def get_sharing_image(self):
        return self.og_image

    def get_structured_data(self, request=None) -> dict:
        """The JSON-LD object describing this page (schema.org)."""
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.get_meta_title(),
            "description": self.get_meta_description(),
            "url": self.full_url_in(current_language(), request),
            "inLanguage": current_language(),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["og_locale"] = OG_LOCALES.get(current_language(), "az_AZ")
        context["og_locale_alternates"] = [
            OG_LOCALES[lang] for lang in self.translated_languages if lang != current_language()
        ]
        return context
