"""Personal data is kept for a while after an event, then erased.

``purge_registrations()`` anonymises the sign-ups of events that ended more than the
site's retention period ago (``RegistrationSettings.retention_days``, 180 by default):
the personal fields are blanked and ``anonymised_at`` is set; category, status, language
and dates stay, so the numbers per category and status never change. Running it again
changes nothing. Nobody is e-mailed: the status of a sign-up is kept as it was.

``manage.py purge_registrations`` runs it; the worker runs that command every night as
part of ``events.notifications.daily_upkeep`` (a django-tasks task that queues itself again
for the next day).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from wagtail.models import Site

from .models import EventPage, Registration
from .services import PERSONAL_FIELDS  # blanked: the same fields as a registrant's own deletion
from .settings_models import DEFAULT_RETENTION_DAYS, RegistrationSettings


@dataclass
class Purged:
    event: EventPage
    retention_days: int
    registrations: int


def retention_by_event(now) -> dict[int, int]:
    """``{event id: retention days}`` for every event that has ended, each by its own site's setting.

    Sites are taken deepest root first, so an event under a nested site gets that site's
    period; an event under no site gets the default site's (or 180 days).
    """
    periods = {}
    sites = sorted(Site.objects.select_related("root_page"), key=lambda site: -site.root_page.depth)
    ended = EventPage.objects.filter(end__lt=now)
    for site in sites:
        days = RegistrationSettings.for_site(site).retention_days
        for pk in ended.descendant_of(site.root_page, inclusive=True).values_list("pk", flat=True):
            periods.setdefault(pk, days)
    default_site = Site.objects.filter(is_default_site=True).first()
    default = RegistrationSettings.for_site(default_site).retention_days if default_site else DEFAULT_RETENTION_DAYS
    for pk in ended.exclude(pk__in=list(periods)).values_list("pk", flat=True):
        periods[pk] = default
    return periods


def due(now=None):
    """Sign-ups whose retention period is over and that still hold personal data, with their period."""
    now = now or timezone.now()
    ends = dict(EventPage.objects.filter(end__lt=now).values_list("pk", "end"))
    due_events = {
        pk: days for pk, days in retention_by_event(now).items() if ends[pk] < now - datetime.timedelta(days=days)
    }
    return Registration.objects.filter(event_id__in=list(due_events), anonymised_at__isnull=True), due_events


def purge_registrations(now=None, dry_run=False) -> list[Purged]:
    """Anonymise what is due; returns what was (or, with ``dry_run``, would be) anonymised per event."""
    now = now or timezone.now()
    with transaction.atomic():
        registrations, periods = due(now)
        counts = dict(registrations.values_list("event_id").annotate(n=Count("pk")).order_by())
        if counts and not dry_run:
            registrations.update(
                **dict.fromkeys(PERSONAL_FIELDS, ""),
                email_normalized="",
                anonymised_at=now,
                updated_at=now,
            )
    events = EventPage.objects.in_bulk(list(counts))
    return [
        Purged(event=events[pk], retention_days=periods[pk], registrations=number)
        for pk, number in sorted(counts.items(), key=lambda item: (events[item[0]].end, item[0]))
    ]
