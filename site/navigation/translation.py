from modeltranslation.translator import TranslationOptions, register

from .models import FooterMenuItem, HeaderMenuItem, SiteSettings


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("agency_name", "call_center_hours", "address")


@register(HeaderMenuItem)
class HeaderMenuItemTR(TranslationOptions):
    fields = ("link_title",)


@register(FooterMenuItem)
class FooterMenuItemTR(TranslationOptions):
    fields = ("link_title",)
