"""The registration form, category by category, in each language: only what that category needs."""

import pytest
from django.utils import translation

from events.forms import RegistrationForm, clean_phone
from events.models import CATEGORY_FIELDS, ParticipantCategory

BASE = {"name": "Leyla Əliyeva", "email": "leyla@example.org", "language": "az", "consent": "on"}
VALUES = {"organization": "Kür Tikinti MMC", "position": "Direktor", "outlet": "Azərtac", "citizenship": "TR"}
NEEDED = {
    "az": "Seçdiyiniz iştirakçı növü üçün tələb olunur: zəhmət olmasa, doldurun.",
    "en": "Needed for your category: please fill it in.",
    "ru": "Нужно для выбранной категории: заполните, пожалуйста.",
}


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
@pytest.mark.parametrize("category", ParticipantCategory.values)
def test_each_category_asks_for_its_own_fields_only(category, lang):
    own = CATEGORY_FIELDS[ParticipantCategory(category)]
    with translation.override(lang):
        form = RegistrationForm({**BASE, "category": category})
        assert form.is_valid() == (not own)
        assert set(form.errors) == set(own)
        for name in own:
            assert form.errors[name] == [NEEDED[lang]]
        complete = RegistrationForm({**BASE, "category": category, **{name: VALUES[name] for name in own}})
        assert complete.is_valid(), complete.errors
        data = complete.service_data()
        assert "consent" not in data and "website" not in data


def test_no_identity_document_field_anywhere():
    names = set(RegistrationForm().fields)
    assert not {n for n in names if "passport" in n or "document" in n or "identity" in n}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("050 123 45 67", "+994501234567"),
        ("+994 (12) 919 00 00", "+994129190000"),
        ("+90 532 123 45 67", "+905321234567"),
    ],
)
def test_phone_numbers_are_stored_internationally(typed, stored):
    assert clean_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12", "phone", "+994 00 000"])
def test_impossible_phone_numbers_are_refused(typed):
    from django import forms

    with pytest.raises(forms.ValidationError):
        clean_phone(typed)


def test_countries_are_named_in_the_readers_language():
    for lang, name in {"az": "Türkiyə", "en": "Türkiye", "ru": "Турция"}.items():
        with translation.override(lang):
            choices = dict(RegistrationForm().fields["citizenship"].choices)
            assert choices["TR"] == name
            assert "AZ" not in choices  # foreigners: not Azerbaijan
