"""The news section's demo content: the index, its topics and the articles."""

from core.demo import per_language, register
from news import demo_content as content
from news.models import NewsArticlePage, NewsIndexPage, NewsTopic


@register("news", requires=("home",))
def seed_news(ctx):
    """The news index under the home page (``ctx.pages["news"]``), the topics and the articles."""
    spec = content.INDEX
    ctx.add_pages(
        ctx.pages["home"],
        [spec],
        lambda spec: NewsIndexPage(
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["intro"]),
        ),
    )

    topics = {
        slug: NewsTopic.objects.filter(slug=slug).first()
        or ctx.count(NewsTopic.objects.create(slug=slug, **per_language("name", names)))
        for slug, names in content.TOPICS.items()
    }

    def build(spec):
        page = NewsArticlePage(
            date=spec["date"],
            lead_image=ctx.image(spec["key"]),
            **per_language("lead_image_alt", content.LEAD_IMAGE_ALT),
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["intro"]),
            # Made only if the body shows a picture, after the lead image.
            **per_language(
                "body", spec["body"], {"inline-image": lambda: ctx.image(spec["key"] + "-inline", 960, 540)}
            ),
        )
        page.topics.set([topics[slug] for slug in spec["topics"]])
        return page

    ctx.add_pages(ctx.pages["news"], content.ARTICLES, build)
