from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NavigationConfig(AppConfig):
    name = "navigation"
    verbose_name = _("Navigation and site settings")

    def ready(self):
        from core.page_cache import empties_page_cache

        # The header and footer of every page show these.
        empties_page_cache(
            "navigation.SiteSettings", "navigation.NavigationSettings",
            "navigation.HeaderMenuItem", "navigation.FooterMenuItem",
        )  # fmt: skip
