"""What a reader meets: the index and its filters, the event page, the form, live places, feeds."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

from events import services
from events.models import EventKind, Registration, RegistrationStatus
from tests.events.conftest import person
from tests.events.factories import RegionFactory, in_days

pytestmark = pytest.mark.django_db

LANGS = ("az", "en", "ru")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def form_data(**extra):
    data = {
        "category": "citizen",
        "name": "Leyla Əliyeva",
        "email": "leyla@example.org",
        "phone": "050 123 45 67",
        "language": "en",
        "needs": "",
        "question": "",
        "consent": "on",
        "website": "",
    }
    data.update(extra)
    return data


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


# --- the index -------------------------------------------------------------------------------


def test_index_lists_upcoming_first_then_past_and_filters(client, index, make_event):
    ganja = RegionFactory(name_az="Gəncə", name_en="Ganja", name_ru="Гянджа")
    soon = make_event(title_az="Yaxın", title_en="Soon", start=in_days(3), region=ganja)
    later = make_event(title_az="Sonra", title_en="Later", start=in_days(40), kind=EventKind.AWARENESS)
    past = make_event(title_az="Keçmiş", title_en="Past", start=in_days(-30))
    html = soup(client.get(index.url_in("en")))
    groups = [[a.get_text() for a in section.select("h3 a")] for section in html.select(".events-group")]
    assert groups == [["Soon", "Later"], ["Past"]]
    assert [h.get_text() for h in html.select(".events-group h2")] == ["Upcoming events", "Past events"]

    html = soup(client.get(index.url_in("en"), {"kind": "awareness"}))
    assert [a.get_text() for a in html.select(".events-list h3 a")] == ["Later"]
    html = soup(client.get(index.url_in("en"), {"region": ganja.slug}))
    assert [a.get_text() for a in html.select(".events-list h3 a")] == ["Soon"]
    month = past.start.strftime("%Y-%m")
    html = soup(client.get(index.url_in("en"), {"month": month}))
    assert [a.get_text() for a in html.select(".events-list h3 a")] == ["Past"]
    assert html.select_one("#filter-month option[selected]")["value"] == month
    assert soon and later


def test_invalid_filters_are_explained_and_ignored_never_a_500(client, index, make_event):
    make_event(title_en="Soon")
    for query in (
        {"kind": "party"},
        {"month": "2026-13"},
        {"region": "atlantis"},
        {"month": "x' OR 1=1"},
        {"page": "9"},
    ):
        response = client.get(index.url_in("en"), query)
        assert response.status_code == 200, query
        html = soup(response)
        assert [a.get_text() for a in html.select(".events-list h3 a")] == ["Soon"], query
    html = soup(client.get(index.url_in("en"), {"kind": "party"}))
    assert "is not one of the choices, so it is ignored" in html.select_one("#filter-kind-error").get_text()
    assert html.select_one("#filter-kind")["aria-describedby"] == "filter-kind-error"


def test_filters_are_kept_through_pagination_and_the_language_switch(client, index, make_event, settings):
    from events import views

    views.INDEX_PAGE_SIZE, size = 2, views.INDEX_PAGE_SIZE
    try:
        for n in range(3):
            make_event(title_en=f"Awareness {n}", kind=EventKind.AWARENESS, start=in_days(5 + n))
        html = soup(client.get(index.url_in("en"), {"kind": "awareness"}))
        assert html.select_one('.pagination a[rel="next"]')["href"] == "?page=2&kind=awareness"
        switch = {a["hreflang"]: a["href"] for a in html.select("nav.languages a[hreflang]")}
        assert switch["az"] == f"{index.url_in('az')}?kind=awareness"
        assert switch["ru"] == f"{index.url_in('ru')}?kind=awareness"
    finally:
        views.INDEX_PAGE_SIZE = size


def test_rss_and_icalendar_feeds_per_language(client, index, make_event):
    make_event(title_az="Açıq qapı günü Gəncədə", title_en="Open Door Day in Ganja", start=in_days(5))
    make_event(title_az="Yalnız azərbaycanca", start=in_days(6))
    make_event(title_az="Keçmiş", title_en="Past one", start=in_days(-5))
    rss = client.get(index.url_in("en") + "feed/")
    assert rss.status_code == 200
    assert re.findall(r"<title>(.*?)</title>", rss.content.decode())[1:] == ["Open Door Day in Ganja"]
    ics = client.get(index.url_in("en") + "calendar/")
    assert ics["Content-Type"].startswith("text/calendar")
    body = ics.content.decode()
    assert body.count("BEGIN:VEVENT") == 1 and "SUMMARY:Open Door Day in Ganja" in body
    az = client.get(index.url_in("az") + "calendar/").content.decode()
    assert az.count("BEGIN:VEVENT") == 2


# --- the event page ----------------------------------------------------------------------------


def test_event_page_shows_the_facts_and_links_the_form(client, make_event):
    region = RegionFactory(name_az="Sumqayıt", name_en="Sumgayit", name_ru="Сумгаит")
    event = make_event(
        title_en="Open Door Day in Sumgayit",
        region=region,
        venue_name_en="Heydar Aliyev Centre",
        map_url="https://maps.example/sumgayit",
        capacity=40,
        status="rescheduled",
        previous_start=in_days(10),
    )
    html = soup(client.get(event.url_in("en")))
    assert html.select_one(".event-status").get_text(" ", strip=True).startswith("Status: Rescheduled")
    facts = html.select_one(".event-facts").get_text(" ", strip=True)
    assert "Heydar Aliyev Centre" in facts and "Sumgayit" in facts and "Baku time" in facts
    assert html.select_one('a[href="https://maps.example/sumgayit"]')
    assert not html.select("iframe")
    assert html.select_one("[data-register-link]")["href"] == event.url_in("en") + "register/"
    assert html.select_one("[data-availability-url]")["data-availability-url"] == event.url_in("en") + "availability/"
    assert not html.select("input[name=csrfmiddlewaretoken]")


def test_json_ld_event(client, make_event):
    event = make_event(title_en="Open Door Day", capacity=1, status="moved_online", online_url="https://meet.example/x")
    data = json.loads(soup(client.get(event.url_in("en"))).select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example/x"}
    assert data["organizer"] == {"@type": "GovernmentOrganization", "name": "State Migration Service"}
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["startDate"] == event.start.isoformat()
    services.register(event, person(1))
    cache.clear()
    data = json.loads(soup(client.get(event.url_in("en"))).select_one('script[type="application/ld+json"]').string)
    assert data["offers"]["availability"] == "https://schema.org/LimitedAvailability"


def test_ics_download(client, make_event):
    event = make_event(title_en="Open Door Day", venue_name_en="Heydar Aliyev Centre")
    response = client.get(event.url_in("en") + "ics/")
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="open-door-day.ics"' in response["Content-Disposition"]
    body = response.content.decode()
    assert "SUMMARY:Open Door Day" in body and "LOCATION:Heydar Aliyev Centre" in body
    assert f"DTSTART:{event.start.astimezone(__import__('datetime').UTC):%Y%m%dT%H%M%SZ}" in body


# --- registration --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_sign_up_post_redirect_get_in_each_language(client, make_event, lang, django_capture_on_commit_callbacks):
    event = make_event(title_en="Open Door Day", title_ru="День открытых дверей", capacity=10)
    url = event.url_in(lang) + "register/"
    page = client.get(url)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert soup(page).html["lang"] == lang
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data(language=lang))
    assert response.status_code == 303
    assert response["Location"] == event.url_in(lang) + "register/done/"
    assert "leyla" not in response["Location"]
    done = client.get(response["Location"])
    assert "no-store" in done["Cache-Control"]
    assert (
        soup(done).h1.get_text()
        == {"az": "Qeydiyyatdan keçdiniz", "en": "You are registered", "ru": "Вы зарегистрированы"}[lang]
    )
    registration = Registration.objects.get()
    assert (registration.phone, registration.language) == ("+994501234567", lang)
    assert len(mail.outbox) == 1


def test_errors_next_to_each_field_in_the_readers_language(client, make_event):
    event = make_event()
    expected = {"az": "Bu sahə vacibdir.", "en": "This field is required.", "ru": "Требуется заполнить это поле."}
    for lang in LANGS:
        response = client.post(event.url_in(lang) + "register/", {"category": "media", "phone": "12"})
        assert response.status_code == 400
        html = soup(response)
        assert expected[lang] in html.select_one("#id_name-error").get_text()
        assert html.select_one("#id_name")["aria-describedby"] == "id_name-error"
        assert html.select_one("#id_outlet-error")  # the media's own field is asked for
        assert html.select_one("#id_phone-error")
        assert html.select_one("#id_consent-error")
        assert not html.select_one("#id_organization-error")  # not the media's
        assert html.select_one("#error-summary a[href='#id_name']")
    assert not Registration.objects.exists()


def test_form_shows_category_groups_for_the_script_and_without_it(client, make_event):
    event = make_event()
    html = soup(client.get(event.url_in("en") + "register/"))
    groups = {g.legend.get_text(): g["data-category-group"].split() for g in html.select("[data-category-group]")}
    assert groups == {
        "For state bodies, public organizations and employers": ["state_body", "public_organization", "employer"],
        "For the media": ["media"],
        "For foreign nationals": ["foreigner"],
    }
    assert [i["value"] for i in html.select("input[name=category]")][0] == "citizen"
    assert html.select_one("#id_citizenship option[value=TR]").get_text() == "Türkiye"
    assert "identity document" in html.get_text()


def test_honeypot_pretends_and_registers_nobody(client, make_event):
    event = make_event()
    response = client.post(event.url_in("en") + "register/", form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Registration.objects.exists()


@override_settings(EVENTS_REGISTRATION_RATE="2/h")
def test_rate_limit_per_address_says_so_in_the_readers_language(make_event):
    event = make_event()
    client = Client(REMOTE_ADDR="10.9.8.7")
    for n in range(2):
        assert client.post(event.url_in("ru") + "register/", form_data(email=f"p{n}@example.org")).status_code == 303
    response = client.post(event.url_in("ru") + "register/", form_data(email="p3@example.org"))
    assert response.status_code == 429
    assert "Слишком много" in soup(response).h1.get_text()
    assert (
        Client(REMOTE_ADDR="10.9.8.8")
        .post(event.url_in("ru") + "register/", form_data(email="p4@example.org"))
        .status_code
        == 303
    )


def test_already_registered_is_said_next_to_the_email(client, make_event):
    event = make_event()
    client.post(event.url_in("en") + "register/", form_data())
    response = client.post(event.url_in("en") + "register/", form_data(email="LEYLA@example.org"))
    assert response.status_code == 400
    assert "already registered" in soup(response).select_one("#id_email-error").get_text()


def test_full_event_offers_the_waiting_list(client, make_event):
    event = make_event(capacity=1)
    services.register(event, person(1))
    html = soup(client.get(event.url_in("en") + "register/"))
    assert "Waiting list only." in html.select_one(".event-availability").get_text()
    assert html.select_one(".event-form button[type=submit]").get_text() == "Join the waiting list"
    response = client.post(event.url_in("en") + "register/", form_data())
    done = soup(client.get(response["Location"]))
    assert done.h1.get_text() == "You are on the waiting list"
    assert Registration.objects.get(email="leyla@example.org").status == RegistrationStatus.WAITING


def test_closed_registration_shows_no_form(client, make_event):
    event = make_event(start=in_days(-2))
    html = soup(client.get(event.url_in("en") + "register/"))
    assert not html.select("form.event-form")
    assert "Registration is closed." in html.get_text()


# --- the page cache --------------------------------------------------------------------------------


@override_settings(PAGE_CACHE_SECONDS=300)
def test_cached_event_page_still_shows_live_places_and_the_form_works_for_two_readers(make_event):
    event = make_event(capacity=3, title_en="Open Door Day")
    first, second = Client(), Client()
    url = event.url_in("en")
    first.get(url)
    cached = second.get(url)
    assert cached["X-Page-Cache"] == "hit"
    assert b"csrfmiddlewaretoken" not in cached.content
    assert b"places left" not in cached.content  # no number is baked into the cached page

    assert first.get(url + "availability/").json()["text"] == "3 places left."
    for client, email in ((first, "a@example.org"), (second, "b@example.org")):
        form = client.get(url + "register/")
        assert "no-store" in form["Cache-Control"]
        assert not form.has_header("X-Page-Cache")
        token = soup(form).select_one("input[name=csrfmiddlewaretoken]")["value"]
        client.handler.enforce_csrf_checks = True
        response = client.post(url + "register/", form_data(email=email, csrfmiddlewaretoken=token))
        assert response.status_code == 303, response.content[:500]
    availability = second.get(url + "availability/")
    assert "no-store" in availability["Cache-Control"]
    assert availability.json()["text"] == "1 place left."
    assert second.get(url)["X-Page-Cache"] == "hit"  # the page itself is still served from the cache
    assert Registration.objects.filter(event=event).count() == 2


def test_events_are_searchable_in_each_language(make_event):
    from search.query import run_search

    make_event(
        title_az="Şəkidə maarifləndirmə tədbiri", title_en="Awareness session in Shaki", title_ru="Встреча в Шеки"
    )
    for query, lang, title in (
        ("seki maarifləndirmə", "az", "Şəkidə maarifləndirmə tədbiri"),
        ("shaki", "en", "Awareness session in Shaki"),
        ("шеки", "ru", "Встреча в Шеки"),
    ):
        assert title in [hit.entry.display_title for hit in run_search(query, lang).hits], (query, lang)
