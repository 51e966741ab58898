"""What the journal reads from its PDF files: pages, size and text.

The PDFs are ordinary Wagtail documents (uploaded and checked by content in
``core.documents``: a ``.pdf`` must start as a PDF, 20 MB at most). The journal goes
further when a PDF is chosen for an issue or an article: pypdf must be able to open
it and count its pages, else the page form says so and saves nothing (the page's
earlier revision stays as it was). What is read is kept in ``PdfFacts`` against the
file's hash, so it is read again only when the file is replaced.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

MAX_TEXT = 500_000  # characters of text kept per file (a long issue is about 300,000)


class UnreadablePdf(Exception):
    pass


def read_pdf(f) -> tuple[int, str]:
    """``(page count, text)`` of an open PDF file; ``UnreadablePdf`` if it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        f.seek(0)
        reader = PdfReader(f)
        if reader.is_encrypted:
            raise UnreadablePdf("encrypted")
        pages = len(reader.pages)
        if pages == 0:
            raise UnreadablePdf("no pages")
        text = []
        size = 0
        for page in reader.pages:
            part = page.extract_text() or ""
            text.append(part)
            size += len(part)
            if size > MAX_TEXT:
                break
    except UnreadablePdf:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as error:
        raise UnreadablePdf(str(error)) from error
    return pages, " ".join(" ".join(text).split())[:MAX_TEXT]


def check_pdf_document(document) -> None:
    """Raise ``ValidationError`` (in the editor's language) unless ``document`` is a readable PDF within the limit."""
    if document is None:
        return
    if (document.file_extension or "").lower() != "pdf":
        raise ValidationError(_("Choose a PDF file here (this document is not a PDF)."), code="not_pdf")
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    if size is None:
        raise ValidationError(_("This document's file is missing from storage. Upload it again."), code="missing")
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    if limit and size > limit:
        raise ValidationError(
            _("This PDF is %(size)s; the limit is %(limit)s."),
            code="too_big",
            params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )
    try:
        facts_for(document, strict=True)
    except UnreadablePdf:
        raise ValidationError(
            _(
                "This PDF cannot be read: the file is damaged or protected by a password. "
                "Export it again from the original and upload the new file. Nothing on this page was saved."
            ),
            code="broken_pdf",
        ) from None


def facts_for(document, strict=False):
    """The ``PdfFacts`` of a document, read from its file when new or replaced; None if unreadable."""
    from .models import PdfFacts

    if document is None:
        return None
    if not document.file_hash:
        try:
            document._set_file_hash()
        except OSError:
            return None
    facts = PdfFacts.objects.filter(document=document).first()
    if facts is not None and facts.file_hash == document.file_hash:
        return facts
    try:
        with document.open_file() as f:
            pages, text = read_pdf(f)
    except (UnreadablePdf, OSError) as error:
        if strict:
            raise UnreadablePdf(str(error)) from error
        logger.warning("journal: cannot read PDF document %s: %s", document.pk, error)
        return None
    try:
        size = document.file_size or document.file.size
    except OSError:
        size = 0
    facts, _created = PdfFacts.objects.update_or_create(
        document=document,
        defaults={"file_hash": document.file_hash, "page_count": pages, "text": text, "size": size or 0},
    )
    return facts
