"""Simultaneous sign-ups and cancellations against a live gunicorn: never overbooked.

On PostgreSQL (the suite's PostgreSQL run, ``DATABASE_URL=postgres://…``) a throwaway
database next to the test database is migrated and served by gunicorn with 4 workers
× 8 threads; 200 readers then sign up for 50 places at the same instant. A negative
control switches the event lock off (``EVENTS_REGISTRATION_LOCK=false``, read by the
test settings only) and shows that the same load then overbooks, so the test can see
what it guards against.

On SQLite (the first run) the PostgreSQL tests are skipped with the reason, and a
smaller load runs on a throwaway SQLite file: 8 at once, no "database is locked", no
overbooking.
"""

import sqlite3
import threading
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.core import signing

from events import links
from tests.events import live

ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
needs_postgres = pytest.mark.skipif(
    not ON_POSTGRES, reason="row locks under load are tested in the PostgreSQL run (DATABASE_URL=postgres://…)"
)
needs_sqlite = pytest.mark.skipif(ON_POSTGRES, reason="the SQLite variant runs in the SQLite run")


def _postgres_base_url():
    db = settings.DATABASES["default"]
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/postgres"


def rows(database_url, event_id):
    """``[(status, category, waiting_position)]`` of an event's sign-ups, read straight from the live database."""
    query = "SELECT status, category, waiting_position FROM events_registration WHERE event_id = %s"
    if database_url.startswith("sqlite"):
        with sqlite3.connect(urllib.parse.urlsplit(database_url).path) as conn:
            return conn.execute(query.replace("%s", "?"), (event_id,)).fetchall()
    import psycopg

    with psycopg.connect(database_url) as conn:
        return conn.execute(query, (event_id,)).fetchall()


def tally(database_url, event_id):
    found = rows(database_url, event_id)
    statuses = Counter(status for status, _category, _position in found)
    confirmed_by_category = Counter(category for status, category, _p in found if status == "confirmed")
    positions = sorted(p for status, _c, p in found if status == "waiting")
    return statuses, confirmed_by_category, positions


def sign_ups(n, start=0, category="citizen"):
    return [lambda token, i=i: live.sign_up_data(i, token, category=category) for i in range(start, start + n)]


def _spec(**events):
    return {"events": [{"key": key, **spec} for key, spec in events.items()]}


@pytest.fixture(scope="module")
def postgres_site():
    """A migrated throwaway PostgreSQL database and a server on it (lock on)."""
    if not ON_POSTGRES:
        pytest.skip("row locks under load are tested in the PostgreSQL run (DATABASE_URL=postgres://…)")
    url = live.create_postgres_database(_postgres_base_url())
    server = live.LiveServer(url).migrate()
    made = server.setup(
        _spec(
            seats={"capacity": 50},
            twice={"capacity": 50},
            quotas={"capacity": 50, "quotas": {"media": 5}},
            cancels={"capacity": 20, "registrations": [["citizen", "confirmed"]] * 20 + [["citizen", "waiting"]] * 20},
            control={"capacity": 50},
        )
    )
    server.start()
    try:
        yield server, made
    finally:
        server.cleanup()
        live.drop_postgres_database(url)


@needs_postgres
def test_200_at_once_for_50_places_50_confirmed_150_waiting_no_error(postgres_site):
    server, made = postgres_site
    event = made["seats"]
    results = live.all_at_once(server.base_url, event["path"] + "register/", sign_ups(200))
    statuses = Counter(status for status, _seconds in results)
    assert statuses == {303: 200}, (statuses, server.server_log()[-3000:])
    counted, _by_category, positions = tally(server.database_url, event["id"])
    assert counted == {"confirmed": 50, "waiting": 150}
    assert positions == list(range(1, 151))  # each waiting person has their own place in line


