"""The registration rules, in one place: who gets a seat, who waits, who moves up.

Views, forms, the organizers' admin and the management commands call these
functions and nothing else changes a sign-up's status. Every change of seats runs
inside ``transaction.atomic()`` holding the event's lock (``_lock_event``): on
PostgreSQL a row lock on the event (``SELECT … FOR UPDATE``), on SQLite the
database's write lock, taken when the transaction begins (``IMMEDIATE`` mode,
config/settings/base.py). Two sign-ups for the last seat are therefore decided one
after the other, never side by side: the event is never overbooked.

E-mail is queued (``events.notifications``, django-tasks) only once the transaction
has committed, so nobody is told about a seat that was rolled back.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils import timezone

from .models import (
    CATEGORY_FIELDS,
    EventPage,
    EventStatus,
    ParticipantCategory,
    Registration,
    RegistrationStatus,
)

# Fields every category gives, and the ones only some categories are asked for.
COMMON_FIELDS = ("name", "email", "phone", "language", "needs", "question")
CATEGORY_SPECIFIC_FIELDS = ("organization", "position", "outlet", "citizenship")
# What a registrant may change through their self-service link.
CHANGEABLE_FIELDS = ("name", "phone", "needs", "question", "language")
PERSONAL_FIELDS = ("name", "email", "phone", "organization", "position", "outlet", "citizenship", "needs", "question")


# --- errors ---------------------------------------------------------------------------


class RegistrationError(Exception):
    """A rule refused the change; ``code`` says which (for messages and tests)."""

    code = "refused"


class RegistrationClosed(RegistrationError):
    """Registration is not open: ``reason`` is ``not_open``, ``closed`` or ``full``."""

    code = "closed"

    def __init__(self, reason="closed"):
        super().__init__(reason)
        self.reason = reason


class AlreadyRegistered(RegistrationError):
    """This event already has an active sign-up with that (normalised) e-mail address."""

    code = "already_registered"


class NoPlaceLeft(RegistrationError):
    """A manual promotion found no free place (``force=True`` promotes anyway)."""

    code = "no_place_left"


# --- availability ---------------------------------------------------------------------


@dataclass(frozen=True)
class Availability:
    """What a reader may be told about an event's places, true at ``now``.

    ``state``: ``open``, ``not_open`` (opens at ``opens_at``) or ``closed``.
    ``places_left``: free places in total, ``None`` without a limit.
    ``category_places_left``: free places per category (``None``: only the total limits it).
    ``waiting_list_only``: open, but every new sign-up goes on the waiting list.
    ``full``: no place and no waiting list (then ``state`` is ``closed``).
    """

    state: str
    places_left: int | None
    category_places_left: dict = field(default_factory=dict)
    waiting_list_only: bool = False
    full: bool = False
    closes_at: datetime.datetime | None = None
    opens_at: datetime.datetime | None = None
    waiting_count: int = 0

    @property
    def is_open(self) -> bool:
        return self.state == "open"

    def category_is_full(self, category) -> bool:
        left = self.category_places_left.get(category)
        return left is not None and left <= 0


def _confirmed_counts(event) -> dict[str, int]:
    rows = (
        Registration.objects.filter(event_id=event.pk, status=RegistrationStatus.CONFIRMED)
        .values("category")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["category"]: row["n"] for row in rows}


def _quotas(event) -> dict[str, int]:
    return {q.category: q.capacity for q in event.quotas.all()}


def _places(event, counts, quotas):
    """(places left in total or None, {category: places left or None})."""
    total = sum(counts.values())
    left = None if event.capacity is None else max(event.capacity - total, 0)
    per_category = {}
    for category in ParticipantCategory.values:
        quota = quotas.get(category)
        in_quota = None if quota is None else max(quota - counts.get(category, 0), 0)
        if left is None:
            per_category[category] = in_quota
        else:
            per_category[category] = left if in_quota is None else min(left, in_quota)
    return left, per_category


def _fits(event, category, counts, quotas) -> bool:
    left, per_category = _places(event, counts, quotas)
    if left is not None and left <= 0:
        return False
    category_left = per_category.get(category)
    return category_left is None or category_left > 0


def availability(event, now=None) -> Availability:
    """The event's places as a reader may be told them now (no lock: a snapshot)."""
    now = now or timezone.now()
    state = event.registration_state(now)
    counts = _confirmed_counts(event)
    quotas = _quotas(event)
    left, per_category = _places(event, counts, quotas)
    no_place = left is not None and left <= 0
    waiting_count = Registration.objects.filter(event_id=event.pk, status=RegistrationStatus.WAITING).count()
    full = no_place and not event.waiting_list
    if state == "open" and full:
        state = "closed"
    return Availability(
        state=state,
        places_left=left,
        category_places_left=per_category,
        waiting_list_only=state == "open" and no_place and event.waiting_list,
        full=full,
        closes_at=event.registration_deadline,
        opens_at=event.registration_opens_at,
        waiting_count=waiting_count,
    )


