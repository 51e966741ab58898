"""The standard pages' demo content: about, services, statistics, legal, contacts, and a PDF."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents.models import Document

from core.demo import PALETTE, per_language, register
from standard import demo_content as content
from standard.models import StandardPage


def visa_purposes_document(ctx):
    """A one-page PDF listing the visa purposes, so the legal page has a real document to link."""
    existing = Document.objects.filter(title=content.DOCUMENT["title"]).first()
    if existing:
        return existing
    sheet = PILImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(sheet)
    draw.rectangle((80, 80, 1160, 200), fill=PALETTE[0])
    for i, purpose in enumerate(content.VISA_PURPOSES["en"]):
        draw.text((100, 260 + i * 60), f"{i + 1}. {purpose}", fill="black", font_size=36)
    buffer = io.BytesIO()
    sheet.save(buffer, format="PDF", resolution=150)
    return ctx.count(
        Document.objects.create(
            title=content.DOCUMENT["title"],
            file=SimpleUploadedFile(content.DOCUMENT["filename"], buffer.getvalue()),
        )
    )


@register("standard", requires=("home",))
def seed_standard(ctx):
    """The standard pages under the home page, found later as ``ctx.pages["about"]``, ``["services"]``..."""

    def build(spec):
        # Pages made earlier in this loop (the contacts page links to the services page)
        # and the document, made only if a missing page's body uses it.
        refs = {**ctx.pages, "visa-purposes-document": lambda: visa_purposes_document(ctx)}
        return StandardPage(
            **per_language("title", spec["title"]),
            **per_language("intro", spec["intro"]),
            **per_language("search_description", spec["intro"]),
            **per_language("body", spec["body"], refs),
        )

    ctx.add_pages(ctx.pages["home"], content.PAGES, build)
