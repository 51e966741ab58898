"""The standard pages' demo content: about, services, statistics, legal, contacts, and a PDF per language."""

import datetime

from django.utils import timezone

from core.demo import per_language, register
from core.i18n import LANGUAGE_CODES
from search.indexing import index_object
from standard import demo_content as content
from standard.demo_documents import visa_purposes_document
from standard.models import StandardPage


@register("standard", requires=("home",))
def seed_standard(ctx):
    """The standard pages under the home page, found later as ``ctx.pages["about"]``, ``["services"]``..."""

    def build(spec):
        # Pages made earlier in this loop (the contacts page links to the services page)
        # and each language's document, made only if a missing page's body uses it.
        refs = {
            **ctx.pages,
            **{
                f"visa-purposes-document-{lang}": lambda lang=lang: visa_purposes_document(ctx, lang)
                for lang in LANGUAGE_CODES
            },
        }
        return StandardPage(
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["intro"]),
            **per_language("body", spec["body"], refs),
        )

    ctx.add_pages(ctx.pages["home"], [*content.PAGES, *content.OFFICIAL_PAGES], build)
    update_contacts(ctx.pages["contacts"], ctx)
    date_last_changes(ctx)


def date_last_changes(ctx):
    """Date each page by its last real change (``content.LAST_CHANGED``), not by the day of seeding."""
    for key, day in content.LAST_CHANGED.items():
        page = ctx.pages[key]
        when = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))
        if page.last_published_at == when:
            continue
        StandardPage.objects.filter(pk=page.pk).update(
            first_published_at=min(when, page.first_published_at or when), last_published_at=when
        )
        page.refresh_from_db()
        index_object(page)  # its search entry shows the date
        ctx.count()


def update_contacts(page, ctx):
    """Bring a contacts page seeded before the contact details existed up to date (once).

    Its "Call us" box used to lead to the services page; the site settings now show
    the number, address and hours on the page itself (navigation's demo step).
    """
    if "Call Mərkəzi" not in (page.intro_az or ""):
        return
    spec = next(spec for spec in content.PAGES if spec["key"] == "contacts")
    for name, value in [*per_language("intro", spec["intro"]).items(), *per_language("body", spec["body"]).items()]:
        setattr(page, name, value)
    for name, value in per_language("search_description", spec["intro"]).items():
        setattr(page, name, value)
    page.save_revision().publish()
    ctx.count()
