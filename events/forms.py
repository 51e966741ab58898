"""Forms readers fill in: the events index's filters, the registration form, the self-service change.

They check what a person typed and say what is wrong next to each field, in the
reader's language; the rules about places live in ``events.services``.
"""

import datetime
import gettext as gettext_module
import re

import phonenumbers
import pycountry
from django import forms
from django.conf import settings
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, current_language

from .models import CATEGORY_FIELDS, EventKind, ParticipantCategory, Region


class DescribedFieldsMixin:
    """Each input names its help text and its error (``aria-describedby``), so a screen reader reads both."""

    def describe_fields(self):
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.RadioSelect):
                continue  # the fieldset carries the group's error (events/includes/radios.html)
            bound = self[name]
            ids = []
            if field.help_text:
                ids.append(f"{bound.auto_id}-help")
            if bound.errors:
                ids.append(f"{bound.auto_id}-error")
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)
            else:
                field.widget.attrs.pop("aria-describedby", None)

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def add_error(self, field, error):
        super().add_error(field, error)
        self.describe_fields()


# --- the index's filters -----------------------------------------------------------------

MONTH_RE = re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])$")


class EventFilterForm(forms.Form):
    """Kind, region and month (``2026-05``). An invalid value is explained and ignored, never a 500."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)

    def __init__(self, data=None, *, months=(), regions=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *EventKind.choices]
        regions = Region.objects.all() if regions is None else regions
        self.fields["region"].choices = [("", _("All regions")), *((r.slug, r.name) for r in regions)]
        month_choices = [(m.strftime("%Y-%m"), _month_label(m)) for m in months]
        asked = (data or {}).get("month", "")
        if MONTH_RE.match(asked or "") and asked not in dict(month_choices):
            # A real month with no event: accepted (the list is simply empty), and shown as chosen.
            year, month = int(asked[:4]), int(asked[5:])
            month_choices.append((asked, _month_label(datetime.date(year, month, 1))))
        self.fields["month"].choices = [("", _("All months")), *month_choices]
        for name, field in self.fields.items():
            field.widget.attrs["id"] = f"filter-{name}"
            field.error_messages["invalid_choice"] = _("“%(value)s” is not one of the choices, so it is ignored.")

    def filters(self) -> dict:
        """The valid filters only (``{"kind": "awareness", "month": "2026-05"}``); invalid ones are dropped."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def _month_label(value):
    from django.utils import formats

    return formats.date_format(value, "YEAR_MONTH_FORMAT")


# --- countries, in the reader's language -------------------------------------------------


def _country_translation(lang):
    try:
        return gettext_module.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext_module.NullTranslations()


def country_choices():
    """ISO 3166 countries named in the active language (pycountry's translations), sorted by name."""
    lang = (get_language() or DEFAULT_LANGUAGE).split("-")[0]
    translate = _country_translation(lang).gettext
    names = [(c.alpha_2, translate(getattr(c, "common_name", None) or c.name)) for c in pycountry.countries]
    names = [(code, name) for code, name in names if code != "AZ"]  # foreigners: not Azerbaijan
    return [("", _("Choose a country")), *sorted(names, key=lambda item: item[1].casefold())]


# --- registration --------------------------------------------------------------------------

PHONE_REGION = "AZ"


