from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

from core.models import BasePage
from core.translated import Translated
from search.registry import searchable


class ProbeIndexPage(BasePage):
    """A page listing the probe's places."""

    intro = models.TextField("introduction", blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "probe index page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["places"] = ProbePlace.objects.order_by("pk")
        return context


@searchable
@register_snippet
class ProbePlace(Translated, models.Model):
    """A snippet readers reach on the index page, at its own anchor."""

    name = models.CharField("name", max_length=120)
    description = models.TextField("description", blank=True)

    translated_title_field = "name"

    class Meta:
        verbose_name = "probe place"

    def __str__(self):
        return self.name

    def url_in(self, lang, request=None):
        index = ProbeIndexPage.objects.live().first()
        return f"{index.url_in(lang, request)}#place-{self.pk}" if index else ""
