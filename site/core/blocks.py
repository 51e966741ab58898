"""StreamField blocks shared by every page type (each renders its own template)."""

import hashlib
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .i18n import LANGUAGE_NAMES


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote_block.html"


class LinkTargetBlock(blocks.StructBlock):
    """A link to a page of the site or to an outside address."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": _("Choose a page or enter an address, not both.")}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link = LinkTargetBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "core/blocks/call_to_action_block.html"


# What a document link says about the file's language, in the reader's language
# ("PDF, 120 KB, in Azerbaijani"); see docs/decisions.md, "Documents per language".
DOCUMENT_LANGUAGES = {
    "az": _("in Azerbaijani"),
    "en": _("in English"),
    "ru": _("in Russian"),
}


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a file that says its format, size and language: "PDF, 120 KB, in Azerbaijani".

    Each language's body links that language's file; ``language`` is the language the
    file itself is written in, so a body may honestly link a file that exists only in
    another language. Blocks saved before the field existed say no language.
    """

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False, help_text=_("Defaults to the document title."))
    language = blocks.ChoiceBlock(
        label=_("Language of the document"),
        choices=[(code, LANGUAGE_NAMES[code]) for code in DOCUMENT_LANGUAGES],
        help_text=_("The language the file is written in; the link says it to readers."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "core/blocks/document_link_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["language_note"] = DOCUMENT_LANGUAGES.get(value.get("language") or "", "")
        return context


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"])


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion (FAQ)")
        template = "core/blocks/accordion_block.html"


class FigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=160)
    value = blocks.DecimalBlock(label=_("Value"), min_value=0, max_digits=14, decimal_places=2)

    class Meta:
        icon = "order"
        label = _("Figure")


class StatisticsBlock(blocks.StructBlock):
    """Figures with a period and a source, shown as large numbers and a bar chart.

    The chart is HTML text beside bars drawn as small SVGs (no text inside a scaled
    drawing, so labels keep the page's type size on a phone), with the same data in a
    table under it, so it works without JavaScript, in print and with a screen reader.
    """

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    period = blocks.CharBlock(label=_("Period"), max_length=120, help_text=_("e.g. January–September 2017"))
    source = blocks.CharBlock(label=_("Source"), max_length=200)
    figures = blocks.ListBlock(FigureBlock(), label=_("Figures"), min_num=1, max_num=12)
    show_chart = blocks.BooleanBlock(label=_("Show a bar chart"), required=False, default=True)

    BAR_SCALE = 1000  # a bar's length in the SVG's own units: thousandths of the largest figure
    MAX_COLUMNS = (3, 4)  # tiles per row on a medium and on a wide screen

    class Meta:
        icon = "table"
        label = _("Statistics")
        template = "core/blocks/statistics_block.html"

    @staticmethod
    def balanced_columns(count: int, most: int) -> int:
        """Columns for ``count`` tiles, at most ``most``, so that rows are as even as can be (4 → 2 + 2)."""
        rows = -(-count // most)
        return max(1, -(-count // rows)) if count else 1

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        figures = list(value.get("figures") or [])
        largest = max((Decimal(f["value"] or 0) for f in figures), default=Decimal(0))
        rows = []
        for figure in figures:
            amount = Decimal(figure["value"] or 0)
            length = int(self.BAR_SCALE * amount / largest) if largest else 0
            rows.append(
                {
                    "label": figure["label"],
                    "value": amount,
                    "whole": amount == amount.to_integral_value(),
                    "bar_length": max(length, 4),
                }
            )
        fingerprint = hashlib.sha1(
            repr((value.get("heading"), [f["label"] for f in figures])).encode(), usedforsecurity=False
        ).hexdigest()[:10]
        medium, wide = self.MAX_COLUMNS
        context.update(
            {
                "rows": rows,
                "chart_id": f"chart-{fingerprint}",
                "bar_scale": self.BAR_SCALE,
                "columns_medium": self.balanced_columns(len(rows), medium),
                "columns_wide": self.balanced_columns(len(rows), wide),
            }
        )
        return context


class BodyBlock(blocks.StreamBlock):
    """The body of standard pages and articles."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"],
        template="core/blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    table = TableBlock(
        label=_("Table"),
        template="core/blocks/table_block.html",
        table_options={"startRows": 3, "startCols": 3, "colHeaders": False, "rowHeaders": False},
    )
    accordion = AccordionBlock()
    statistics = StatisticsBlock()

    class Meta:
        block_counts = {}


class ServiceLinkBlock(blocks.StructBlock):
    """A service shown as a card on the home page."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Short description"), required=False, max_length=300)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        label = _("Service link")
        template = "core/blocks/service_link_block.html"