def clean_phone(value: str) -> str:
    """A phone number in international form (E.164, ``+994501234567``); local numbers are read as Azerbaijani."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, PHONE_REGION)
    except phonenumbers.NumberParseException as error:
        raise forms.ValidationError(
            _("Enter a phone number, e.g. +994 50 123 45 67 or 050 123 45 67."), code="invalid"
        ) from error
    if not phonenumbers.is_valid_number(number):
        raise forms.ValidationError(
            _("This phone number does not exist. Check it, with the country code if it is not Azerbaijani."),
            code="invalid",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Which fieldset each category-specific field sits in, and its heading.
FIELD_GROUPS = (
    ("organization", ("organization", "position"), _("For state bodies, public organizations and employers")),
    ("media", ("outlet",), _("For the media")),
    ("foreigner", ("citizenship",), _("For foreign nationals")),
)


def categories_needing(field_name) -> list[str]:
    return [str(c) for c, fields in CATEGORY_FIELDS.items() if field_name in fields]


class RegistrationForm(DescribedFieldsMixin, forms.Form):
    """Category first, then only what that category needs (``CATEGORY_FIELDS``); never a document number.

    Without JavaScript every field is shown, grouped under headings that say who they
    are for; ``static/js/events-register.js`` hides the groups the chosen category
    does not need. ``website`` is a honeypot: people never see it, bots fill it in.
    """

    category = forms.ChoiceField(
        label=_("I am taking part as"), choices=ParticipantCategory.choices, widget=forms.RadioSelect
    )
    name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, help_text=_("We send the confirmation and your personal link here.")
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=40,
        required=False,
        help_text=_("With the country code if it is not Azerbaijani, e.g. +90…"),
    )
    language = forms.ChoiceField(
        label=_("Language for our e-mails"), choices=settings.LANGUAGES, widget=forms.RadioSelect
    )
    organization = forms.CharField(label=_("Organization"), max_length=200, required=False)
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    outlet = forms.CharField(label=_("Media outlet"), max_length=200, required=False)
    citizenship = forms.ChoiceField(label=_("Citizenship"), required=False)
    needs = forms.CharField(
        label=_("Accessibility or interpretation needs (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example step-free access, sign language or interpretation into Russian or English."),
    )
    question = forms.CharField(
        label=_("A question for the questions and answers (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(label="", required=True)
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, privacy_url="", availability=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["citizenship"].choices = lazy(country_choices, list)()
        self.fields["language"].initial = current_language()
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        self.fields["phone"].widget.input_type = "tel"
        self.fields["organization"].widget.attrs["autocomplete"] = "organization"
        self.fields["position"].widget.attrs["autocomplete"] = "organization-title"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        if privacy_url:
            consent = format_html(
                gettext(
                    'I agree that my details are used to organise this event, as the <a href="{}">privacy notice</a> says.'  # noqa: E501
                ),
                privacy_url,
            )
        else:
            consent = gettext(
                "I agree that my details are used to organise this event and kept only as long as needed."
            )
        self.fields["consent"].label = consent
        self.fields["consent"].error_messages["required"] = _("Tick the box to agree, or we cannot register you.")
        if availability is not None and availability.is_open:
            self.fields["category"].choices = [
                (value, _("%(category)s — waiting list only") % {"category": label})
                if availability.category_is_full(value) and not availability.waiting_list_only
                else (value, label)
                for value, label in ParticipantCategory.choices
            ]
        self.describe_fields()

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone"))

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean(self):
        data = super().clean()
        category = data.get("category")
        if category:
            for name in CATEGORY_FIELDS[ParticipantCategory(category)]:
                if not data.get(name):
                    self.add_error(name, _("Needed for your category: please fill it in."))
        return data

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def field_groups(self):
        """``[(key, heading, [bound fields], categories needing them)]`` for the template."""
        return [
            (key, heading, [self[name] for name in names], categories_needing(names[0]))
            for key, names, heading in FIELD_GROUPS
        ]

    def service_data(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k not in ("consent", "website")}


class ChangeRegistrationForm(DescribedFieldsMixin, forms.Form):
    """What a registrant changes through their link (the e-mail and the category stay)."""

    name = forms.CharField(label=_("Full name"), max_length=200)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    language = forms.ChoiceField(
        label=_("Language for our e-mails"),
        choices=[(code, LANGUAGE_NAMES[code]) for code, _name in settings.LANGUAGES],
        widget=forms.RadioSelect,
    )
    needs = forms.CharField(
        label=_("Accessibility or interpretation needs (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    question = forms.CharField(
        label=_("A question for the questions and answers (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].widget.input_type = "tel"
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        self.describe_fields()

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone"))

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())
