"""Personal data is erased after the retention period (events.purge, manage.py purge_registrations)."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site
from wagtail.users.models import UserProfile

from events.models import Registration, RegistrationSettings, RegistrationStatus
from events.purge import purge_registrations
from tests.events.factories import RegistrationFactory, in_days

pytestmark = pytest.mark.django_db

PERSONAL = ("name", "email", "phone", "organization", "position", "outlet", "citizenship", "needs", "question")


@pytest.fixture
def events(make_event):
    """An event that ended 200 days ago, one that ended 10 days ago, and one to come."""
    old = make_event(start=in_days(-200), end=in_days(-200) + datetime.timedelta(hours=3), capacity=2)
    recent = make_event(start=in_days(-10), end=in_days(-10) + datetime.timedelta(hours=3))
    future = make_event(start=in_days(20))
    for event in (old, recent, future):
        RegistrationFactory(
            event=event,
            category="media",
            outlet="Report.az",
            phone="+994501234567",
            needs="Sign language",
            question="When?",
            checked_in_at=event.start,
        )
        RegistrationFactory(event=event, category="state_body", organization="DMX", position="Expert")
        RegistrationFactory(event=event, category="foreigner", citizenship="TR", status=RegistrationStatus.WAITING)
        RegistrationFactory(event=event, status=RegistrationStatus.CANCELLED)
    return old, recent, future


def counts(event):
    return sorted(
        Registration.objects.filter(event=event)
        .values_list("category", "status", "language")
        .annotate(n=Count("pk"))
        .order_by()
    )


def purge(*args):
    out = io.StringIO()
    call_command("purge_registrations", *args, stdout=out)
    return out.getvalue()


def test_only_events_past_the_retention_period_are_anonymised(events):
    old, recent, future = events
    before = {event.pk: counts(event) for event in events}
    output = purge()
    assert f"Anonymised 4 registration(s) of event {old.pk}" in output
    assert "kept 180 days" in output
    for registration in Registration.objects.filter(event=old):
        assert all(getattr(registration, field) == "" for field in PERSONAL), registration.pk
        assert registration.email_normalized == ""
        assert registration.anonymised_at is not None
        assert registration.consent_at and registration.created_at  # dates stay
    checked_in = Registration.objects.get(event=old, category="media")
    assert checked_in.checked_in_at == old.start
    for event in (recent, future):
        assert not Registration.objects.filter(event=event, anonymised_at__isnull=False).exists()
        assert Registration.objects.filter(event=event, name="").count() == 0
    # The numbers per category, status and language are what they were.
    assert {event.pk: counts(event) for event in events} == before


def test_purging_again_changes_nothing(events):
    old, *_ = events
    purge()
    stamps = dict(Registration.objects.filter(event=old).values_list("pk", "anonymised_at"))
    output = purge()
    assert "Nothing to anonymise" in output
    assert dict(Registration.objects.filter(event=old).values_list("pk", "anonymised_at")) == stamps
    assert purge_registrations() == []


def test_dry_run_changes_nothing(events):
    old, *_ = events
    output = purge("--dry-run")
    assert f"Would anonymise 4 registration(s) of event {old.pk}" in output
    assert not Registration.objects.filter(anonymised_at__isnull=False).exists()


def test_the_period_is_a_setting_of_the_site(events):
    old, recent, future = events
    settings = RegistrationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.retention_days = 5
    settings.save()
    purged = {item.event.pk: item.registrations for item in purge_registrations()}
    assert purged == {old.pk: 4, recent.pk: 4}
    assert not Registration.objects.filter(event=future, anonymised_at__isnull=False).exists()


def test_the_setting_defaults_to_180_days_and_is_edited_in_the_admin(client, django_user_model, home):
    admin = django_user_model.objects.create_superuser("chief", "chief@example.gov.az", "pass")
    client.force_login(admin)
    site = Site.objects.get(is_default_site=True)
    assert RegistrationSettings.for_site(site).retention_days == 180
    url = reverse("wagtailsettings:edit", args=["events", "registrationsettings", site.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"retention_days": "30"})
    assert response.status_code == 302
    assert RegistrationSettings.for_site(site).retention_days == 30
    assert client.post(url, {"retention_days": "0"}).status_code == 200  # refused: at least a day


def test_a_person_may_sign_up_again_after_the_purge_of_an_old_sign_up(events):
    """Anonymised rows leave the one-sign-up-per-address rule (the address is gone)."""
    old, *_ = events
    email = Registration.objects.filter(event=old).first().email
    purge()
    RegistrationFactory(event=old, email=email)
    assert Registration.objects.filter(event=old, email=email).count() == 1


def test_organizers_still_see_the_numbers_after_the_purge(client, django_user_model, events):
    from django.contrib.auth.models import Group

    old, *_ = events
    purge()
    organizer = django_user_model.objects.create_user("organizer", "o@example.gov.az", "pass")
    organizer.groups.add(Group.objects.get(name="Event organizers"))
    profile = UserProfile.get_for_user(organizer)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(organizer)
    response = client.get(reverse("events_registrations", args=[old.pk]))
    text = response.content.decode()
    assert response.status_code == 200
    assert "Report.az" not in text and "DMX" not in text
    assert "anonymised" in text
    html = BeautifulSoup(text, "html.parser")
    total = [td.get_text() for td in html.select(".events-admin__counts-table tfoot td")]
    assert total == ["2", "1", "1", "1"]  # confirmed, waiting, cancelled, checked in: as before the purge


def test_now_can_be_given(events):
    old, recent, _future = events
    later = timezone.now() + datetime.timedelta(days=195)  # old: 395 days ago, recent: 205, future: 175
    assert {item.event.pk for item in purge_registrations(now=later)} == {old.pk, recent.pk}
