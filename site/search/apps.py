from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from core.page_cache import empties_page_cache

        from . import signals
        from .engine import import_opensearch_client

        import_opensearch_client()  # before Wagtail's OpenSearch backend needs it (search.engine)
        signals.connect()
        empties_page_cache("wagtailsearchpromotions.SearchPromotion", "wagtailsearchpromotions.Query")
