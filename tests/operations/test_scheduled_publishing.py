"""Go-live and expiry dates work by themselves: the worker runs Wagtail's publish_scheduled
every minute (operations.scheduling), and both changes empty the page cache."""

import datetime

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import page_cache
from operations import scheduling
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def worker_queue(settings, monkeypatch):
    """The database backend production uses, with the page cache on. The worker runs in the
    test's transaction, so it may not close the connection between tasks as it does live."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def due_and_expired(home):
    due = StandardPageFactory(parent=home, title_az="Yeni qaydalar", title_en="New rules", live=False)
    revision = due.save_revision()
    revision.approved_go_live_at = timezone.now() - MINUTE  # scheduled a minute ago
    revision.save()
    expired = StandardPageFactory(parent=home, title_az="Köhnə elan", title_en="Old notice")
    expired.expire_at = timezone.now() - MINUTE
    expired.save()
    return due, expired


def run_worker_once():
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def test_one_run_of_the_worker_publishes_and_unpublishes(client, worker_queue, due_and_expired):
    due, expired = due_and_expired
    assert client.get(due.url_in("en")).status_code == 404
    assert client.get(expired.url_in("en")).status_code == 200
    assert client.get(expired.url_in("en"))["X-Page-Cache"] == "hit"  # cached before the run
    before = page_cache.generation()

    scheduling.publish_every_minute.enqueue()  # as migrate queues it
    run_worker_once()

    due.refresh_from_db()
    expired.refresh_from_db()
    assert due.live and not expired.live and expired.expired
    assert page_cache.generation() != before  # the cache was emptied
    response = client.get(due.url_in("en"))
    assert response.status_code == 200 and "<h1>New rules</h1>" in response.content.decode()
    assert client.get(expired.url_in("en")).status_code == 404  # not the cached copy
    assert client.get(expired.url_in("az")).status_code == 404


def test_each_run_queues_the_next_a_minute_later(worker_queue, home):
    scheduling.publish_every_minute.enqueue()
    run_worker_once()
    waiting = DBTaskResult.objects.filter(status="READY", task_path=scheduling.publish_every_minute.module_path)
    [next_run] = waiting
    assert timezone.now() < next_run.run_after <= timezone.now() + MINUTE
    run_worker_once()  # not due yet: the worker leaves it
    assert waiting.count() == 1


def test_migrate_queues_one_run(worker_queue, home):
    DBTaskResult.objects.all().delete()
    scheduling.ensure_scheduled()
    scheduling.ensure_scheduled()
    assert (
        DBTaskResult.objects.filter(status="READY", task_path=scheduling.publish_every_minute.module_path).count() == 1
    )


def test_in_development_tasks_run_at_once_and_nothing_is_queued(home, due_and_expired):
    """The immediate backend cannot defer: the command runs, no loop is started."""
    assert scheduling.schedule_next() is None
    scheduling.publish_every_minute.call()
    due, _expired = due_and_expired
    due.refresh_from_db()
    assert due.live


def test_the_migrate_command_itself_queues_the_first_run(worker_queue, home):
    DBTaskResult.objects.all().delete()
    call_command("migrate", verbosity=0)
    assert DBTaskResult.objects.filter(status="READY", task_path=scheduling.publish_every_minute.module_path).exists()
