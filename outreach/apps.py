from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "outreach"
    verbose_name = _("Outreach: leaflets, e-services, regional departments")
    default_auto_field = "django.db.models.BigAutoField"
