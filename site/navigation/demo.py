"""The demo site's settings (agency name, Call Center, address), its menus and its site map page."""

from wagtail.models import Site

from core.demo import per_language, register
from core.i18n import ascii_slug
from navigation import demo_content as content
from navigation.models import FooterMenuItem, HeaderMenuItem, NavigationSettings, SiteMapPage, SiteSettings


def _fill_blank(obj, values) -> bool:
    """Set each field of ``values`` that ``obj`` has left blank; True when one was."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name, None) in (None, ""):
            setattr(obj, name, value)
            changed = True
    return changed


@register("navigation", requires=("home", "standard", "news"), after=content.OPTIONAL_STEPS)
def seed_navigation(ctx):
    """Settings of the default Site; the menus link pages of other apps by their ``ctx.pages`` keys.

    Fields left blank are filled, so a demo site seeded before a field existed gets it
    on the next run; nothing an editor has filled in is overwritten.
    """
    home = ctx.pages["home"]
    site_map = ctx.child(home, ascii_slug(content.SITE_MAP["title"]["az"]))
    if site_map is None:
        page = SiteMapPage(
            **per_language("title", content.SITE_MAP["title"]),
            **per_language("intro", content.SITE_MAP["intro"]),
            **per_language("search_description", content.SITE_MAP["intro"]),
        )
        site_map = ctx.add_page(home, page, ascii_slug(content.SITE_MAP["title"]["az"]))
    ctx.pages["sitemap"] = site_map

    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    values = {
        name: value for field, texts in content.SITE_TEXTS.items() for name, value in per_language(field, texts).items()
    }
    values |= content.SITE
    for name, old in content.OUTDATED.items():
        if getattr(site_settings, name) == old:
            setattr(site_settings, name, "")
    changed = _fill_blank(site_settings, values)
    if site_settings.contact_page_id is None:
        site_settings.contact_page = ctx.pages[content.CONTACT_PAGE]
        changed = True
    if changed:
        site_settings.save()
        ctx.count()

    nav = NavigationSettings.for_site(site)
    # A menu entry whose page belongs to a module that is not installed is left out.
    header = [key for key in content.MENU["header"] if key in ctx.pages]
    footer = [key for key in content.MENU["footer"] if key in ctx.pages]
    if not nav.header_items.exists() and not nav.footer_items.exists():
        nav.header_items = [HeaderMenuItem(link_page=ctx.pages[key], sort_order=i) for i, key in enumerate(header)]
        nav.footer_items = [FooterMenuItem(link_page=ctx.pages[key], sort_order=i) for i, key in enumerate(footer)]
        nav.save()
        ctx.count()
    else:
        # Links added to the demo later (events; accessibility, privacy, site map) join the end.
        menus = ((nav.header_items, HeaderMenuItem, header), (nav.footer_items, FooterMenuItem, footer))
        for items, model, keys in menus:
            linked = set(items.values_list("link_page_id", flat=True))
            missing = [key for key in keys if ctx.pages[key].pk not in linked]
            last = items.count()
            for offset, key in enumerate(missing):
                model.objects.create(settings=nav, link_page=ctx.pages[key], sort_order=last + offset)
            if missing:
                ctx.count()
