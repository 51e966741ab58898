"""Site-wide settings editors manage: contact details, social links and menus; the site map page."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page

from core.i18n import current_language
from core.models import BasePage
from core.translated import languages_of

phone_validator = RegexValidator(r"^[0-9+() \-]{3,32}$", _("Use digits, spaces, brackets, + and - only."))

COUNTRY_CALLING_CODE = "994"  # Azerbaijan


def international_tel(number: str, country_code: str = COUNTRY_CALLING_CODE) -> str:
    """A ``tel:`` target any phone can dial, from a number written the local way.

    "(012) 919" → "+99412919": the trunk prefix 0 gives way to the country code, so a
    visitor with a foreign SIM card reaches the same line. A number already written
    with "+" (or with the country code) keeps it; the page still shows the number as
    the editor wrote it.
    """
    digits = "".join(ch for ch in number if ch.isdigit())
    if not digits:
        return ""
    if number.strip().startswith("+"):
        return f"+{digits}"
    if digits.startswith("00"):
        return f"+{digits[2:]}"
    if digits.startswith("0"):
        return f"+{country_code}{digits[1:]}"
    if digits.startswith(country_code) and len(digits) > len(country_code) + 6:
        return f"+{digits}"
    return f"+{country_code}{digits}"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The agency's name and how to reach it, shown in the header, the footer and the contacts page."""

    agency_name = models.CharField(_("agency name"), max_length=200, help_text=_("Short name, used in page titles."))
    official_name = models.CharField(
        _("full official name"),
        max_length=300,
        blank=True,
        help_text=_("Shown in the header and the footer; the short name is used when empty."),
    )
    call_center_number = models.CharField(
        _("Call Center number"),
        max_length=32,
        validators=[phone_validator],
        help_text=_("As readers in Azerbaijan write it, e.g. (012) 919; links dial it in international format."),
    )
    call_center_hours = models.CharField(_("Call Center hours"), max_length=200, blank=True)
    address = models.TextField(_("street address"), blank=True, help_text=_("Where readers are received."))
    reception_hours = models.TextField(_("reception hours"), blank=True)
    map_url = models.URLField(
        _("map link"), blank=True, help_text=_("A link to the address on a map (opened on the map's own site).")
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contacts page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("This page shows the contact details above under its introduction."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)

    panels = [
        FieldPanel("agency_name"),
        FieldPanel("official_name"),
        MultiFieldPanel(
            [
                FieldPanel("call_center_number"),
                FieldPanel("call_center_hours"),
                FieldPanel("address"),
                FieldPanel("reception_hours"),
                FieldPanel("map_url"),
                FieldPanel("email"),
                FieldPanel("contact_page"),
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
    def full_name(self) -> str:
        """The official name, or the short one when the official name is not filled in."""
        return self.official_name or self.agency_name

    @property
    def call_center_tel(self) -> str:
        """The Call Center as a ``tel:`` target in international format (+994…)."""
        return international_tel(self.call_center_number)

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


class SiteMapPage(BasePage):
    """Every page of the site as a tree, titled in the reader's language.

    A section with more than ``max_children`` pages (the news) is listed by itself,
    not page by page: its own page lists them, with filters.
    """

    fragment_cache = True  # its markup depends only on its content (core.models.BasePage)

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    max_depth = 3  # levels below the home page
    max_children = 12

    class Meta:
        verbose_name = _("site map")

    def get_meta_description(self):
        return self.search_description or self.intro

    def tree(self, request=None):
        """``[{"page", "title", "url", "lang", "children"}]`` under the site's home page.

        One query per level; titles fall back to Azerbaijani (marked with ``lang``)
        where a page has no title in the reader's language.
        """
        site = self.get_site()
        if site is None:
            return []
        root = site.root_page
        language = current_language()
        nodes = []
        level = [(root, nodes)]
        for _depth in range(self.max_depth):
            parents = {
                parent.path: children
                for parent, children in level
                if 0 < parent.numchild <= (self.max_children if parent.pk != root.pk else 10_000)
            }
            if not parents:
                break
            query = models.Q()
            for path in parents:
                query |= models.Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
            level = []
            for page in Page.objects.live().public().filter(query).order_by("path"):
                node = {
                    "page": page,
                    "title": page.title,
                    "url": page.get_url(request=request),
                    "lang": "" if language in languages_of(page) else "az",
                    "children": [],
                }
                parents[page.path[: -Page.steplen]].append(node)
                level.append((page, node["children"]))
        return nodes

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = self.tree(request)
        return context
