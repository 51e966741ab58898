import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_LENGTH

# What a reader may type that would identify someone: e-mail addresses, and runs of
# six or more digits (phone, passport and document numbers). Blanked before saving.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LONG_NUMBER = re.compile(r"\+?\d(?:[\s().\-]*\d){5,}")
REDACTED = "[…]"


def redact(text: str) -> str:
    """``text`` with e-mail addresses and long numbers replaced by "[…]"."""
    return LONG_NUMBER.sub(REDACTED, EMAIL.sub(REDACTED, text))


class FeedbackForm(forms.Form):
    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    useful = forms.TypedChoiceField(
        label=_("Was this page useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("What could we do better? (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_comment(self):
        return redact(" ".join(self.cleaned_data["comment"].split()))