# --- the lock -------------------------------------------------------------------------


def _lock_event(event) -> EventPage:
    """Take the event's lock for the running transaction and return its current row.

    PostgreSQL: ``SELECT … FOR UPDATE`` on the event's own row (``of=("self",)``: not
    Wagtail's page row, which editors save). SQLite ignores ``FOR UPDATE``; its
    ``IMMEDIATE`` transactions already hold the database's write lock from the start.
    ``EVENTS_REGISTRATION_LOCK = False`` exists only for the concurrency tests'
    negative control (config/settings/test.py).
    """
    queryset = EventPage.objects.all()
    if getattr(settings, "EVENTS_REGISTRATION_LOCK", True):
        queryset = queryset.select_for_update(of=("self",))
    return queryset.get(pk=event.pk)


def _notify(kind, registration_ids, **extra):
    """Queue e-mail once the transaction commits (never for a rolled-back change)."""
    ids = [pk for pk in registration_ids if pk]
    if not ids:
        return

    def enqueue():
        from . import notifications

        for pk in ids:
            notifications.send_registration_email.enqueue(pk, kind, extra or None)

    transaction.on_commit(enqueue, robust=True)


# --- signing up -----------------------------------------------------------------------


def _clean_data(category, data) -> dict:
    """Only the fields this category gives (``CATEGORY_FIELDS``); the others stay empty."""
    wanted = set(CATEGORY_FIELDS[ParticipantCategory(category)])
    values = {name: (data.get(name) or "") for name in COMMON_FIELDS}
    for name in CATEGORY_SPECIFIC_FIELDS:
        values[name] = (data.get(name) or "") if name in wanted else ""
    values["language"] = values["language"] or settings.LANGUAGE_CODE
    return values


def _next_waiting_position(event) -> int:
    last = Registration.objects.filter(event_id=event.pk, status=RegistrationStatus.WAITING).aggregate(
        m=Max("waiting_position")
    )["m"]
    return (last or 0) + 1


def register(event, data: dict, now=None) -> Registration:
    """Sign someone up: a confirmed place, else the waiting list, else ``RegistrationClosed``.

    ``data`` holds ``category``, ``name``, ``email`` and optionally ``phone``,
    ``language``, ``needs``, ``question`` and the category's own fields. Raises
    ``RegistrationClosed`` (not open yet, closed, or full without a waiting list) or
    ``AlreadyRegistered`` (an active sign-up with the same normalised address, also
    when two arrive at once: the database's unique constraint decides).
    """
    now = now or timezone.now()
    category = ParticipantCategory(data["category"])
    values = _clean_data(category, data)
    email_normalized = Registration.normalize_email(values["email"])
    with transaction.atomic():
        event = _lock_event(event)
        state = event.registration_state(now)
        if state != "open":
            raise RegistrationClosed(state)
        active = Registration.objects.filter(event_id=event.pk, email_normalized=email_normalized).exclude(
            status=RegistrationStatus.CANCELLED
        )
        if active.filter(anonymised_at__isnull=True).exists():
            raise AlreadyRegistered()
        if _fits(event, category, _confirmed_counts(event), _quotas(event)):
            status, position = RegistrationStatus.CONFIRMED, None
        elif event.waiting_list:
            status, position = RegistrationStatus.WAITING, _next_waiting_position(event)
        else:
            raise RegistrationClosed("full")
        registration = Registration(
            event=event, category=category, status=status, waiting_position=position, consent_at=now, **values
        )
        try:
            with transaction.atomic():  # a savepoint: the race's loser gets AlreadyRegistered, not a 500
                registration.save()
        except IntegrityError as error:
            raise AlreadyRegistered() from error
        _notify("confirmed" if status == RegistrationStatus.CONFIRMED else "waiting", [registration.pk])
    return registration


