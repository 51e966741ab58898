from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "outreach"
    verbose_name = _("Outreach: leaflets, e-services, regional departments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.page_cache import empties_page_cache

        # Checkpoints, visa purposes and duties show on leaflet pages and the leaflets index;
        # a leaflet's PDF (made after publishing) changes the size the page shows.
        empties_page_cache(
            "outreach.Checkpoint", "outreach.VisaPurpose", "outreach.ForeignerDuty", "outreach.LeafletPDF"
        )

        from . import signals

        signals.connect()
