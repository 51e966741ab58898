"""The home page's demo content (see core/demo.py for how steps are found and ordered)."""

from wagtail.models import Page, Site

from core.demo import per_language, register, translated
from home import demo_content as content
from home.models import HomePage


@register("home")
def seed_home(ctx):
    """The home page at the tree's root, served by the default Site.

    Its service cards stay empty here: the pages they point to belong to other apps
    and exist only later (step ``home.services``).
    """
    home = HomePage.objects.first()
    if home is None:
        spec = content.HOME
        page = HomePage(
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["search_description"]),
            **per_language("key_statistics", spec["key_statistics"]),
            **per_language("services", []),
            hero_image=ctx.image("home-hero", 640, 400),
        )
        home = ctx.add_page(Page.get_first_root_node(), page, spec["slug"])
    ctx.pages["home"] = home

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        ctx.count(Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True))
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Qapı"
        site.save()
        # Wagtail's placeholder "Welcome" page goes once the real home is in place.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()


@register("home.services", requires=("home", "standard"))
def seed_home_services(ctx):
    """The home page's service cards, each made from the page it links to, in every language."""
    home = ctx.pages["home"]
    if home.services_az:
        return
    cards = [
        ("service", {"title": translated(page, "title"), "description": translated(page, "intro"), "page": page})
        for page in (ctx.pages[key] for key in content.SERVICE_PAGES)
    ]
    for field, value in per_language("services", cards).items():
        setattr(home, field, value)
    home.save_revision().publish()
    ctx.count()
