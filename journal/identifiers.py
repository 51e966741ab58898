"""Scholarly identifiers checked by their own rules: ORCID iD, ISSN, DOI.

Each validator raises ``ValidationError`` with a message in the editor's language
that says what is wrong and what a right value looks like.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORCID_RE = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
ISSN_RE = re.compile(r"^\d{4}-\d{3}[\dX]$")
# Crossref's advice for modern DOIs: "10." then a registrant code of 4–9 digits, "/", a suffix.
DOI_RE = re.compile(r"^10\.\d{4,9}/[-._;()/:A-Za-z0-9<>\[\]]+$")
DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:")


def orcid_check_digit(base_digits: str) -> str:
    """ISO 7064 MOD 11-2 check character of ORCID's first 15 digits."""
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def normalize_orcid(value: str) -> str:
    value = (value or "").strip()
    for prefix in ("https://orcid.org/", "http://orcid.org/", "orcid.org/"):
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
    return value.upper()


def validate_orcid(value: str) -> None:
    value = normalize_orcid(value)
    if not ORCID_RE.match(value):
        raise ValidationError(
            _("An ORCID iD is four groups of four digits, the last may be X: 0000-0002-1825-0097."),
            code="orcid_format",
        )
    digits = value.replace("-", "")
    if orcid_check_digit(digits[:15]) != digits[15]:
        raise ValidationError(
            _("This ORCID iD's check digit is wrong: a digit is mistyped. Copy the iD from the author's ORCID page."),
            code="orcid_checksum",
        )


def issn_check_digit(first_seven: str) -> str:
    total = sum(int(d) * w for d, w in zip(first_seven, range(8, 1, -1), strict=True))
    result = (11 - total % 11) % 11
    return "X" if result == 10 else str(result)


def validate_issn(value: str) -> None:
    value = (value or "").strip().upper()
    if not ISSN_RE.match(value):
        raise ValidationError(_("An ISSN is written as two groups of four digits, e.g. 2049-3630."), code="issn_format")
    digits = value.replace("-", "")
    if issn_check_digit(digits[:7]) != digits[7]:
        raise ValidationError(_("This ISSN's check digit is wrong: a digit is mistyped."), code="issn_checksum")


def normalize_doi(value: str) -> str:
    value = (value or "").strip()
    for prefix in DOI_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
    return value


def validate_doi(value: str) -> None:
    if not DOI_RE.match(normalize_doi(value)):
        raise ValidationError(
            _("A DOI starts with “10.”, a registrant code, a slash and a suffix, e.g. 10.1000/xyz123."),
            code="doi_format",
        )