# --- cancelling and the waiting list ----------------------------------------------------


def _fill_free_places(event, now) -> list[Registration]:
    """Promote waiting people, in order, while a place fits their category. Caller holds the lock."""
    counts, quotas = _confirmed_counts(event), _quotas(event)
    promoted = []
    for registration in Registration.objects.filter(event_id=event.pk).waiting():
        left, _per_category = _places(event, counts, quotas)
        if left is not None and left <= 0:
            break
        if not _fits(event, registration.category, counts, quotas):
            continue  # their category is full: the next person may fit
        registration.status = RegistrationStatus.CONFIRMED
        registration.waiting_position = None
        registration.promoted_at = now
        registration.save(update_fields=["status", "waiting_position", "promoted_at", "updated_at"])
        counts[registration.category] = counts.get(registration.category, 0) + 1
        promoted.append(registration)
    return promoted


def cancel(registration, now=None, by_organizer=False) -> list[Registration]:
    """Cancel a sign-up; the freed place goes to the next fitting person on the waiting list.

    Returns the people promoted (told by e-mail once committed). Cancelling twice is
    harmless. ``by_organizer`` also tells the registrant that an organizer cancelled it.
    """
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock_event(registration.event)
        current = Registration.objects.get(pk=registration.pk)
        if current.status == RegistrationStatus.CANCELLED:
            return []
        current.status = RegistrationStatus.CANCELLED
        current.waiting_position = None
        current.cancelled_at = now
        current.save(update_fields=["status", "waiting_position", "cancelled_at", "updated_at"])
        # Until the event is over, a freed place goes to the waiting list (even after sign-ups close).
        promoted = [] if event.is_past(now) else _fill_free_places(event, now)
        _notify("promoted", [r.pk for r in promoted])
        _notify("cancelled", [current.pk], by_organizer=by_organizer)
    _refresh(registration, current)
    return promoted


def fill_free_places(event, now=None) -> list[Registration]:
    """Promote from the waiting list into free places (e.g. after the capacity was raised)."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock_event(event)
        if event.is_past(now):
            return []
        promoted = _fill_free_places(event, now)
        _notify("promoted", [r.pk for r in promoted])
    return promoted


def promote(registration, force=False, now=None) -> Registration:
    """An organizer moves a waiting person up; ``NoPlaceLeft`` when full, unless ``force``."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock_event(registration.event)
        current = Registration.objects.get(pk=registration.pk)
        if current.status != RegistrationStatus.WAITING:
            raise RegistrationError(f"only a waiting sign-up can be promoted (this one is {current.status})")
        if not force and not _fits(event, current.category, _confirmed_counts(event), _quotas(event)):
            raise NoPlaceLeft()
        current.status = RegistrationStatus.CONFIRMED
        current.waiting_position = None
        current.promoted_at = now
        current.save(update_fields=["status", "waiting_position", "promoted_at", "updated_at"])
        _notify("promoted", [current.pk])
    _refresh(registration, current)
    return registration


