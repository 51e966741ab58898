"""Template tags of the events module: dates in Asia/Baku in the reader's format, places left."""

from django import template
from django.utils import formats, timezone
from django.utils.html import format_html

from ..presentation import availability_text, event_dates_text

register = template.Library()


@register.simple_tag
def event_dates(event):
    """ "25 October 2017, 11:00–14:00" (or both dates when it spans days), in Asia/Baku."""
    return event_dates_text(event.start, event.end)


@register.simple_tag
def event_time_element(value, fmt="DATE_FORMAT"):
    """A ``<time>`` element for ``value`` in Asia/Baku, written in the reader's format."""
    local = timezone.localtime(value)
    return format_html('<time datetime="{}">{}</time>', local.isoformat(), formats.date_format(local, fmt))


@register.simple_tag
def places_text(availability):
    """What a reader is told about places: "12 places left", "Waiting list only", …"""
    return availability_text(availability)


@register.filter
def has_translation(obj, lang):
    """Whether a page or snippet has its own text in ``lang`` (``core.translated``)."""
    return obj.has_translation(lang)
