"""Uploaded documents are checked by content, not only by extension; limits are said."""

import io
import json
import zipfile

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.users.models import UserProfile

from core.documents import CHECKS, OLE_MAGIC


def zip_of(*members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members:
            archive.writestr(name, content, compress_type=zipfile.ZIP_STORED if name == "mimetype" else compression)
    return buffer.getvalue()


def ooxml(main_part, main_type, *extra, override_types=None):
    overrides = override_types or {main_part: main_type}
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="/{part}" ContentType="{kind}"/>' for part, kind in overrides.items())
        + "</Types>"
    )
    return zip_of(("[Content_Types].xml", types), (main_part, "<document/>"), *extra)


WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MACROS = "application/vnd.ms-word.document.macroEnabled.main+xml"
POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


def real_xlsx():
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["il", "say"])
    book.active.append([2017, 66828])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def odf(mimetype, *extra):
    return zip_of(("mimetype", mimetype), ("content.xml", "<office:document-content/>"), *extra)


def ole(*names):
    """An OLE2 compound file's magic and directory names (enough for the check)."""
    return OLE_MAGIC + b"\0" * 504 + b"".join(name.encode("utf-16-le") + b"\0\0" for name in names) + b"\0" * 512


PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HTML = b"<!doctype html><html><script>alert(1)</script></html>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
EXE = b"MZ\x90\x00" + b"\0" * 60
DOCX = ooxml("word/document.xml", WORD)
PPTX = ooxml("ppt/presentation.xml", POWERPOINT)
ODT = odf("application/vnd.oasis.opendocument.text")

GOOD = [
    ("report.pdf", PDF),
    ("REPORT.PDF", PDF),
    ("letter.docx", DOCX),
    ("figures.xlsx", real_xlsx()),
    ("slides.pptx", PPTX),
    ("notes.odt", ODT),
    ("memo.rtf", b"{\\rtf1\\ansi Qap\\u305? }"),
    ("readme.txt", "Miqrasiya xidməti: açıq qapı günü.\r\n".encode()),
    ("readme-utf16.txt", "Миграционная служба\n".encode("utf-16")),
    ("figures.csv", "il;say\n2017;66\u00a0828\n".encode()),
    ("figures-1251.csv", "год;число\n2017;66828\n".encode("cp1251")),
    ("forms.zip", zip_of(("form.pdf", PDF))),
    ("letter-as-zip.zip", DOCX),  # an office file is a zip
]

BAD = [
    ("page.pdf", HTML, "content"),
    ("image.pdf", PNG, "content"),
    ("archive.pdf", zip_of(("a.txt", "a")), "content"),
    ("late-header.pdf", b"<html>" + PDF, "content"),
    ("letter.docx", PDF, "content"),
    ("letter.docx", zip_of(("a.txt", "a")), "content"),
    ("letter.docx", real_xlsx(), "content"),  # a zip of the wrong kind
    ("letter.docx", ODT, "content"),
    ("letter.docx", ooxml("word/document.xml", WORD_MACROS), "macros"),  # a .docm renamed
    ("letter.docx", ooxml("word/document.xml", WORD, ("word/vbaProject.bin", b"\0")), "macros"),
    ("letter.docx", b"PK\x03\x04" + b"\0" * 64, "content"),  # a broken zip
    ("slides.pptx", DOCX, "content"),
    ("figures.xlsx", PPTX, "content"),
    ("notes.odt", odf("application/vnd.oasis.opendocument.spreadsheet"), "content"),
    ("notes.odt", zip_of(("content.xml", "<x/>"), ("mimetype", "application/vnd.oasis.opendocument.text")), "content"),
    ("notes.odt", odf("application/vnd.oasis.opendocument.text", ("Basic/Standard/Module1.xml", "<x/>")), "macros"),
    ("memo.rtf", HTML, "content"),
    ("readme.txt", EXE, "content"),
    ("readme.txt", PDF, "content"),
    ("readme.txt", b"text\0with a NUL", "content"),
    ("figures.csv", b"a,b\n\x01\x02\x03,4\n", "content"),
    ("figures.csv", DOCX, "content"),
    ("forms.zip", PDF, "content"),
    ("forms.zip", b"PK\x03\x04 not really", "content"),
]

