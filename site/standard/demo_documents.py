"""The demo's PDF documents: real, selectable text in each language, with a title.

fpdf2 writes the PDF; the font is Noto Sans from the ``fontpkg-noto-sans`` package
(both pinned in requirements.txt), which has every letter the three languages need
(ə ğ ı İ ö ş ü ç and Cyrillic). fpdf2 embeds only the glyphs used, so a page stays a
few kilobytes. Each file says its title and language in its metadata (``/Title``,
``/Lang``) and asks viewers to show the title rather than the file name.
"""

import datetime
import functools
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

import fontpkg
from django.core.files.base import ContentFile
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer
from fpdf import FPDF, ViewerPreferences
from wagtail.documents.models import Document

from core.demo import localize
from core.demo_content import SOURCE
from standard import demo_content as content

FONT = "NotoSans"
WEIGHTS = {"": 400, "B": 700}  # fpdf2 style → weight
# The letters the three languages write: Latin with Latin-1 and Extended-A (ç ğ ı İ ö ş ü),
# ə/Ə, Cyrillic, and punctuation (– — “ ” « » …), №, ₼.
CHARACTERS = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x180),
    0x18F,
    0x259,
    *range(0x400, 0x460),
    *range(0x2010, 0x2030),
    0x2116,
    0x20BC,
]
# A fixed date, so that the same texts always make the same bytes.
CREATED = datetime.datetime(2017, 10, 25, 9, 0, tzinfo=datetime.UTC)


@functools.cache
def font_files() -> dict[str, Path]:
    """Noto Sans regular and bold as small static fonts, made once per machine.

    The package ships one variable font; fpdf2 can instantiate it itself, but does so
    for the whole font on every document (seconds each). Cutting it to the letters
    above first and instantiating each weight once makes that a one-off; the files are
    kept in the system's temporary folder, named by the package's version.
    """
    folder = Path(tempfile.gettempdir()) / "qapi-fonts"
    folder.mkdir(exist_ok=True)
    files = {
        style: folder / f"NotoSans-{version('fontpkg-noto-sans')}-{weight}.ttf" for style, weight in WEIGHTS.items()
    }
    if all(path.exists() for path in files.values()):
        return files
    font = TTFont(fontpkg.path("Noto Sans"))
    options = subset.Options()
    options.layout_features = ["ccmp", "kern", "liga", "locl", "mark", "mkmk"]
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=CHARACTERS)
    subsetter.subset(font)
    for style, path in files.items():
        static = instancer.instantiateVariableFont(font, {"wght": WEIGHTS[style], "wdth": 100}, optimize=False)
        handle, partial = tempfile.mkstemp(dir=folder, suffix=".ttf")
        os.close(handle)
        static.save(partial)
        os.chmod(partial, 0o644)  # a font: readable by every user of the machine
        os.replace(partial, path)  # whole or not at all, if two processes make it at once
    return files


def visa_purposes_pdf(lang) -> bytes:
    """The one-page summary of the visa purposes (Article 24.5) in ``lang``, as PDF bytes."""
    text = localize(content.DOCUMENT, lang)
    pdf = FPDF(format="A4")
    for style, path in font_files().items():
        pdf.add_font(FONT, style, path)
    pdf.set_title(text["title"])
    pdf.set_subject(text["subtitle"])
    pdf.set_author(SOURCE[lang])
    pdf.set_creator("Qapı")
    pdf.set_lang(lang)
    pdf.set_creation_date(CREATED)
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()

    def paragraph(value, size=11, style="", height=6, after=3):
        pdf.set_font(FONT, style, size)
        pdf.multi_cell(0, height, value, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    pdf.start_section(text["title"])
    paragraph(text["title"], size=18, style="B", height=9, after=1)
    paragraph(text["subtitle"], size=12, after=6)
    paragraph(text["intro"])
    for number, purpose in enumerate(content.VISA_PURPOSES[lang], 1):
        paragraph(f"{number}. {purpose}", height=6.5, after=0)
    pdf.ln(4)
    paragraph(text["rules"])
    paragraph(text["note"], size=10)
    pdf.set_y(-30)
    paragraph(text["footer"], size=9, after=0)
    return bytes(pdf.output())


def visa_purposes_document(ctx, lang):
    """The ``lang`` PDF as a Wagtail document, found by its title or made once."""
    title = content.DOCUMENT["title"][lang]
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    file = ContentFile(visa_purposes_pdf(lang), name=content.DOCUMENT["filename"][lang])
    return ctx.count(Document.objects.create(title=title, file=file))
