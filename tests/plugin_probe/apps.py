from django.apps import AppConfig


class PluginProbeConfig(AppConfig):
    name = "tests.plugin_probe"
    label = "plugin_probe"
    verbose_name = "Plug-in probe"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.page_cache import empties_page_cache

        empties_page_cache("plugin_probe.ProbePlace")