def move_in_waiting_list(registration, position: int) -> list[Registration]:
    """Put a waiting person at ``position`` (1 = next in line); returns the list in its new order."""
    with transaction.atomic():
        _lock_event(registration.event)
        waiting = list(Registration.objects.filter(event_id=registration.event_id).waiting())
        moving = next((r for r in waiting if r.pk == registration.pk), None)
        if moving is None:
            raise RegistrationError("only a waiting sign-up has a place on the waiting list")
        waiting.remove(moving)
        index = min(max(int(position), 1), len(waiting) + 1) - 1
        waiting.insert(index, moving)
        for number, item in enumerate(waiting, start=1):
            item.waiting_position = number
        Registration.objects.bulk_update(waiting, ["waiting_position"])
    registration.waiting_position = moving.waiting_position
    return waiting


# --- at the door ------------------------------------------------------------------------


def check_in(registration, at=None) -> Registration:
    """Mark a confirmed person as arrived (idempotent: the first arrival time stays)."""
    current = Registration.objects.get(pk=registration.pk)
    if current.status != RegistrationStatus.CONFIRMED:
        raise RegistrationError("only a confirmed sign-up can be checked in")
    if current.checked_in_at is None:
        current.checked_in_at = at or timezone.now()
        current.save(update_fields=["checked_in_at", "updated_at"])
    _refresh(registration, current)
    return registration


def undo_check_in(registration) -> Registration:
    Registration.objects.filter(pk=registration.pk).update(checked_in_at=None, updated_at=timezone.now())
    registration.checked_in_at = None
    return registration


# --- the registrant's own changes -------------------------------------------------------


def change_details(registration, data: dict) -> Registration:
    """What a registrant may change through their link: name, phone, needs, question, language."""
    current = Registration.objects.get(pk=registration.pk)
    if current.anonymised_at or current.status == RegistrationStatus.CANCELLED:
        raise RegistrationError("a cancelled or anonymised sign-up cannot be changed")
    for name in CHANGEABLE_FIELDS:
        if name in data:
            setattr(current, name, data[name] or "")
    current.save()
    _refresh(registration, current)
    return registration


def anonymise(registration, now=None) -> Registration:
    """Blank the personal fields (category, status and dates stay for the counts).

    Used when a registrant deletes their sign-up and by ``purge_registrations`` after
    the retention period. An active sign-up is cancelled first (its place is freed).
    """
    now = now or timezone.now()
    if registration.status != RegistrationStatus.CANCELLED:
        cancel(registration, now=now)
    with transaction.atomic():
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.anonymised_at is None:
            for name in PERSONAL_FIELDS:
                setattr(current, name, "")
            current.email_normalized = ""
            current.anonymised_at = now
            current.save()
    _refresh(registration, current)
    return registration


# --- the event itself changes -------------------------------------------------------------

CHANGES = ("cancelled", "rescheduled", "postponed", "moved_online")


def event_changed(event, change: str) -> int:
    """Tell everyone signed up (confirmed or waiting) that the event is ``change``d; returns how many."""
    if change not in CHANGES:
        raise ValueError(f"unknown change {change!r}: one of {CHANGES}")
    ids = list(Registration.objects.filter(event_id=event.pk).active().values_list("pk", flat=True))
    _notify("changed", ids, change=change)
    return len(ids)


def change_of(previous, current) -> str:
    """What registrants should hear about when ``previous`` (the last published state) became ``current``."""
    if previous is None:
        return ""
    if current.status != previous.status and current.status in (
        EventStatus.CANCELLED,
        EventStatus.POSTPONED,
        EventStatus.MOVED_ONLINE,
    ):
        return str(current.status)
    newly_rescheduled = current.status == EventStatus.RESCHEDULED and previous.status != EventStatus.RESCHEDULED
    if current.start != previous.start or newly_rescheduled:
        return "rescheduled"
    return ""


def _refresh(target, source):
    """Copy a re-read row's state onto the caller's instance, so the caller sees the outcome."""
    for f in Registration._meta.concrete_fields:
        setattr(target, f.attname, getattr(source, f.attname))
