from modeltranslation.translator import TranslationOptions, register

from .models import FooterMenuItem, HeaderMenuItem, SiteMapPage, SiteSettings


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("agency_name", "official_name", "call_center_hours", "address", "reception_hours")


@register(HeaderMenuItem)
class HeaderMenuItemTR(TranslationOptions):
    fields = ("link_title",)


@register(FooterMenuItem)
class FooterMenuItemTR(TranslationOptions):
    fields = ("link_title",)


@register(SiteMapPage)
class SiteMapPageTR(TranslationOptions):
    fields = ("intro",)
