"""Documents: checked by what they contain, and always carrying a real hash.

Wagtail checks only a document's extension (``WAGTAILDOCS_EXTENSIONS``). Here the
content must match it too: a ``.pdf`` starts as a PDF does, a ``.docx`` is a zip
holding a Word document (not a workbook, not one with macros), a ``.txt`` holds no
binary data, and so on. An extension allowed in the settings but without a check
below is refused, so allowing a new format means writing its check. The size limit
(``WAGTAILDOCS_MAX_UPLOAD_SIZE``) and the accepted formats are said in the upload
form's help text, in the editor's language. ``DocumentForm`` is Wagtail's document
form base (``WAGTAILDOCS_DOCUMENT_FORM_BASE``), so the single and multiple upload
views, the chooser's upload tab and file replacement all check.
"""

import contextlib
import os
import zipfile

from defusedxml import ElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

CHUNK = 64 * 1024
# Parts read from inside an archive ([Content_Types].xml, an ODF mimetype) are small;
# anything bigger is not what it claims to be.
MAX_PART_SIZE = 1024 * 1024

OOXML_MAIN_TYPES = {
    "docx": ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "pptx": (
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    ),
}
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
# Legacy Office files are OLE2 compound files; each kind has its own main stream.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OLE_MAIN_STREAMS = {"doc": ("WordDocument",), "xls": ("Workbook", "Book"), "ppt": ("PowerPoint Document",)}
OLE_MACRO_STORAGES = ("_VBA_PROJECT_CUR", "_VBA_PROJECT", "VBA", "Macros")
# The start of formats a text file must not be (executables, archives, images, documents).
BINARY_MAGIC = (
    *(b"%PDF-", b"PK\x03\x04", b"PK\x05\x06", OLE_MAGIC),
    *(b"\x7fELF", b"MZ", b"\x89PNG", b"GIF8", b"\xff\xd8\xff"),
)
# Control characters plain text does not contain (tab, line feed, vertical tab, form
# feed, carriage return and a DOS end-of-file mark are fine).
TEXT_CONTROL = bytes(set(range(32)) - {9, 10, 11, 12, 13, 26})

KINDS = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "pptx": "PowerPoint (PPTX)",
    "doc": "Word (DOC)",
    "xls": "Excel (XLS)",
    "ppt": "PowerPoint (PPT)",
    "odt": "OpenDocument (ODT)",
    "ods": "OpenDocument (ODS)",
    "odp": "OpenDocument (ODP)",
    "rtf": "RTF",
    "csv": "CSV",
    "txt": _("plain text"),
    "zip": _("a ZIP archive"),
}


class NotWhatItSays(Exception):
    """The content is not the format its extension names (``macros``: it carries macros)."""

    def __init__(self, macros=False):
        super().__init__()
        self.macros = macros


def _head(f, size=CHUNK):
    f.seek(0)
    return f.read(size)


def _chunks(f):
    f.seek(0)
    while chunk := f.read(CHUNK):
        yield chunk


def _open_zip(f):
    if _head(f, 4) not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise NotWhatItSays
    f.seek(0)
    try:
        archive = zipfile.ZipFile(f)
        archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise NotWhatItSays from error
    return archive


def _read_part(archive, name):
    try:
        info = archive.getinfo(name)
    except KeyError as error:
        raise NotWhatItSays from error
    if info.file_size > MAX_PART_SIZE:
        raise NotWhatItSays
    try:
        with archive.open(info) as part:
            return part.read(MAX_PART_SIZE + 1)[:MAX_PART_SIZE]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as error:
        raise NotWhatItSays from error


def check_pdf(f, extension):
    if not _head(f, 5) == b"%PDF-":
        raise NotWhatItSays


def check_rtf(f, extension):
    if not _head(f, 5) == b"{\\rtf":
        raise NotWhatItSays


def check_zip(f, extension):
    _open_zip(f)


def check_ooxml(f, extension):
    main_part, main_type = OOXML_MAIN_TYPES[extension]
    archive = _open_zip(f)
    try:
        types = ElementTree.fromstring(_read_part(archive, "[Content_Types].xml"))
    except (ElementTree.ParseError, ValueError) as error:
        raise NotWhatItSays from error
    content_types = {
        element.get("PartName", "").lstrip("/").lower(): element.get("ContentType", "")
        for element in types
        if element.tag.endswith("Override")
    }
    names = {name.lower() for name in archive.namelist()}
    if any("macroenabled" in value.lower() for value in content_types.values()) or any(
        name.endswith("vbaproject.bin") for name in names
    ):
        raise NotWhatItSays(macros=True)
    if content_types.get(main_part) != main_type or main_part not in names:
        raise NotWhatItSays


