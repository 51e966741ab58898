"""The readers' filters of the outreach index pages. An invalid value is explained and ignored, never a 500."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import Audience, CheckpointKind, LifeEvent, Region


class FilterForm(forms.Form):
    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs["id"] = f"filter-{name}"
            field.error_messages["invalid_choice"] = _("“%(value)s” is not one of the choices, so it is ignored.")

    def filters(self) -> dict:
        """The valid filters only; invalid ones are dropped (and their errors shown)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class CheckpointFilterForm(FilterForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds")), *CheckpointKind.choices])
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["region"].choices = [("", _("All regions")), *Region.choices]

    def filter(self, checkpoints):
        return checkpoints.filter(**self.filters())


class EServiceFilterForm(FilterForm):
    audience = forms.ChoiceField(label=_("Who you are"), required=False)
    event = forms.ChoiceField(label=_("Life event"), required=False)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["audience"].choices = [("", _("Everyone")), *Audience.choices]
        self.fields["event"].choices = [("", _("All life events")), *LifeEvent.choices]

    def filter(self, services):
        chosen = self.filters()
        condition = Q()
        if chosen.get("audience"):
            condition &= Q(**{f"for_{chosen['audience']}": True})
        if chosen.get("event"):
            condition &= Q(life_event=chosen["event"])
        return services.filter(condition)


class DepartmentFilterForm(FilterForm):
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, data=None, *, regions=(), **kwargs):
        super().__init__(data, **kwargs)
        labels = dict(Region.choices)
        self.fields["region"].choices = [("", _("All regions")), *((r, labels[r]) for r in regions if r in labels)]
