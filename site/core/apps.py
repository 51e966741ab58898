from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Qapı core")

    def ready(self):
        # Runs after wagtail_modeltranslation has patched the page models.
        from . import modeltranslation_fixes

        modeltranslation_fixes.apply()

        from . import page_cache

        page_cache.connect_signals()

        from django.db.models.signals import pre_save
        from wagtail.documents import get_document_model

        from .documents import fill_file_hash

        pre_save.connect(fill_file_hash, sender=get_document_model(), dispatch_uid="core.fill_file_hash")
