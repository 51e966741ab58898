"""Scheduled publishing without anyone running a command: the tasks worker runs Wagtail's
``publish_scheduled`` every minute.

``publish_every_minute`` runs the command, then queues itself again a minute later on the
database backend (``manage.py db_worker``); ``migrate`` queues the first run when none
waits (``OperationsConfig.ready``), as ``events`` does for its daily upkeep. Pages whose
go-live time has come are published and pages whose expiry has passed are unpublished by
Wagtail's own code, whose signals empty the page cache (and purge a CDN). Without a
worker, a systemd timer running ``manage.py publish_scheduled`` every minute does the same
(``docs/operations.md``).
"""

import datetime
import logging

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

INTERVAL = datetime.timedelta(minutes=1)


def schedule_next(now=None):
    """Queue the next run on a backend that can defer (the database's); None elsewhere."""
    if not publish_every_minute.get_backend().supports_defer:
        return None
    return publish_every_minute.using(run_after=(now or timezone.now()) + INTERVAL).enqueue()


def ensure_scheduled():
    """Queue a run unless one is already waiting; None when nothing was queued."""
    if not publish_every_minute.get_backend().supports_defer:
        return None
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(status="READY", task_path=publish_every_minute.module_path).exists():
        return None
    return schedule_next()


def publish_now():
    """Publish what is due and unpublish what has expired (Wagtail's command)."""
    call_command("publish_scheduled", verbosity=0)


@task()
def publish_every_minute() -> bool:
    try:
        publish_now()
    finally:
        # Queued again even when this run failed: one bad page never stops the schedule.
        schedule_next()
    return True
