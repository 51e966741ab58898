"""E-mail to registrants, in their own language, sent in the background (django-tasks).

``events.services`` queues these once its transaction commits. In development and the
tests the ``default`` task backend runs them at once; production queues them in the
database for ``manage.py db_worker`` (README, "Events"), so a slow mail server never
slows a sign-up. Tasks take ids, never personal data, and log none.

Kinds of message: ``confirmed`` (with the ``.ics`` and the self-service link),
``waiting``, ``promoted``, ``reminder``, ``changed`` (the event was cancelled,
rescheduled, postponed or moved online), ``cancelled`` (the sign-up was cancelled),
and ``send_message`` for organizers writing to a group.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES

from . import calendar, links
from .models import EventPage, Registration, RegistrationStatus

logger = logging.getLogger(__name__)

KINDS = ("confirmed", "waiting", "promoted", "reminder", "changed", "cancelled")
WITH_ICS = {"confirmed", "promoted", "reminder", "changed"}
UPKEEP_HOUR = 7  # Asia/Baku: reminders go out in the morning


def _site_root(event) -> str:
    site = event.get_site()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL


def _subject(kind, event, extra) -> str:
    title = event.title
    if kind == "confirmed":
        return _("Registration confirmed: %(title)s") % {"title": title}
    if kind == "waiting":
        return _("You are on the waiting list: %(title)s") % {"title": title}
    if kind == "promoted":
        return _("A place is now yours: %(title)s") % {"title": title}
    if kind == "reminder":
        return _("Reminder: %(title)s") % {"title": title}
    if kind == "cancelled":
        return _("Your registration is cancelled: %(title)s") % {"title": title}
    change = (extra or {}).get("change")
    return {
        "cancelled": _("Event cancelled: %(title)s"),
        "postponed": _("Event postponed: %(title)s"),
        "moved_online": _("Event moved online: %(title)s"),
    }.get(change, _("New date: %(title)s")) % {"title": title}


def _language(registration) -> str:
    return registration.language if registration.language in LANGUAGE_CODES else DEFAULT_LANGUAGE


def compose(registration, kind: str, extra=None, now=None) -> EmailMultiAlternatives:
    """The message for ``registration`` of this ``kind``, in the registrant's language."""
    lang = _language(registration)
    event = EventPage.objects.get(pk=registration.event_id)
    root = _site_root(event)
    with translation.override(lang):
        event_url = event.full_url_in(lang)
        manage_url = ""
        if registration.status != RegistrationStatus.CANCELLED and event.end > (now or timezone.now()):
            manage_url = root + links.manage_path(registration, lang)
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "change": (extra or {}).get("change", ""),
            "by_organizer": (extra or {}).get("by_organizer", False),
            "event_url": event_url,
            "manage_url": manage_url,
            "lang": lang,
        }
        body = render_to_string("events/email/registration.txt", context)
        html = render_to_string("events/email/registration.html", context)
        message = EmailMultiAlternatives(
            subject=_subject(kind, event, extra),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[registration.email],
            reply_to=[event.contact_email] if event.contact_email else None,
            headers={"Content-Language": lang, "Auto-Submitted": "auto-generated"},
        )
        message.attach_alternative(html, "text/html")
        if kind in WITH_ICS:
            host = root.split("://", 1)[-1]
            message.attach(
                calendar.filename(event, lang), calendar.event_ics(event, lang, event_url, host), "text/calendar"
            )
    return message


@task()
def send_registration_email(registration_id: int, kind: str, extra: dict | None = None) -> bool:
    """Send one registrant the message of ``kind``; False when there is nobody to write to any more."""
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or registration.anonymised_at or not registration.email:
        return False
    if registration.status == RegistrationStatus.CANCELLED and kind not in ("cancelled", "changed"):
        return False
    compose(registration, kind, extra).send()
    logger.info("events: sent %s to registration %s", kind, registration_id)
    return True


@task()
def send_message(registration_ids: list[int], subject: str, body: str) -> int:
    """An organizer's message to a group of registrants (as written: organizers choose the language)."""
    sent = 0
    for registration in Registration.objects.filter(pk__in=registration_ids, anonymised_at__isnull=True):
        if not registration.email:
            continue
        event = EventPage.objects.get(pk=registration.event_id)
        message = EmailMultiAlternatives(
            subject=subject,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[registration.email],
            reply_to=[event.contact_email] if event.contact_email else None,
        )
        message.send()
        sent += 1
    logger.info("events: organizer message sent to %s registrants", sent)
    return sent


def due_reminders(now=None):
    """Confirmed sign-ups whose event starts within its ``reminder_days`` and who were not reminded yet."""
    now = now or timezone.now()
    due = []
    events = EventPage.objects.live().filter(start__gt=now, reminder_days__gt=0).exclude(status="cancelled")
    for event in events:
        if event.start - datetime.timedelta(days=event.reminder_days) <= now:
            due.extend(
                event.registrations.filter(
                    status=RegistrationStatus.CONFIRMED, reminded_at__isnull=True, anonymised_at__isnull=True
                ).values_list("pk", flat=True)
            )
    return due


@task()
def send_due_reminders() -> int:
    """Queue the reminder for everyone due; each sign-up is reminded once."""
    count = 0
    for pk in due_reminders():
        # Marked first, with a conditional update: two sweeps at once send one reminder.
        if Registration.objects.filter(pk=pk, reminded_at__isnull=True).update(reminded_at=timezone.now()):
            send_registration_email.enqueue(pk, "reminder", None)
            count += 1
    return count


def next_upkeep_time(now=None) -> datetime.datetime:
    now = timezone.localtime(now or timezone.now())
    candidate = now.replace(hour=UPKEEP_HOUR, minute=0, second=0, microsecond=0)
    return candidate if candidate > now else candidate + datetime.timedelta(days=1)


def schedule_upkeep(now=None):
    """Queue the next daily upkeep on a backend that can defer (the database's); None elsewhere."""
    if not daily_upkeep.get_backend().supports_defer:
        return None
    return daily_upkeep.using(run_after=next_upkeep_time(now)).enqueue()


def ensure_upkeep_scheduled():
    """Queue the daily upkeep unless a run is already waiting; None when nothing was queued.

    Called after every ``migrate`` (so a new deployment's worker starts the daily cycle
    without anyone remembering a command) and by ``events_upkeep --schedule``.
    """
    if not daily_upkeep.get_backend().supports_defer:
        return None
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(status="READY", task_path=daily_upkeep.module_path).exists():
        return None
    return schedule_upkeep()


@task()
def daily_upkeep() -> dict:
    """Once a day: reminders, then the retention purge, then queue tomorrow's run."""
    reminded = send_due_reminders.call()
    purged = True
    try:
        call_command("purge_registrations")
    except CommandError:  # the command is not installed: nothing to purge with
        purged = False
    schedule_upkeep()
    return {"reminded": reminded, "purged": purged}
