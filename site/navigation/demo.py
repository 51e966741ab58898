"""The demo site's settings (agency name, Call Center, address) and its header and footer menus."""

from wagtail.models import Site

from core.demo import per_language, register
from navigation import demo_content as content
from navigation.models import FooterMenuItem, HeaderMenuItem, NavigationSettings, SiteSettings


@register("navigation", requires=("home", "standard", "news"))
def seed_navigation(ctx):
    """Settings of the default Site; the menus link pages of other apps by their ``ctx.pages`` keys."""
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.agency_name_az:
        for field, texts in content.SITE_TEXTS.items():
            for name, value in per_language(field, texts).items():
                setattr(site_settings, name, value)
        for name, value in content.SITE.items():
            setattr(site_settings, name, value)
        site_settings.save()
        ctx.count()

    nav = NavigationSettings.for_site(site)
    if not nav.header_items.exists() and not nav.footer_items.exists():
        nav.header_items = [
            HeaderMenuItem(link_page=ctx.pages[key], sort_order=i) for i, key in enumerate(content.MENU["header"])
        ]
        nav.footer_items = [
            FooterMenuItem(link_page=ctx.pages[key], sort_order=i) for i, key in enumerate(content.MENU["footer"])
        ]
        nav.save()
        ctx.count()
