"""E-mail in the registrant's language with the .ics, signed self-service links that expire, reminders, changes."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing
from django.utils import timezone

from events import links, notifications, services
from events.models import Registration, RegistrationStatus
from tests.events.conftest import person
from tests.events.factories import in_days

pytestmark = pytest.mark.django_db

SUBJECTS = {
    "az": "Qeydiyyat təsdiqləndi: ",
    "en": "Registration confirmed: ",
    "ru": "Регистрация подтверждена: ",
}


def link_in(message):
    return re.search(r"https?://\S+/registration/[^/\s]+/", message.body).group(0)


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_confirmation_in_the_registrants_language_with_ics_and_link(
    client, make_event, lang, django_capture_on_commit_callbacks
):
    event = make_event(title_en="Open Door Day", title_ru="День открытых дверей", capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        services.register(event, person(1, language=lang))
    [message] = mail.outbox
    assert message.subject.startswith(SUBJECTS[lang])
    assert message.subject.endswith({"az": event.title_az, "en": "Open Door Day", "ru": "День открытых дверей"}[lang])
    assert message.to == ["person1@example.org"]
    assert message.extra_headers["Content-Language"] == lang
    [(filename, ics, mimetype)] = message.attachments
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in ics.decode() if isinstance(ics, bytes) else ics
    html = message.alternatives[0][0]
    assert f'lang="{lang}"' in html
    page = client.get(path_of(link_in(message)))
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert "person1@example.org" in page.content.decode()
    assert BeautifulSoup(page.content, "html.parser").html["lang"] == lang


def test_waiting_list_and_promotion_notices(make_event, django_capture_on_commit_callbacks):
    event = make_event(capacity=1, title_en="Open Door Day")
    with django_capture_on_commit_callbacks(execute=True):
        first = services.register(event, person(1, language="en"))
        services.register(event, person(2, language="en"))
    assert [m.subject for m in mail.outbox] == [
        "Registration confirmed: Open Door Day",
        "You are on the waiting list: Open Door Day",
    ]
    assert "number 1" in mail.outbox[1].body
    assert not mail.outbox[1].attachments  # no place yet: nothing for the calendar
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(first)
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == ["A place is now yours: Open Door Day", "Your registration is cancelled: Open Door Day"]
    promoted = next(m for m in mail.outbox if m.subject.startswith("A place"))
    assert promoted.to == ["person2@example.org"] and promoted.attachments


def test_nothing_is_sent_when_the_transaction_rolls_back(make_event, django_capture_on_commit_callbacks):
    from django.db import transaction

    event = make_event()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        services.register(event, person(1))
        raise RuntimeError("rolled back")
    assert mail.outbox == []
    assert not Registration.objects.exists()


def test_self_service_change_cancel_and_erase(client, make_event, django_capture_on_commit_callbacks):
    event = make_event(capacity=1)
    registration = services.register(event, person(1, language="en"))
    waiting = services.register(event, person(2))
    url = links.manage_path(registration)
    response = client.post(
        url, {"action": "change", "name": "Leyla Əliyeva", "phone": "+90 532 123 45 67", "language": "ru"}
    )
    assert response.status_code == 302 and response["Location"] == url + "?done=saved"
    registration.refresh_from_db()
    assert (registration.name, registration.phone, registration.language) == ("Leyla Əliyeva", "+905321234567", "ru")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "cancel"})
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert (registration.status, waiting.status) == (RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED)
    cancelled_mail = next(m for m in mail.outbox if m.to == ["person1@example.org"])
    assert cancelled_mail.subject.startswith("Ваша регистрация отменена")  # in the language chosen since
    response = client.post(url, {"action": "erase"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.anonymised_at and registration.email == "" and registration.name == ""
    assert client.get(url).status_code == 410  # the link opens nothing any more


def test_links_are_signed_and_expire_when_the_event_ends(client, make_event):
    event = make_event(start=in_days(2), end=in_days(2, hour=14))
    registration = services.register(event, person(1))
    token = links.token_for(registration)
    assert links.registration_from(token).pk == registration.pk
    assert str(registration.pk) not in token or len(token) > 10
    with pytest.raises(links.LinkInvalid):
        links.registration_from(token[:-2] + "xx")
    with pytest.raises(links.LinkInvalid):
        links.registration_from(signing.dumps(registration.pk, salt="something else"))
    with pytest.raises(links.LinkExpired):
        links.registration_from(token, now=event.end + datetime.timedelta(seconds=1))
    assert client.get(f"/en/registration/{token[:-2]}xx/").status_code == 404
    EventPageEnded = type(event)
    EventPageEnded.objects.filter(pk=event.pk).update(start=in_days(-3), end=in_days(-3, hour=14))
    response = client.get(f"/en/registration/{token}/")
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_reminders_go_once_n_days_before(make_event, django_capture_on_commit_callbacks):
    soon = make_event(title_en="Soon", start=timezone.now() + datetime.timedelta(days=1), reminder_days=2)
    later = make_event(title_en="Later", start=in_days(10), reminder_days=2)
    never = make_event(title_en="Never", start=timezone.now() + datetime.timedelta(hours=5), reminder_days=0)
    for event in (soon, later, never):
        services.register(event, person(event.pk, language="en"))
    assert notifications.send_due_reminders.call() == 1
    assert [m.subject for m in mail.outbox] == ["Reminder: Soon"]
    assert notifications.send_due_reminders.call() == 0  # once only


def test_cancelling_or_rescheduling_the_event_tells_everyone(make_event, django_capture_on_commit_callbacks):
    event = make_event(capacity=1, title_en="Open Door Day")
    services.register(event, person(1, language="en"))
    services.register(event, person(2, language="ru"))
    with django_capture_on_commit_callbacks(execute=True):
        event.status = "cancelled"
        event.save_revision().publish()
    assert sorted(m.subject for m in mail.outbox) == [
        "Event cancelled: Open Door Day",
        f"Мероприятие отменено: {event.title_az}",
    ]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.status = "scheduled"
        event.start = event.start + datetime.timedelta(days=7)
        event.end = event.end + datetime.timedelta(days=7)
        event.save_revision().publish()
    assert sorted(m.subject for m in mail.outbox)[0] == "New date: Open Door Day"
    assert all(m.attachments for m in mail.outbox)  # the new date, for the calendar
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.summary_az = "Yeni mətn."
        event.save_revision().publish()
    assert mail.outbox == []  # an edit of the text tells nobody


def test_organizer_message_task(make_event):
    event = make_event()
    ids = [services.register(event, person(n)).pk for n in range(3)]
    assert notifications.send_message.call(ids[:2], "Parking", "Use the north entrance.") == 2
    assert [m.to for m in mail.outbox] == [["person0@example.org"], ["person1@example.org"]]


def test_daily_upkeep_reminds_and_does_not_defer_on_the_immediate_backend(make_event):
    make_event(start=timezone.now() + datetime.timedelta(hours=30), reminder_days=2)
    result = notifications.daily_upkeep.call()
    assert result["reminded"] == 0
    assert notifications.schedule_upkeep() is None  # the immediate backend cannot run later: a timer or the worker does
    when = notifications.next_upkeep_time(timezone.make_aware(datetime.datetime(2026, 5, 1, 8, 0)))
    assert (when.day, when.hour) == (2, notifications.UPKEEP_HOUR)


def test_upkeep_command_runs_now_or_explains_the_timer(make_event):
    import io

    from django.core.management import call_command

    make_event(start=timezone.now() + datetime.timedelta(hours=20), reminder_days=1)
    out = io.StringIO()
    call_command("events_upkeep", stdout=out)
    assert out.getvalue().startswith("reminders queued: 0")
    err = io.StringIO()
    call_command("events_upkeep", "--schedule", stdout=io.StringIO(), stderr=err)
    assert "daily timer" in err.getvalue()


def test_migrate_queues_the_daily_upkeep_once_for_the_worker(settings):
    """A new deployment runs ``migrate`` and the worker; nobody has to remember ``--schedule``."""
    from django.core.management.sql import emit_post_migrate_signal
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # production's backend
    for _ in range(2):  # a second migrate (the next deployment) queues nothing more
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    waiting = DBTaskResult.objects.filter(status="READY", task_path=notifications.daily_upkeep.module_path)
    assert waiting.count() == 1
    assert timezone.localtime(waiting.get().run_after).hour == notifications.UPKEEP_HOUR
