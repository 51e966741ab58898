from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events and registration")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.page_cache import empties_page_cache

        # Region names show on event pages and in the events index's filters. Sign-ups do
        # not empty the cache: "places left" is never part of a cached page (see views).
        empties_page_cache("events.Region")

        from django.db.models.signals import post_migrate

        from . import signals

        signals.connect()
        post_migrate.connect(_schedule_upkeep, sender=self)


def _schedule_upkeep(sender, using="default", **kwargs):
    """After ``migrate``, queue the daily upkeep (reminders, retention purge) if none waits."""
    import contextlib

    from django.db.utils import DatabaseError

    from . import notifications

    with contextlib.suppress(DatabaseError):  # the task tables are not migrated yet (e.g. migrating one app)
        notifications.ensure_upkeep_scheduled()
