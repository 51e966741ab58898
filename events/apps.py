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

        from . import signals

        signals.connect()
