"""When an organizer publishes a change that registrants must hear about, tell them.

The page row holds the published values until the next publish writes over them, so
``pre_save`` notes what was live; ``page_published`` compares and calls
``events.services.event_changed`` (cancelled, rescheduled, postponed, moved online),
and fills free places when the capacity was raised.
"""

from types import SimpleNamespace

from django.db.models.signals import pre_save
from wagtail.signals import page_published

from .models import EventPage


def _note_live_values(sender, instance, **kwargs):
    if not instance.pk or kwargs.get("update_fields"):
        return
    row = EventPage.objects.filter(pk=instance.pk, live=True).values("status", "start", "capacity").first()
    instance._events_live_before = SimpleNamespace(**row) if row else None


def _published(sender, instance, **kwargs):
    from . import services

    before = instance.__dict__.pop("_events_live_before", None)
    if before is None:
        return
    change = services.change_of(before, instance)
    if change:
        services.event_changed(instance, change)
    if instance.capacity is None or (before.capacity is not None and instance.capacity > before.capacity):
        services.fill_free_places(instance)


def connect():
    pre_save.connect(_note_live_values, sender=EventPage, dispatch_uid="events-note-live-values")
    page_published.connect(_published, sender=EventPage, dispatch_uid="events-published")
