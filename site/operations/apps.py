from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = _("Operations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import notifications, signals, workflow_names

        signals.connect(self)
        # Before wagtail.admin's ready(): Wagtail's own synchronous receivers, connected
        # later under the same dispatch_uid, are then ignored (operations.notifications).
        notifications.connect()
        workflow_names.connect()  # 'Moderation', 'Moderators approval' in the reader's language
        post_migrate.connect(_schedule_publishing, sender=self)


def _schedule_publishing(sender, using="default", **kwargs):
    """After ``migrate``, queue the every-minute scheduled publishing if no run waits."""
    import contextlib

    from django.db.utils import DatabaseError

    from . import scheduling

    with contextlib.suppress(DatabaseError):  # the task tables are not migrated yet
        scheduling.ensure_scheduled()
