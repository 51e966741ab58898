"""The registration rules (events.services): capacity, quotas, waiting list, promotion, one sign-up per address."""

import datetime

import pytest
from django.utils import timezone

from events import services
from events.models import EventStatus, Registration, RegistrationStatus
from tests.events.conftest import person
from tests.events.factories import in_days

pytestmark = pytest.mark.django_db

CONFIRMED, WAITING, CANCELLED = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.CANCELLED


def statuses(event):
    return list(Registration.objects.filter(event=event).order_by("pk").values_list("status", flat=True))


def test_capacity_then_waiting_list_in_order(make_event):
    event = make_event(capacity=2)
    made = [services.register(event, person(n)) for n in range(4)]
    assert [r.status for r in made] == [CONFIRMED, CONFIRMED, WAITING, WAITING]
    assert [r.waiting_position for r in made] == [None, None, 1, 2]
    places = services.availability(event)
    assert (places.state, places.places_left, places.waiting_list_only, places.waiting_count) == ("open", 0, True, 2)


def test_no_limit_confirms_everyone(make_event):
    event = make_event(capacity=None)
    assert {services.register(event, person(n)).status for n in range(5)} == {CONFIRMED}
    assert services.availability(event).places_left is None


def test_full_without_waiting_list_refuses(make_event):
    event = make_event(capacity=1, waiting_list=False)
    services.register(event, person(1))
    with pytest.raises(services.RegistrationClosed) as refused:
        services.register(event, person(2))
    assert refused.value.reason == "full"
    places = services.availability(event)
    assert (places.state, places.full) == ("closed", True)


def test_category_quota_holds_while_others_still_get_places(make_event):
    event = make_event(capacity=10, quotas={"media": 1})
    first = services.register(event, person(1, "media", outlet="Azərtac"))
    second = services.register(event, person(2, "media", outlet="APA"))
    citizen = services.register(event, person(3))
    assert (first.status, second.status, citizen.status) == (CONFIRMED, WAITING, CONFIRMED)
    places = services.availability(event)
    assert places.category_places_left["media"] == 0
    assert places.category_places_left["citizen"] == 8
    assert places.category_is_full("media") and not places.category_is_full("citizen")


def test_one_sign_up_per_normalised_address(make_event):
    event = make_event(capacity=5)
    services.register(event, person(1, email="Leyla.Aliyeva@Example.org"))
    with pytest.raises(services.AlreadyRegistered):
        services.register(event, person(2, email="  leyla.aliyeva@example.ORG "))
    assert Registration.objects.filter(event=event).count() == 1


def test_the_database_refuses_a_second_active_sign_up_even_past_the_check(make_event, monkeypatch):
    """Two requests that both passed the existence check: the unique constraint decides, as AlreadyRegistered."""
    event = make_event(capacity=5)
    services.register(event, person(1))
    real_filter = Registration.objects.filter

    class Blind:
        def __init__(self, qs):
            self.qs = qs

        def exclude(self, *a, **kw):
            return Blind(self.qs.exclude(*a, **kw))

        def filter(self, *a, **kw):
            return Blind(self.qs.filter(*a, **kw))

        def exists(self):
            return False

    def blind_filter(*args, **kwargs):
        if "email_normalized" in kwargs:
            return Blind(real_filter(*args, **kwargs))
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(Registration.objects, "filter", blind_filter)
    with pytest.raises(services.AlreadyRegistered):
        services.register(event, person(1))
    monkeypatch.undo()
    assert Registration.objects.filter(event=event).count() == 1


def test_a_cancelled_person_may_sign_up_again(make_event):
    event = make_event(capacity=5)
    services.cancel(services.register(event, person(1)))
    again = services.register(event, person(1))
    assert again.status == CONFIRMED
    assert statuses(event) == [CANCELLED, CONFIRMED]


def test_window_not_open_closed_and_cancelled(make_event):
    now = timezone.now()
    later = make_event(registration_opens_at=now + datetime.timedelta(days=1))
    with pytest.raises(services.RegistrationClosed) as refused:
        services.register(later, person(1))
    assert refused.value.reason == "not_open"
    assert services.availability(later).state == "not_open"

    closed = make_event(registration_closes_at=now - datetime.timedelta(minutes=1))
    with pytest.raises(services.RegistrationClosed):
        services.register(closed, person(2))

    past = make_event(start=in_days(-3), end=in_days(-3, hour=14))
    with pytest.raises(services.RegistrationClosed):
        services.register(past, person(3))

    cancelled = make_event(status=EventStatus.CANCELLED)
    with pytest.raises(services.RegistrationClosed):
        services.register(cancelled, person(4))

    # The window is checked at the moment given: one second before closing is still open.
    closes = now + datetime.timedelta(hours=1)
    closing = make_event(registration_closes_at=closes)
    assert services.register(closing, person(5), now=closes - datetime.timedelta(seconds=1)).status == CONFIRMED
    with pytest.raises(services.RegistrationClosed):
        services.register(closing, person(6), now=closes)


