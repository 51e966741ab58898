from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JournalConfig(AppConfig):
    name = "journal"
    verbose_name = _("“Migration” journal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.page_cache import empties_page_cache

        # Section names and authors' names show on issue and article pages.
        empties_page_cache("journal.JournalSection", "journal.Author")

        from . import signals

        signals.connect()
