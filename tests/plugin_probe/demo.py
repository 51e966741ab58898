from core.demo import per_language, register
from core.i18n import ascii_slug

from . import demo_content as content
from .models import ProbeIndexPage, ProbePlace


@register("plugin_probe", requires=("home",))
def seed_probe(ctx):
    index = ProbeIndexPage(
        **per_language("title", content.INDEX["title"]), **per_language("intro", content.INDEX["intro"])
    )
    ctx.pages["probe"] = ctx.add_page(ctx.pages["home"], index, ascii_slug(content.INDEX["title"]["az"]))
    for place in content.PLACES:
        if not ProbePlace.objects.filter(name_az=place["name"]["az"]).exists():
            ctx.count(
                ProbePlace.objects.create(
                    **per_language("name", place["name"]), **per_language("description", place["description"])
                )
            )