MESSAGES = {
    "content": {
        "en": "content is not PDF, although its extension is .pdf",
        "az": "Bu faylın məzmunu",
        "ru": "Содержимое этого файла",
    },
    "macros": {"en": "contains macros", "az": "makros", "ru": "макрос"},
}


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pass")
    client.force_login(user)
    return user


def in_language(user, lang):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = lang
    profile.save()


def upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1}
    )


def test_every_allowed_extension_has_a_content_check():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(CHECKS)


@pytest.mark.parametrize(("name", "content"), GOOD, ids=[name for name, _ in GOOD])
def test_documents_whose_content_matches_their_extension_are_accepted(client, editor, name, content):
    response = upload(client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get(title=name)
    assert document.file.read() == content  # stored whole: the check read it and rewound
    assert len(document.file_hash) == 40


@pytest.mark.parametrize(("name", "content", "reason"), BAD, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(BAD)])
def test_documents_whose_content_does_not_match_their_extension_are_refused(client, editor, name, content, reason):
    response = upload(client, name, content)
    assert response.status_code == 200  # the form again, with the reason
    assert MESSAGES[reason]["az"] in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_the_reason_is_given_in_the_editors_language(client, editor, lang):
    in_language(editor, lang)
    assert MESSAGES["content"][lang] in upload(client, "page.pdf", HTML).content.decode()
    macros = ooxml("word/document.xml", WORD_MACROS)
    assert MESSAGES["macros"][lang] in upload(client, "letter.docx", macros).content.decode()


def test_the_multiple_uploader_checks_content_too(client, editor):
    url = reverse("wagtaildocs:add_multiple")
    refused = client.post(url, {"files[]": SimpleUploadedFile("page.pdf", HTML), "collection": 1})
    assert json.loads(refused.content)["success"] is False
    assert MESSAGES["content"]["az"] in json.loads(refused.content)["error_message"]
    accepted = client.post(url, {"files[]": SimpleUploadedFile("report.pdf", PDF), "collection": 1})
    assert json.loads(accepted.content)["success"] is True
    assert Document.objects.get().file_hash


def test_the_choosers_upload_checks_content_too(client, editor):
    url = reverse("wagtaildocs_chooser:create")
    prefix = "document-chooser-upload-"
    data = {f"{prefix}title": "page", f"{prefix}file": SimpleUploadedFile("page.pdf", HTML), f"{prefix}collection": 1}
    response = client.post(url, data)
    assert MESSAGES["content"]["az"] in json.dumps(json.loads(response.content), ensure_ascii=False)
    assert not Document.objects.exists()


def test_replacing_a_documents_file_checks_content_too(client, editor):
    assert upload(client, "report.pdf", PDF).status_code == 302
    document = Document.objects.get()
    url = reverse("wagtaildocs:edit", args=[document.pk])
    response = client.post(url, {"title": "report", "file": SimpleUploadedFile("report.pdf", HTML), "collection": 1})
    assert response.status_code == 200
    assert MESSAGES["content"]["az"] in response.content.decode()
    document.refresh_from_db()
    assert document.file.read() == PDF
    # Editing the title alone does not need the file again.
    assert client.post(url, {"title": "annual report", "collection": 1}).status_code == 302


@pytest.mark.parametrize(
    ("lang", "said"), [("en", ["Accepted formats", "20.0\u00a0MB"]), ("az", ["20,0\u00a0MB"]), ("ru", ["20,0\u00a0МБ"])]
)
def test_the_upload_form_says_the_formats_and_the_size_limit(client, editor, lang, said):
    in_language(editor, lang)
    for url in (reverse("wagtaildocs:add"), reverse("wagtaildocs:add_multiple")):
        page = client.get(url).content.decode()
        for text in [*said, "PDF", "DOCX", "XLSX", "CSV"]:
            assert text in page, (url, text)


def test_a_file_over_the_limit_is_refused(client, editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(client, "big.txt", b"a" * 1025)
    assert response.status_code == 200
    assert not Document.objects.exists()


def test_private_documents_are_served_only_by_wagtails_view():
    """The README's web server never serves /media/documents/ itself; this view checks restrictions."""
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    readme = (settings.BASE_DIR / "README.md").read_text()
    assert "location ^~ /media/documents/" in readme
