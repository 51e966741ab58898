from django import forms
from django.utils.translation import gettext_lazy as _

from .analysis import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    """The reader's search: validated, never an error page."""

    q = forms.CharField(label=_("Search"), required=False, max_length=10_000, strip=True)
    type = forms.IntegerField(required=False, min_value=1)
    date_from = forms.DateField(label=_("From"), required=False, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_("To"), required=False, input_formats=["%Y-%m-%d"])
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Newest first"))],
    )

    def clean_q(self):
        return (self.cleaned_data.get("q") or "")[:MAX_QUERY_LENGTH]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return data
