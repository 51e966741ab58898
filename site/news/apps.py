from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core.page_cache import empties_page_cache

        # Topic names show on articles and in the news index's filters.
        empties_page_cache("news.NewsTopic")
