"""The journal demo's PDFs: articles and whole issues with real, selectable text in their language.

Written by fpdf2 with Noto Sans from ``fontpkg-noto-sans``, as the site's other demo
documents are (``standard.demo_documents``, which this app may not import: the two
are side by side in the import layers). The font is cut to the letters of the three
languages (ə ğ ı İ ö ş ü ç, Cyrillic) and instantiated once per machine into the
temporary folder, under the same names, so both apps share the files.
"""

import datetime
import functools
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

FONT = "NotoSans"
WEIGHTS = {"": 400, "B": 700}
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
CREATED = datetime.datetime(2024, 1, 15, 9, 0, tzinfo=datetime.UTC)


@functools.cache
def font_files() -> dict[str, Path]:
    """Noto Sans regular and bold as small static fonts, made once per machine."""
    import fontpkg
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

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
        os.chmod(partial, 0o644)
        os.replace(partial, path)
    return files


def _document(lang, title, subject, author):
    from fpdf import FPDF, ViewerPreferences

    pdf = FPDF(format=(148, 210))  # A5, in millimetres
    for style, path in font_files().items():
        pdf.add_font(FONT, style, path)
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator("Qapı")
    pdf.set_lang(lang)
    pdf.set_creation_date(CREATED)
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.set_margins(15, 15, 15)
    return pdf


def _paragraph(pdf, value, size=10, style="", height=5, after=2):
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(0, height, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def article_pdf(lang, *, title, authors, source, abstract, paragraphs, keywords="") -> bytes:
    """One article as a PDF in ``lang``: title, authors, source line, abstract, keywords, text."""
    pdf = _document(lang, title, source, authors)
    pdf.add_page()
    _paragraph(pdf, source, size=8, after=4)
    _paragraph(pdf, title, size=15, style="B", height=7, after=2)
    _paragraph(pdf, authors, size=11, after=5)
    _paragraph(pdf, abstract, size=9)
    if keywords:
        _paragraph(pdf, keywords, size=9, after=5)
    for text in paragraphs:
        _paragraph(pdf, text)
    return bytes(pdf.output())


def issue_pdf(lang, *, title, subtitle, contents, articles) -> bytes:
    """A whole issue in ``lang``: a title page with the contents, then each article's title and abstract."""
    pdf = _document(lang, title, subtitle, subtitle)
    pdf.add_page()
    _paragraph(pdf, title, size=20, style="B", height=9, after=2)
    _paragraph(pdf, subtitle, size=12, after=8)
    for line in contents:
        _paragraph(pdf, line, size=10, after=1)
    for heading, authors, text in articles:
        pdf.add_page()
        _paragraph(pdf, heading, size=14, style="B", height=7)
        _paragraph(pdf, authors, size=10, after=4)
        _paragraph(pdf, text)
    return bytes(pdf.output())