@needs_postgres
def test_the_same_person_twice_at_once_signs_up_once(postgres_site):
    server, made = postgres_site
    event = made["twice"]
    payloads = [lambda token: live.sign_up_data(1, token, email="Same.Person@example.org")] * 10
    results = live.all_at_once(server.base_url, event["path"] + "register/", payloads)
    assert sorted(status for status, _s in results) == [303] + [400] * 9  # the rest are told, none fails
    counted, _c, _p = tally(server.database_url, event["id"])
    assert counted == {"confirmed": 1}


@needs_postgres
def test_per_category_quotas_hold_under_the_same_load(postgres_site):
    server, made = postgres_site
    event = made["quotas"]
    # 40 journalists race for 5 media places while 20 citizens take theirs (50 places in all):
    # however the requests interleave, exactly 5 journalists get in and every citizen does.
    payloads = sign_ups(40, category="media") + sign_ups(20, start=100)
    results = live.all_at_once(server.base_url, event["path"] + "register/", payloads)
    assert Counter(status for status, _s in results) == {303: 60}
    counted, by_category, positions = tally(server.database_url, event["id"])
    assert by_category == {"media": 5, "citizen": 20}
    assert counted == {"confirmed": 25, "waiting": 35}
    assert positions == list(range(1, 36))


@needs_postgres
def test_simultaneous_cancellations_promote_exactly_as_many_as_freed(postgres_site):
    server, made = postgres_site
    event = made["cancels"]
    confirmed_ids = made["cancels"]["registrations"][:20]
    cancelling = confirmed_ids[:10]
    paths = [f"/az/registration/{signing.dumps(pk, salt=links.SALT, compress=True)}/" for pk in cancelling]
    readers = [live.Reader(server.base_url) for _ in paths]
    tokens = [reader.csrf_token(path) for reader, path in zip(readers, paths, strict=True)]
    barrier = threading.Barrier(len(paths))

    def cancel(i):
        barrier.wait(timeout=live.TIMEOUT)
        return readers[i].post(paths[i], {"csrfmiddlewaretoken": tokens[i], "action": "cancel"})

    with ThreadPoolExecutor(max_workers=len(paths)) as pool:
        statuses = list(pool.map(cancel, range(len(paths))))
    assert statuses == [302] * 10, server.server_log()[-3000:]
    counted, _c, positions = tally(server.database_url, event["id"])
    assert counted == {"confirmed": 20, "cancelled": 10, "waiting": 10}
    assert positions == list(range(11, 21))  # the first ten in line moved up, in order


@needs_postgres
def test_negative_control_without_the_lock_the_same_load_overbooks(postgres_site):
    """Proof that the test above can fail: with the lock off, 200 at once take more than 50 places."""
    server, made = postgres_site
    event = made["control"]
    unlocked = live.LiveServer(server.database_url, env={"EVENTS_REGISTRATION_LOCK": "false"})
    unlocked.start()
    try:
        results = live.all_at_once(unlocked.base_url, event["path"] + "register/", sign_ups(200))
    finally:
        unlocked.cleanup()
    assert all(status in (303, 400, 500) for status, _s in results)
    counted, _c, positions = tally(server.database_url, event["id"])
    duplicate_positions = len(positions) - len(set(positions))
    assert counted["confirmed"] > 50 or duplicate_positions > 0, (counted, duplicate_positions)


@needs_sqlite
def test_sqlite_eight_at_once_no_database_is_locked_and_no_overbooking(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    server = live.LiveServer(url, workers=2, threads=4).migrate()
    made = server.setup(_spec(small={"capacity": 5}))
    server.start()
    try:
        results = live.all_at_once(server.base_url, made["small"]["path"] + "register/", sign_ups(8))
        log = server.server_log()
    finally:
        server.cleanup()
    assert Counter(status for status, _s in results) == {303: 8}, log[-3000:]
    assert "database is locked" not in log
    counted, _c, positions = tally(url, made["small"]["id"])
    assert counted == {"confirmed": 5, "waiting": 3}
    assert positions == [1, 2, 3]
