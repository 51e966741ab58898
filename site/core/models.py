"""The base page every Qapı page type extends: translation, SEO and sharing."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .forms import BasePageForm
from .i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_CODES,
    ascii_slug,
    current_language,
    in_language,
    localized,
)
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

    # No title → slug sync in the browser (a plain FieldPanel, not TitleFieldPanel):
    # Wagtail's client-side transliteration differs from ``core.i18n.ascii_slug``
    # ("прошёл" → "proshyol"), and a slug filled in the browser collides with an
    # abandoned autosaved draft. Blank slugs are made on the server, free among the
    # siblings (``fill_blank_slugs``).
    content_panels = [FieldPanel("title", classname="title")]
    promote_panels = [*Page.promote_panels, FieldPanel("og_image")]
    base_form_class = BasePageForm

    og_type = "website"
    is_home = False
    # What a reader calls a page of this type in search results and the type filter.
    search_kind = pgettext_lazy("search result kind", "Page")
    # Its head, content and feedback markup kept per content generation (``{% page_fragment %}``,
    # core.memo; issue 13): only for page types whose markup depends on nothing but their
    # content, the language, the host and their declared query parameters
    # (``page_cache_query_params``). Not for pages that change with the clock (an event's
    # "registration closed") or with the reader. Each page type says so itself.
    fragment_cache = False

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's, without its two queries per page when no page has a restriction (issue 13)."""
        from wagtail.models import PageViewRestriction

        from .memo import any_view_restriction

        if not any_view_restriction():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

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
        parent = self._parent()
        for lang in LANGUAGE_CODES:
            slug_field = localized("slug", lang)
            title = getattr(self, localized("title", lang), None)
            if not title or getattr(self, slug_field, None):
                continue
            base = ascii_slug(title) or (self._meta.model_name if lang == DEFAULT_LANGUAGE else "")
            if base:
                setattr(self, slug_field, self._free_slug(parent, lang, base))

    def _parent(self):
        parent = getattr(self, "_cached_parent_obj", None)  # set by core.forms for a new page
        if parent is None and self.path:
            parent = self.get_parent()
        return parent

    def _siblings(self, parent):
        siblings = parent.get_children()
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        return siblings

    def _free_slug(self, parent, lang, base):
        if parent is None:
            return base
        siblings = self._siblings(parent)
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

    def slug_clashes(self) -> dict[str, tuple[str, str, Page]]:
        """Slugs of this page that a sibling already answers to.

        ``{slug field: (language, slug, sibling)}``, at most one clash per field. In
        each language this page answers to its own slug or, without one, to its
        Azerbaijani slug (and so do its siblings: ``modeltranslation_fixes.child_by_slug``);
        a clash is reported on the field that holds the slug, naming the language, in
        the field's own language first.
        """
        parent = self._parent()
        if parent is None:
            return {}
        siblings = self._siblings(parent)
        default_field = localized("slug", DEFAULT_LANGUAGE)
        clashes = {}
        # The field's own language first: an Azerbaijani slug that clashes in
        # Azerbaijani is reported as such, not as an English clash by fallback.
        order = sorted(LANGUAGE_CODES, key=lambda lang: lang != DEFAULT_LANGUAGE)
        for lang in order:
            field = localized("slug", lang)
            own = getattr(self, field, None)
            holder = field if own else default_field
            slug = own or getattr(self, default_field, None)
            if not slug or holder in clashes:
                continue
            condition = Q(**{field: slug})
            if lang != DEFAULT_LANGUAGE:
                untranslated = Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
                condition |= untranslated & Q(**{default_field: slug})
            sibling = siblings.filter(condition).order_by("path").first()
            if sibling is not None:
                clashes[holder] = (lang, slug, sibling)
        return clashes

    def slug_clash_errors(self) -> dict[str, ValidationError]:
        """The editor's explanation of each clash: language, the page holding the slug, a way out."""
        errors = {}
        for field, (lang, slug, sibling) in self.slug_clashes().items():
            own_lang = field.rsplit("_", 1)[1]
            free = self._free_slug(self._parent(), own_lang, slug)
            sibling = sibling.specific_deferred
            title = sibling.get_admin_display_title()
            if not sibling.live:
                title = gettext("%(title)s (draft)") % {"title": title}
            link = format_html('<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[sibling.pk]), title)
            message = format_html(
                gettext(
                    "The slug “{slug}” is already used {in_language} by the page {page}. Type another one"
                    " (“{free}” is free), or leave the field empty to have one made from the title."
                ),
                slug=slug,
                in_language=in_language(lang),
                page=link,
                free=free,
            )
            errors[field] = ValidationError(message, code="slug_in_use")
        return errors

    def clean(self):
        # Replaces wagtail-modeltranslation's slug check (modeltranslation_fixes), which
        # repeats one clash once per language and names neither the language nor the page.
        errors = self.slug_clash_errors()
        if errors:
            raise ValidationError(errors)
        super().clean()

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

    def fragment_key(self, request):
        """What this page's kept fragments are filed under, or None (``fragment_cache``)."""
        if not self.fragment_cache or request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
            return None
        declared = getattr(self, "page_cache_query_params", ())
        return (self.pk, request.path, tuple((p, tuple(request.GET.getlist(p))) for p in declared if p in request.GET))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fragment_key"] = self.fragment_key(request)
        context["og_locale"] = OG_LOCALES.get(current_language(), "az_AZ")
        context["og_locale_alternates"] = [
            OG_LOCALES[lang] for lang in self.translated_languages if lang != current_language()
        ]
        return context
