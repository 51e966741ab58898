"""Print one live page of every page type, with its URL in each language, as JSON.

Used by the browser tests and the benchmarks to visit every page type::

    manage.py page_samples
    {"news.newsarticlepage": {"az": "/az/xeberler/...", "en": "/en/news/...", ...}, ...}
"""

import json

from django.core.management.base import BaseCommand
from wagtail.models import Page, get_page_models

from core.i18n import LANGUAGE_CODES
from core.models import BasePage


class Command(BaseCommand):
    help = "Print one live page of every page type with its URL in each language (JSON)."

    def handle(self, *args, **options):
        samples = {}
        for model in get_page_models():
            if model is Page or model._meta.abstract:
                continue
            page = model.objects.live().order_by("path").first()
            if page is None or not isinstance(page, BasePage):
                continue
            samples[model._meta.label_lower] = {lang: page.url_in(lang) for lang in LANGUAGE_CODES}
        self.stdout.write(json.dumps(samples, ensure_ascii=False, indent=2))
