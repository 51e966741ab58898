from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from core.blocks import ServiceLinkBlock, StatisticsBlock
from core.models import BasePage
from navigation.models import SiteSettings


class HomePage(BasePage):
    """The site root in every language: introduction, latest news, figures, services."""

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    search_kind = pgettext_lazy("search result kind", "Home page")

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key_statistics = StreamField(
        [("statistics", StatisticsBlock())],
        verbose_name=_("key statistics"),
        blank=True,
        max_num=1,
    )
    services = StreamField(
        [("service", ServiceLinkBlock())],
        verbose_name=_("services"),
        blank=True,
        max_num=12,
    )
    latest_news_count = 3
    is_home = True

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("services"),
        FieldPanel("key_statistics"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def latest_news(self):
        from news.models import NewsArticlePage

        return (
            NewsArticlePage.objects.live()
            .descendant_of(self)
            .for_listing()
            .order_by("-date", "-pk")[: self.latest_news_count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.latest_news()
        return context

    def get_structured_data(self, request=None):

        data = super().get_structured_data(request)
        data["@type"] = "WebSite"
        settings_obj = SiteSettings.for_page(self, request)
        if settings_obj and settings_obj.agency_name:
            organization = {
                "@type": "GovernmentOrganization",
                "name": settings_obj.agency_name,
                "url": data["url"],
                "telephone": settings_obj.call_center_number,
            }
            if settings_obj.address:
                organization["address"] = settings_obj.address
            if settings_obj.email:
                organization["email"] = settings_obj.email
            if settings_obj.social_links:
                organization["sameAs"] = [url for _name, url in settings_obj.social_links]
            return {"@context": "https://schema.org", **organization}
        return data
