from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = _("Operations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import notifications, signals

        signals.connect(self)
        # Before wagtail.admin's ready(): Wagtail's own synchronous receivers, connected
        # later under the same dispatch_uid, are then ignored (operations.notifications).
        notifications.connect()