def check_odf(f, extension):
    archive = _open_zip(f)
    first = archive.infolist()[0] if archive.infolist() else None
    if first is None or first.filename != "mimetype" or _read_part(archive, "mimetype") != ODF_MIMETYPES[extension]:
        raise NotWhatItSays
    if any(name.startswith(("Basic/", "Scripts/")) for name in archive.namelist()):
        raise NotWhatItSays(macros=True)


def check_ole(f, extension):
    if _head(f, 8) != OLE_MAGIC:
        raise NotWhatItSays
    # Stream and storage names are stored in UTF-16 in the compound file's directory.
    content = b"".join(_chunks(f))
    names = {name: name.encode("utf-16-le") in content for name in (*OLE_MAIN_STREAMS[extension], *OLE_MACRO_STORAGES)}
    if not any(names[name] for name in OLE_MAIN_STREAMS[extension]):
        raise NotWhatItSays
    if any(names[name] for name in OLE_MACRO_STORAGES):
        raise NotWhatItSays(macros=True)


def check_text(f, extension):
    head = _head(f)
    if head.startswith(BINARY_MAGIC):
        raise NotWhatItSays
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        encoding = "utf-16"
        try:
            text = b"".join(_chunks(f)).decode(encoding)
        except UnicodeDecodeError as error:
            raise NotWhatItSays from error
        if any(ord(char) < 32 and ord(char) in TEXT_CONTROL for char in text):
            raise NotWhatItSays
        return
    # UTF-8 or a single-byte code page (Windows-1251 and -1254 are common for CSV
    # exported by spreadsheets): either way, no NUL or other control bytes.
    for chunk in _chunks(f):
        if any(byte in TEXT_CONTROL for byte in chunk):
            raise NotWhatItSays


CHECKS = {
    "pdf": check_pdf,
    "rtf": check_rtf,
    "zip": check_zip,
    "docx": check_ooxml,
    "xlsx": check_ooxml,
    "pptx": check_ooxml,
    "odt": check_odf,
    "ods": check_odf,
    "odp": check_odf,
    "doc": check_ole,
    "xls": check_ole,
    "ppt": check_ole,
    "txt": check_text,
    "csv": check_text,
}


def allowed_extensions():
    return [extension.lower() for extension in settings.WAGTAILDOCS_EXTENSIONS]


def check_document_content(f, name=None):
    """Raise ``ValidationError`` unless the file's content is what its extension says."""
    extension = os.path.splitext(name or f.name)[1][1:].lower()
    check = CHECKS.get(extension)
    if check is None:
        raise ValidationError(
            _("Files ending in .%(extension)s cannot be checked, so they are not accepted."),
            code="unchecked_extension",
            params={"extension": extension},
        )
    try:
        check(f, extension)
    except NotWhatItSays as error:
        params = {"kind": KINDS[extension], "extension": extension}
        if error.macros:
            raise ValidationError(
                _("This %(kind)s file contains macros, which are not accepted. Save it without macros."),
                code="macros",
                params=params,
            ) from None
        raise ValidationError(
            _(
                "This file's content is not %(kind)s, although its extension is .%(extension)s. "
                "Save it again in that format, or give it the extension of its real format."
            ),
            code="content_does_not_match_extension",
            params=params,
        ) from None
    finally:
        f.seek(0)


def upload_help_text():
    formats = ", ".join(sorted(extension.upper() for extension in allowed_extensions()))
    return format_lazy(
        _("Accepted formats: {formats}, up to {size} each. Each file's content is checked against its extension."),
        formats=formats,
        size=filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE),
    )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, with the content check and the limits said in the help text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = upload_help_text()

    def clean_file(self):
        f = self.cleaned_data.get("file")
        # Only a new upload is checked; an extension Wagtail does not allow is refused by
        # Wagtail's own check (the model's clean) with its message.
        if isinstance(f, UploadedFile) and os.path.splitext(f.name)[1][1:].lower() in allowed_extensions():
            check_document_content(f)
        return f


def fill_file_hash(sender, instance, **kwargs):
    """pre_save: a document saved without a hash (e.g. created in code) gets one.

    Wagtail's serve view sends the hash as the ETag; an empty one is ``ETag: ""``.
    """
    if not instance.file_hash and instance.file:
        with contextlib.suppress(OSError):  # the file is missing from storage: nothing to hash
            instance._set_file_hash()
