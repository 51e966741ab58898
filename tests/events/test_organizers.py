"""The organizers' side in the Wagtail admin (events.admin_views): who may see it, the
numbers, filters and exports, check-in at the door, the waiting list, messages, history."""

import csv
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

from core.i18n import ascii_slug
from events.models import EventStatus, Registration, RegistrationStatus
from tests.events.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

CONFIRMED, WAITING, CANCELLED = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.CANCELLED


def make_user(django_user_model, username, *groups, language="en"):
    user = django_user_model.objects.create_user(username, f"{username}@example.gov.az", "pass")
    user.groups.add(*(Group.objects.get(name=name) for name in groups))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def organizer(client, django_user_model):
    user = make_user(django_user_model, "organizer", "Event organizers")
    client.force_login(user)
    return user


@pytest.fixture
def event(make_event):
    """Sumqayıt Open Door Day: 4 places, full, two people waiting, one cancelled."""
    event = make_event(title_az="Sumqayıtda açıq qapı günü", title_en="Open Door Day in Sumgayit", capacity=4)
    people = [
        ("Aysel Məmmədova", "citizen", CONFIRMED, {"language": "az"}),
        ("John Smith", "foreigner", CONFIRMED, {"language": "en", "citizenship": "GB"}),
        ("Иван Петров", "media", CONFIRMED, {"language": "ru", "outlet": "Report.az"}),
        ("Leyla Əliyeva", "state_body", CONFIRMED, {"organization": "ASAN xidmət", "position": "Expert"}),
        ("Rəşad Quliyev", "citizen", WAITING, {"waiting_position": 1}),
        ("Nigar Həsənova", "employer", WAITING, {"waiting_position": 2, "organization": "Azersun"}),
        ("Tural Babayev", "citizen", CANCELLED, {}),
    ]
    for name, category, status, extra in people:
        email = f"{ascii_slug(name.split()[0])}@example.org"
        RegistrationFactory(event=event, name=name, email=email, category=category, status=status, **extra)
    return event


def reg(name):
    return Registration.objects.get(name=name)


def url(name, event, *args):
    return reverse(name, args=[event.pk, *args])


def listing(response):
    """The listing's table (the whole page, or the results alone as filters fetch them)."""
    html = BeautifulSoup(response.content, "html.parser")
    return html.select_one("#listing-results table.listing") or html.select_one("table.listing")


def rows(response):
    table = listing(response)
    if table is None:
        return []
    return [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]


def names(response):
    table = listing(response)
    return [tr.select_one(".title-wrapper").get_text(strip=True) for tr in table.select("tbody tr")] if table else []


