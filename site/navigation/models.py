"""Site-wide settings editors manage: contact details, social links and menus."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

phone_validator = RegexValidator(r"^[0-9+() \-]{3,32}$", _("Use digits, spaces, brackets, + and - only."))


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The agency's name and how to reach it, shown in the header and footer."""

    agency_name = models.CharField(_("agency name"), max_length=200)
    call_center_number = models.CharField(_("Call Center number"), max_length=32, validators=[phone_validator])
    call_center_hours = models.CharField(_("Call Center hours"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)

    panels = [
        FieldPanel("agency_name"),
        MultiFieldPanel(
            [
                FieldPanel("call_center_number"),
                FieldPanel("call_center_hours"),
                FieldPanel("address"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def __str__(self):
        return self.agency_name

    @classmethod
    def for_page(cls, page, request=None):
        """The settings of the site ``page`` belongs to (cached on the request when there is one)."""
        if request is not None:
            return cls.for_request(request)
        site = page.get_site()
        return cls.for_site(site) if site else None

    @property
    def call_center_tel(self) -> str:
        """The number as a ``tel:`` target (digits and + only)."""
        return "".join(ch for ch in self.call_center_number if ch.isdigit() or ch == "+")

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
        ]
        return [(name, url) for name, url in links if url]


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The header and footer menus."""

    panels = [
        InlinePanel("header_items", heading=_("Main menu"), label=_("Menu item")),
        InlinePanel("footer_items", heading=_("Footer menu"), label=_("Menu item")),
    ]

    class Meta:
        verbose_name = _("menus")


class MenuItem(Orderable):
    """A menu entry: a page of the site (its title by default) or an outside link."""

    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("external address"), blank=True)
    link_title = models.CharField(_("label"), max_length=80, blank=True, help_text=_("Defaults to the page title."))

    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_title")]

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError(_("Choose a page or enter an address, not both."))
        if self.link_url and not self.link_title:
            raise ValidationError({"link_title": _("An outside link needs a label.")})

    @property
    def label(self) -> str:
        return self.link_title or (self.link_page.title if self.link_page else "")

    def href(self, request=None) -> str:
        if self.link_page:
            return self.link_page.get_url(request=request) or ""
        return self.link_url


class HeaderMenuItem(MenuItem):
    settings = ParentalKey(NavigationSettings, related_name="header_items", on_delete=models.CASCADE)


class FooterMenuItem(MenuItem):
    settings = ParentalKey(NavigationSettings, related_name="footer_items", on_delete=models.CASCADE)
