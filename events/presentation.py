"""How events' dates and places are said to a reader, in the active language (one place for both)."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.i18n import format_number


def _date(value):
    return formats.date_format(value, "DATE_FORMAT")


def _time(value):
    return formats.time_format(value, "TIME_FORMAT")


def event_dates_text(start, end) -> str:
    """Start and end in Asia/Baku: one date with two times, or two dates with times."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    if start.date() == end.date():
        return f"{_date(start)}, {_time(start)}–{_time(end)}"
    return f"{_date(start)}, {_time(start)} – {_date(end)}, {_time(end)}"


def moment_text(value) -> str:
    value = timezone.localtime(value)
    return f"{_date(value)}, {_time(value)}"


def availability_text(availability) -> str:
    """One sentence about places and the window, true for the ``Availability`` given."""
    if availability is None:
        return ""
    if availability.state == "not_open":
        if availability.opens_at:
            return _("Registration opens on %(moment)s.") % {"moment": moment_text(availability.opens_at)}
        return _("Registration is not open yet.")
    if availability.state != "open":
        return _("This event is full.") if availability.full else _("Registration is closed.")
    if availability.waiting_list_only:
        return _("Waiting list only.")
    if availability.places_left is None:
        return _("Places are available.")
    left = availability.places_left
    return ngettext("%(count)s place left.", "%(count)s places left.", left) % {"count": format_number(left)}


def deadline_text(availability) -> str:
    if availability is None or availability.state != "open" or not availability.closes_at:
        return ""
    return _("Registration closes on %(moment)s.") % {"moment": moment_text(availability.closes_at)}
