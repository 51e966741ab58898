from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .analysis import MAX_QUERY_LENGTH

MAX_ID = 2**31 - 1  # content type ids are database integers


class NumberField(forms.RegexField):
    """A whole number written in ASCII digits, from 1 to ``max_value``: "²", "٢", "1e3",
    "-1", "0x10" are not numbers here (Python's ``int`` would take some of them)."""

    def __init__(self, *, max_value, **kwargs):
        self.max_number = max_value
        super().__init__(r"\A[0-9]+\Z", max_length=100, required=False, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        number = int(value)
        if not 1 <= number <= self.max_number:
            raise ValidationError("out of range", code="out_of_range")
        return number


class SearchForm(forms.Form):
    """The reader's search. Every parameter is parsed here; one that is not valid is left
    out (a date with a message next to its field), never an error page."""

    q = forms.CharField(label=_("Search"), required=False, strip=True)
    type = NumberField(max_value=MAX_ID)
    date_from = forms.DateField(label=_("From"), required=False, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_("To"), required=False, input_formats=["%Y-%m-%d"])
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Newest first"))],
    )
    # Past the last page means the last page: the view decides, knowing how many there are.
    page = NumberField(max_value=10**100)

    def clean_q(self):
        return (self.cleaned_data.get("q") or "")[:MAX_QUERY_LENGTH]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return data