def history(django_user_model, event):
    """The event page's history as an editor who may see it (organizers edit no pages) reads it."""
    editor = django_user_model.objects.filter(username="chief").first() or make_user(
        django_user_model, "chief", "Editors"
    )
    other = Client()
    other.force_login(editor)
    response = other.get(reverse("wagtailadmin_pages:history", args=[event.pk]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#listing-results").get_text(" ", strip=True)


def refused(response):
    """Wagtail's answer to a signed-in user without the permission: back to the dashboard, or 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


# --- who may see it ------------------------------------------------------------------


def test_the_event_organizers_group_is_made_by_a_migration():
    group = Group.objects.get(name="Event organizers")
    codenames = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert codenames == {("events", "manage_registrations"), ("wagtailadmin", "access_admin")}


def test_organizers_see_the_menu_item_and_every_screen(client, organizer, event):
    assert reverse("events_registrations_index") in client.get(reverse("wagtailadmin_home")).content.decode()
    registration = reg("Aysel Məmmədova")
    for address in (
        reverse("events_registrations_index"),
        url("events_registrations", event),
        url("events_check_in", event),
        url("events_check_in_print", event),
        url("events_waiting_list", event),
        url("events_message", event),
        url("events_cancel_event", event),
        url("events_registration_cancel", event, registration.pk),
    ):
        assert client.get(address).status_code == 200, address


def test_editors_without_the_permission_see_no_registrations(client, django_user_model, event):
    editor = make_user(django_user_model, "editor", "Editors")
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert reverse("events_registrations_index") not in home.content.decode()
    registration = reg("Aysel Məmmədova")
    for address in (
        reverse("events_registrations_index"),
        url("events_registrations", event),
        url("events_registrations", event) + "?export=csv",
        url("events_check_in", event),
        url("events_check_in_print", event),
        url("events_waiting_list", event),
        url("events_message", event),
    ):
        assert refused(client.get(address)), address
    assert refused(client.post(url("events_registration_check_in", event, registration.pk)))
    assert refused(client.post(url("events_registration_cancel", event, registration.pk)))
    registration.refresh_from_db()
    assert registration.checked_in_at is None and registration.status == CONFIRMED
    # The page's edit view shows no "Registrations" button to them either.
    assert (
        url("events_registrations", event)
        not in client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    )


def test_the_permission_alone_opens_the_screens(client, django_user_model, event):
    user = make_user(django_user_model, "someone")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert refused(client.get(url("events_registrations", event)))
    user.user_permissions.add(Permission.objects.get(codename="manage_registrations"))
    user = django_user_model.objects.get(pk=user.pk)  # permissions are cached per instance
    client.force_login(user)
    assert client.get(url("events_registrations", event)).status_code == 200


def test_anonymous_visitors_are_sent_to_the_login(client, event):
    response = client.get(url("events_registrations", event))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


# --- numbers, filters, search -----------------------------------------------------------


def test_events_are_listed_with_their_counts(client, organizer, event, make_event):
    make_event(title_az="Lənkəranda səyyar xidmət", title_en="Mobile service in Lankaran")
    response = client.get(reverse("events_registrations_index"))
    table = {row[0]: row for row in rows(response)}
    assert table["Open Door Day in Sumgayit"][3:] == ["4", "4", "2", "0"]
    assert table["Mobile service in Lankaran"][3:] == ["∞", "0", "0", "0"]


def test_counts_per_category_and_status_with_a_chart(client, organizer, event):
    response = client.get(url("events_registrations", event))
    html = BeautifulSoup(response.content, "html.parser")
    table = html.select_one(".events-admin__counts-table")
    counts = {
        tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.select("td")]
        for tr in table.select("tbody tr, tfoot tr")
    }
    assert counts["Citizen of Azerbaijan"] == ["1", "1", "1", "0"]
    assert counts["Employer or entrepreneur"] == ["0", "1", "0", "0"]
    assert counts["Total"] == ["4", "2", "1", "0"]
    chart = html.select_one(".events-admin__chart svg")
    assert chart["role"] == "img" and chart.title.get_text()
    assert len(chart.select("rect.events-admin__bar--confirmed")) == 4  # four categories have confirmed people
    assert "4 confirmed of 4 places" in " ".join(html.select_one(".events-admin__places").get_text().split())


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "citizen"}, ["Aysel Məmmədova", "Rəşad Quliyev", "Tural Babayev"]),
        ({"status": "waiting"}, ["Rəşad Quliyev", "Nigar Həsənova"]),
        ({"category": "citizen", "status": "confirmed"}, ["Aysel Məmmədova"]),
        ({"checked_in": "yes"}, ["John Smith"]),
        ({"language": "ru"}, ["Иван Петров"]),
        ({"q": "memmedova"}, ["Aysel Məmmədova"]),  # without Azerbaijani letters
        ({"q": "ALIYEVA"}, ["Leyla Əliyeva"]),
        ({"q": "petrov"}, ["Иван Петров"]),  # Cyrillic, typed in Latin letters
        ({"q": "ASAN xidmet"}, ["Leyla Əliyeva"]),  # organization
        ({"q": "hasanova"}, ["Nigar Həsənova"]),  # ə as passports write it
        ({"q": "john@example"}, ["John Smith"]),  # e-mail
        ({"q": "report.az"}, ["Иван Петров"]),  # outlet
    ],
)
def test_filters_and_search(client, organizer, event, params, expected):
    Registration.objects.filter(name="John Smith").update(checked_in_at=timezone.now())
    response = client.get(url("events_registrations", event), params)
    assert sorted(names(response)) == sorted(expected)
    # The results-only URL (filters refresh the listing without reloading) agrees.
    response = client.get(url("events_registrations_results", event), params)
    assert sorted(names(response)) == sorted(expected)


def test_the_list_is_paginated(client, organizer, make_event):
    event = make_event(capacity=None)
    RegistrationFactory.create_batch(60, event=event)
    first = client.get(url("events_registrations", event))
    assert len(rows(first)) == 50
    second = client.get(url("events_registrations", event), {"p": 2})
    assert len(rows(second)) == 10


# --- exports -------------------------------------------------------------------------------


def test_csv_export_has_every_field_and_follows_the_filters(client, organizer, event):
    Registration.objects.filter(name="Aysel Məmmədova").update(
        question='=HYPERLINK("http://evil")', phone="+994501234567"
    )
    response = client.get(url("events_registrations", event), {"export": "csv", "category": "citizen"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]  # personal data stays out of every cache
    body = b"".join(response.streaming_content).decode()
    table = list(csv.DictReader(io.StringIO(body)))
    assert [row["Full name"] for row in table] == ["Aysel Məmmədova", "Rəşad Quliyev", "Tural Babayev"]
    aysel = table[0]
    assert aysel["Category"] == "Citizen of Azerbaijan"
    assert aysel["Status"] == "Confirmed"
    assert aysel["E-mail"] == "aysel@example.org"
    assert aysel["Phone"] == "+994501234567"  # a phone number stays as it is
    assert aysel["Question for the Q&A"].startswith("'=")  # a formula is defused
    assert table[1]["Place on the waiting list"] == "1"


def test_xlsx_export_reads_back(client, organizer, event):
    response = client.get(url("events_registrations", event), {"export": "xlsx"})
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    header, *data = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[:4] == ["Full name", "Category", "Status", "Place on the waiting list"]
    assert len(data) == 7
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in data}
    assert by_name["Иван Петров"]["Media outlet"] == "Report.az"
    assert by_name["Leyla Əliyeva"]["Organization"] == "ASAN xidmət"
    assert by_name["Nigar Həsənova"]["Status"] == "On the waiting list"
    assert by_name["John Smith"]["Signed up"] is not None


def test_export_headings_follow_the_organizers_language(client, organizer, event):
    profile = UserProfile.get_for_user(organizer)
    profile.preferred_language = "ru"
    profile.save()
    response = client.get(url("events_registrations", event), {"export": "csv"})
    header = b"".join(response.streaming_content).decode().splitlines()[0].split(",")
    assert "Место в листе ожидания" in header and "Приход отмечен" in header


# --- check-in at the door ---------------------------------------------------------------


def test_check_in_list_shows_confirmed_people_and_finds_a_name(client, organizer, event):
    response = client.get(url("events_check_in", event))
    assert "no-store" in response["Cache-Control"]
    html = BeautifulSoup(response.content, "html.parser")
    listed = [li.select_one(".events-checkin__name").get_text() for li in html.select(".events-checkin__person")]
    assert sorted(listed) == sorted(["Aysel Məmmədova", "John Smith", "Иван Петров", "Leyla Əliyeva"])
    response = client.get(url("events_check_in", event), {"q": "aysel"})
    html = BeautifulSoup(response.content, "html.parser")
    assert [li.select_one(".events-checkin__name").get_text() for li in html.select(".events-checkin__person")] == [
        "Aysel Məmmədova"
    ]


def test_check_in_by_post_is_recorded_in_the_events_history(client, django_user_model, organizer, event):
    aysel = reg("Aysel Məmmədova")
    response = client.post(url("events_registration_check_in", event, aysel.pk), {"q": "aysel"})
    assert response.status_code == 302
    assert response["Location"] == url("events_check_in", event) + f"?q=aysel#registration-{aysel.pk}"
    aysel.refresh_from_db()
    assert aysel.checked_in_at is not None
    entry = PageLogEntry.objects.get(page=event, action="events.check_in")
    assert entry.user == organizer
    assert entry.data == {"registration": aysel.pk, "category": "citizen"}
    assert not entry.content_changed
    page = client.get(response["Location"])
    assert "Checked in: Aysel Məmmədova." in page.content.decode()
    assert "is-checked-in" in str(BeautifulSoup(page.content, "html.parser").select_one(f"#registration-{aysel.pk}"))
    # The event page's history names the registration, never the person.
    text = history(django_user_model, event)
    assert f"Checked in registration no. {aysel.pk} (Citizen of Azerbaijan)" in text
    assert "Aysel" not in text


def test_check_in_twice_keeps_the_first_time_and_undo_clears_it(client, organizer, event):
    aysel = reg("Aysel Məmmədova")
    client.post(url("events_registration_check_in", event, aysel.pk))
    first = Registration.objects.get(pk=aysel.pk).checked_in_at
    client.post(url("events_registration_check_in", event, aysel.pk))
    assert Registration.objects.get(pk=aysel.pk).checked_in_at == first
    assert PageLogEntry.objects.filter(page=event, action="events.check_in").count() == 1
    client.post(url("events_registration_check_in", event, aysel.pk), {"action": "undo"})
    assert Registration.objects.get(pk=aysel.pk).checked_in_at is None
    assert PageLogEntry.objects.filter(page=event, action="events.undo_check_in").count() == 1


def test_someone_waiting_cannot_be_checked_in(client, organizer, event):
    rashad = reg("Rəşad Quliyev")
    response = client.post(url("events_registration_check_in", event, rashad.pk), follow=True)
    assert "cannot be checked in" in response.content.decode()
    assert Registration.objects.get(pk=rashad.pk).checked_in_at is None


def test_a_registration_of_another_event_is_not_found_here(client, organizer, event, make_event):
    other = make_event()
    aysel = reg("Aysel Məmmədova")
    response = client.post(url("events_registration_check_in", other, aysel.pk))
    assert response.status_code == 404 or response["Location"].startswith("/az/admin/")  # the site's 404 path
    assert Registration.objects.get(pk=aysel.pk).checked_in_at is None
    assert not PageLogEntry.objects.filter(action="events.check_in").exists()


def test_back_goes_only_to_this_events_screens(client, organizer, event):
    aysel = reg("Aysel Məmmədova")
    response = client.post(url("events_registration_check_in", event, aysel.pk), {"next": "https://evil.example/"})
    assert response["Location"].startswith(url("events_check_in", event))
    listing = url("events_registrations", event) + "?status=confirmed"
    response = client.post(url("events_registration_check_in", event, aysel.pk), {"next": listing, "action": "undo"})
    assert response["Location"] == listing


def test_printable_check_in_list(client, organizer, event):
    response = client.get(url("events_check_in_print", event))
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one('link[href$="css/events-admin.css"]')
    listed = [tr.select("td")[1].get_text() for tr in html.select(".events-print__table tbody tr")]
    # By name as people spell it without Azerbaijani or Cyrillic letters.
    assert listed == ["Aysel Məmmədova", "Иван Петров", "John Smith", "Leyla Əliyeva"]
    assert "Report.az" in response.content.decode()


# --- the waiting list ----------------------------------------------------------------------


def test_promotion_when_full_needs_over_capacity(client, organizer, event):
    rashad = reg("Rəşad Quliyev")
    response = client.post(url("events_registration_promote", event, rashad.pk), follow=True)
    assert "was not promoted" in response.content.decode()
    assert Registration.objects.get(pk=rashad.pk).status == WAITING
    client.post(url("events_registration_promote", event, rashad.pk), {"force": "1"})
    assert Registration.objects.get(pk=rashad.pk).status == CONFIRMED
    entry = PageLogEntry.objects.get(page=event, action="events.promote")
    assert entry.data["over_capacity"] is True


def test_promotion_into_a_free_place(client, organizer, event):
    event.capacity = 10
    event.save()
    nigar = reg("Nigar Həsənova")
    response = client.post(url("events_registration_promote", event, nigar.pk))
    assert response["Location"] == url("events_waiting_list", event)
    assert Registration.objects.get(pk=nigar.pk).status == CONFIRMED
    assert PageLogEntry.objects.filter(page=event, action="events.promote").count() == 1


def test_reorder_the_waiting_list(client, organizer, event):
    extra = RegistrationFactory(event=event, name="Samir Hüseynov", status=WAITING, waiting_position=3)
    response = client.post(url("events_registration_move", event, extra.pk), {"position": "1"})
    assert response.status_code == 302
    order = list(Registration.objects.filter(event=event).waiting().values_list("name", flat=True))
    assert order == ["Samir Hüseynov", "Rəşad Quliyev", "Nigar Həsənova"]
    entry = PageLogEntry.objects.get(page=event, action="events.move")
    assert (entry.data["previous"], entry.data["position"]) == (3, 1)
    page = BeautifulSoup(client.get(url("events_waiting_list", event)).content, "html.parser")
    assert [tr.select("td")[1].get_text(" ", strip=True) for tr in page.select("tbody tr")][0].startswith("Samir")
    # Beyond the end means last; nonsense is refused.
    client.post(url("events_registration_move", event, extra.pk), {"position": "99"})
    assert (
        list(Registration.objects.filter(event=event).waiting().values_list("name", flat=True))[-1] == "Samir Hüseynov"
    )
    response = client.post(url("events_registration_move", event, extra.pk), {"position": "first"}, follow=True)
    assert "Give the new place as a number." in response.content.decode()


def test_cancelling_a_confirmed_place_promotes_the_next_person(
    client, organizer, event, django_capture_on_commit_callbacks
):
    john = reg("John Smith")
    confirm = client.get(url("events_registration_cancel", event, john.pk))
    assert "John Smith" in confirm.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("events_registration_cancel", event, john.pk), follow=True)
    assert sorted(m.to[0] for m in mail.outbox) == ["john@example.org", "resad@example.org"]  # both are told
    assert "Promoted from the waiting list: Rəşad Quliyev." in response.content.decode()
    assert Registration.objects.get(pk=john.pk).status == CANCELLED
    assert reg("Rəşad Quliyev").status == CONFIRMED
    actions = list(PageLogEntry.objects.filter(page=event).values_list("action", flat=True).order_by("pk"))
    assert actions[-2:] == ["events.cancel", "events.promote"]


# --- a message to a group -----------------------------------------------------------------


def test_a_message_per_language_reaches_each_registrant_in_theirs(client, django_user_model, organizer, event):
    mail.outbox.clear()
    response = client.post(
        url("events_message", event),
        {
            "status": ["confirmed"],
            "subject_az": "Giriş 9:30-dan",
            "body_az": "Hörmətli iştirakçı, giriş 9:30-dan başlayır.",
            "subject_en": "Doors open at 9:30",
            "body_en": "Dear participant, doors open at 9:30.",
            "subject_ru": "Вход с 9:30",
            "body_ru": "Уважаемый участник, вход с 9:30.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    sent = {message.to[0]: message.subject for message in mail.outbox}
    assert sent == {
        "aysel@example.org": "Giriş 9:30-dan",
        "leyla@example.org": "Giriş 9:30-dan",
        "john@example.org": "Doors open at 9:30",
        "ivan@example.org": "Вход с 9:30",
    }
    entry = PageLogEntry.objects.get(page=event, action="events.message")
    assert entry.data["recipients"] == 4
    assert "Sent a message to 4 registrants" in history(django_user_model, event)


def test_one_text_for_a_filtered_group(client, organizer, event):
    mail.outbox.clear()
    response = client.post(
        url("events_message", event),
        {"status": ["waiting"], "category": ["employer"], "subject": "Yer", "body": "Sizə yer tapmağa çalışırıq."},
    )
    assert response.status_code == 302
    assert [(m.to, m.subject) for m in mail.outbox] == [(["nigar@example.org"], "Yer")]


def test_a_language_without_text_is_refused(client, organizer, event):
    mail.outbox.clear()
    response = client.post(
        url("events_message", event), {"status": ["confirmed"], "subject_az": "Salam", "body_az": "Mətn"}
    )
    assert response.status_code == 200
    assert "English, Русский is missing" in response.content.decode()
    assert mail.outbox == []


def test_counting_the_recipients_sends_nothing(client, organizer, event):
    mail.outbox.clear()
    response = client.post(
        url("events_message", event), {"status": ["confirmed", "waiting"], "preview": "1", "subject": "x", "body": "y"}
    )
    assert response.status_code == 200
    assert "6 people match" in " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    assert mail.outbox == []


# --- cancelling the event ---------------------------------------------------------------------


def test_cancel_the_event_publishes_it_cancelled_and_tells_everyone(
    client, django_user_model, event, django_capture_on_commit_callbacks
):
    admin = django_user_model.objects.create_superuser("chief", "chief@example.gov.az", "pass")
    client.force_login(admin)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("events_cancel_event", event))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED and event.live and not event.has_unpublished_changes
    assert PageLogEntry.objects.filter(page=event, action="wagtail.publish").exists()
    # Everyone confirmed or waiting is told (events.signals → services.event_changed), once.
    told = sorted(address for message in mail.outbox for address in message.to)
    active = Registration.objects.filter(event=event).exclude(status=CANCELLED)
    assert told == sorted(active.values_list("email", flat=True))


def test_organizers_without_publish_rights_are_told_to_ask_an_editor(client, organizer, event):
    response = client.post(url("events_cancel_event", event), follow=True)
    assert "ask an editor" in response.content.decode()
    event.refresh_from_db()
    assert event.status == EventStatus.SCHEDULED


# --- languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [("az", "Qeydiyyatlar"), ("en", "Registrations"), ("ru", "Регистрации")],
)
def test_admin_screens_follow_the_organizers_language(client, organizer, event, language, text):
    profile = UserProfile.get_for_user(organizer)
    profile.preferred_language = language
    profile.save()
    html = BeautifulSoup(client.get(url("events_registrations", event)).content, "html.parser")
    assert text in html.select_one(".events-admin__nav").get_text()