def test_category_fields_are_kept_only_for_the_category_that_asks(make_event):
    event = make_event()
    citizen = services.register(event, person(1, organization="Sneaky LLC", outlet="X", citizenship="TR"))
    assert (citizen.organization, citizen.outlet, citizen.citizenship) == ("", "", "")
    employer = services.register(event, person(2, "employer", organization="Bakı Tikinti", position="Director"))
    assert (employer.organization, employer.position) == ("Bakı Tikinti", "Director")
    foreigner = services.register(event, person(3, "foreigner", citizenship="TR"))
    assert foreigner.citizenship == "TR"


def test_cancel_promotes_the_next_person_of_a_fitting_category(make_event):
    event = make_event(capacity=3, quotas={"media": 1})
    services.register(event, person(1, "media"))
    citizen = services.register(event, person(2))
    services.register(event, person(3))
    media_waiting = services.register(event, person(4, "media"))
    citizen_waiting = services.register(event, person(5))
    assert (media_waiting.status, citizen_waiting.status) == (WAITING, WAITING)

    promoted = services.cancel(citizen)
    # The media quota is full, so the place goes to the next citizen, not to the first in line.
    assert [r.pk for r in promoted] == [citizen_waiting.pk]
    citizen_waiting.refresh_from_db()
    assert (citizen_waiting.status, citizen_waiting.waiting_position) == (CONFIRMED, None)
    assert citizen_waiting.promoted_at is not None
    media_waiting.refresh_from_db()
    assert media_waiting.status == WAITING
    assert citizen.status == CANCELLED  # the caller's instance shows the outcome
    assert services.cancel(citizen) == []  # twice is harmless


def test_cancelling_a_waiting_person_frees_no_place(make_event):
    event = make_event(capacity=1)
    services.register(event, person(1))
    waiting = services.register(event, person(2))
    later = services.register(event, person(3))
    assert services.cancel(waiting) == []
    later.refresh_from_db()
    assert later.status == WAITING


def test_raising_the_capacity_and_publishing_promotes(make_event):
    event = make_event(capacity=1)
    services.register(event, person(1))
    waiting = [services.register(event, person(n)) for n in (2, 3, 4)]
    event.capacity = 3
    event.save_revision().publish()
    assert [Registration.objects.get(pk=r.pk).status for r in waiting] == [CONFIRMED, CONFIRMED, WAITING]


def test_manual_promotion_respects_places_unless_forced(make_event):
    event = make_event(capacity=1)
    services.register(event, person(1))
    waiting = services.register(event, person(2))
    with pytest.raises(services.NoPlaceLeft):
        services.promote(waiting)
    services.promote(waiting, force=True)
    assert waiting.status == CONFIRMED
    with pytest.raises(services.RegistrationError):
        services.promote(waiting)


def test_move_in_waiting_list_renumbers(make_event):
    event = make_event(capacity=0)
    people = [services.register(event, person(n)) for n in range(4)]
    order = services.move_in_waiting_list(people[3], 1)
    assert [r.pk for r in order] == [people[3].pk, people[0].pk, people[1].pk, people[2].pk]
    assert [r.waiting_position for r in Registration.objects.filter(event=event).waiting()] == [1, 2, 3, 4]
    assert services.move_in_waiting_list(people[3], 99)[-1].pk == people[3].pk
    with pytest.raises(services.RegistrationError):
        services.move_in_waiting_list(services.register(make_event(), person(9)), 1)


def test_check_in_and_undo(make_event):
    event = make_event(capacity=1)
    confirmed = services.register(event, person(1))
    waiting = services.register(event, person(2))
    at = timezone.now()
    services.check_in(confirmed, at=at)
    services.check_in(confirmed)  # a second tap keeps the first arrival time
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at == at
    services.undo_check_in(confirmed)
    confirmed.refresh_from_db()
    assert confirmed.checked_in_at is None
    with pytest.raises(services.RegistrationError):
        services.check_in(waiting)


def test_anonymise_frees_the_place_and_keeps_the_counts(make_event):
    event = make_event(capacity=1)
    first = services.register(event, person(1, phone="+994501234567", question="Why?"))
    second = services.register(event, person(2))
    services.anonymise(first)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.name, first.email, first.phone, first.question) == ("", "", "", "")
    assert (first.status, first.category, first.anonymised_at is not None) == (CANCELLED, "citizen", True)
    assert second.status == CONFIRMED


def test_change_details_touches_only_what_a_registrant_may_change(make_event):
    event = make_event()
    registration = services.register(event, person(1))
    services.change_details(registration, {"name": "Leyla Əliyeva", "language": "en", "category": "media"})
    registration.refresh_from_db()
    assert (registration.name, registration.language, registration.category) == ("Leyla Əliyeva", "en", "citizen")


def test_change_of_tells_what_registrants_must_hear():
    class State:
        def __init__(self, status, start):
            self.status, self.start = status, start

    start = in_days(5)
    assert services.change_of(State("scheduled", start), State("cancelled", start)) == "cancelled"
    assert services.change_of(State("scheduled", start), State("scheduled", in_days(6))) == "rescheduled"
    assert services.change_of(State("scheduled", start), State("moved_online", start)) == "moved_online"
    assert services.change_of(State("scheduled", start), State("scheduled", start)) == ""
    assert services.change_of(None, State("cancelled", start)) == ""
