"""Factories for the events module (the meta-tests find the page factories by themselves)."""

import datetime

import factory
from django.utils import timezone

from events.models import EventIndexPage, EventPage, ParticipantCategory, Region, Registration, RegistrationStatus
from tests.factories import TranslatedPageFactory


def in_days(days, hour=11):
    """A moment ``days`` from today at ``hour`` o'clock, Asia/Baku."""
    today = timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0)
    return today + datetime.timedelta(days=days)


class RegionFactory(factory.django.DjangoModelFactory):
    name_az = factory.Sequence(lambda n: f"Region {n}")
    name = factory.LazyAttribute(lambda o: o.name_az)

    class Meta:
        model = Region


class EventIndexPageFactory(TranslatedPageFactory):
    title_az = "Tədbirlər"
    title_en = "Events"
    title_ru = "Мероприятия"

    class Meta:
        model = EventIndexPage


class EventPageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Açıq qapı günü {n}")
    summary_az = factory.LazyAttribute(lambda o: f"{o.title_az}: vətəndaşlarla görüş.")
    start = factory.LazyFunction(lambda: in_days(14))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    venue_name_az = "Heydər Əliyev Mərkəzi"
    capacity = None

    class Meta:
        model = EventPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    event = None
    category = ParticipantCategory.CITIZEN
    status = RegistrationStatus.CONFIRMED
    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "az"
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration
