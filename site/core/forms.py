"""The admin form every Qapı page type uses."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model

from .i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, ascii_slug, in_language, localized

SLUG_MAX_LENGTH = 255


class BasePageForm(WagtailAdminPageForm):
    """Slugs, one-line boxes and image descriptions in every language.

    - Slugs are optional: a blank one is made on the server from that language's
      title, free among the siblings (``BasePage.fill_blank_slugs``); the browser
      does not transliterate (``BasePage.content_panels``), and a slug the editor
      types is transliterated by the same ``ascii_slug``. Until a page is first
      published, a slug that was made from its title stays blank in the form, so
      it follows the title (as Wagtail's own slug sync does for unpublished pages).
    - Short texts (introductions, search descriptions) are one-line boxes that grow.
    - A choice of several related objects (news topics) is a list of checkboxes.
    - An image with a translated ``<image>_alt`` text needs that text in every
      language the page exists in (has a title in), to publish; a draft may wait.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if self.parent_page is not None and not page.pk:
            # A new page: lets the model find its siblings before it is in the tree.
            page._cached_parent_obj = self.parent_page
        never_published = page.pk is None or page.first_published_at is None
        self._translated = self._translated_fields()
        for lang in LANGUAGE_CODES:
            self._prepare_slug_field(lang, never_published)
            self._prepare_title_field(lang)
        for name, field in self.fields.items():
            if self._is_translated(name) and type(field.widget) is forms.Textarea:
                field.widget.attrs.update({"rows": 1, "data-controller": "w-autosize"})
                field.widget.attrs.pop("cols", None)
            elif isinstance(field, forms.ModelMultipleChoiceField) and type(field.widget) is forms.SelectMultiple:
                # A short list (news topics): checkboxes, labelled in the editor's language
                # (str() of a translated object reads the active language).
                field.widget = forms.CheckboxSelectMultiple(choices=field.choices)

    # --- slugs ---------------------------------------------------------------------
    def _prepare_slug_field(self, lang, never_published):
        name = localized("slug", lang)
        field = self.fields.get(name)
        if field is None:
            return
        field.required = False
        field.max_length = SLUG_MAX_LENGTH
        field.validators = []  # any text: transliterated in clean()
        field.help_text = _(
            "The last part of the page's address in this language. Leave it empty to have one "
            "made from the title (Cyrillic as in passports: ICAO Doc 9303)."
        )
        placeholder = gettext("Made from the title when saved")
        current = getattr(self.instance, name, None)
        if never_published and current and self._made_from_title(lang, current):
            self.initial[name] = ""
            placeholder = gettext("%(slug)s (made from the title)") % {"slug": current}
        field.widget = forms.TextInput(attrs={"placeholder": placeholder, "maxlength": SLUG_MAX_LENGTH})

    def _made_from_title(self, lang, slug):
        base = ascii_slug(getattr(self.instance, localized("title", lang), None) or "")
        return bool(base) and re.fullmatch(re.escape(base) + r"(-\d+)?", slug) is not None

    def _prepare_title_field(self, lang):
        field = self.fields.get(localized("title", lang))
        if field is None:
            return
        if lang == DEFAULT_LANGUAGE:
            placeholder = gettext("Page title") + "*"  # as Wagtail's TitleFieldPanel says it
        else:
            placeholder = gettext("Page title %(in_language)s (leave empty until translated)") % {
                "in_language": in_language(lang)
            }
        field.widget.attrs["placeholder"] = placeholder

    def _clean_slugs(self):
        for lang in LANGUAGE_CODES:
            name = localized("slug", lang)
            value = self.cleaned_data.get(name)
            if not value:
                continue
            slug = ascii_slug(value, max_length=SLUG_MAX_LENGTH)
            if slug:
                self.cleaned_data[name] = slug
            else:
                self.add_error(name, ValidationError(_("Use letters or digits."), code="invalid"))

    # --- image descriptions ---------------------------------------------------------
    def _translated_fields(self):
        try:
            return set(translator.get_options_for_model(self._meta.model).all_fields)
        except NotRegistered:
            return set()

    def _is_translated(self, name):
        base, _sep, lang = name.rpartition("_")
        return lang in LANGUAGE_CODES and base in self._translated

    def image_description_fields(self):
        """``(image field, translated description field)`` pairs: ``lead_image`` and ``lead_image_alt``."""
        translated = self._translated_fields()
        image_model = get_image_model()
        return [
            (field.name, f"{field.name}_alt")
            for field in self._meta.model._meta.get_fields()
            if getattr(field, "related_model", None) is image_model
            and f"{field.name}_alt" in translated
            and field.name in self.fields
        ]

    def _clean_image_descriptions(self):
        self._described = set()
        if self.is_deferred_validation:
            return  # a draft (and autosave) may wait for them, as for Wagtail's required fields
        languages = [lang for lang in LANGUAGE_CODES if self.cleaned_data.get(localized("title", lang))]
        for image, description in self.image_description_fields():
            if not self.cleaned_data.get(image):
                continue
            for lang in languages:
                name = localized(description, lang)
                if name in self.fields and not (self.cleaned_data.get(name) or "").strip():
                    self._described.add(name)
                    self.add_error(
                        name,
                        ValidationError(
                            gettext(
                                "Describe the image %(in_language)s for people who cannot see it: "
                                "the page exists %(in_language)s."
                            )
                            % {"in_language": in_language(lang)},
                            code="required",
                        ),
                    )

    def _update_errors(self, errors):
        # A model's own check of the same description (news.NewsArticlePage.clean, in
        # Azerbaijani only) would repeat the form's message, which names the language.
        described = getattr(self, "_described", set())
        if described and hasattr(errors, "error_dict"):
            errors = ValidationError({k: v for k, v in errors.error_dict.items() if k not in described})
            if not errors.error_dict:
                return
        super()._update_errors(errors)

    def clean(self):
        cleaned_data = super().clean()
        self._clean_slugs()
        self._clean_image_descriptions()
        return cleaned_data
