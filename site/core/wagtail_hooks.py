"""Wagtail hooks of the core app."""

import contextlib

from wagtail import hooks


@hooks.register("before_serve_document")
def give_the_document_a_hash(document, request):
    """Wagtail's serve view sends ``file_hash`` as the ETag: never an empty one.

    Documents get their hash on save (``core.documents.fill_file_hash``) and migration
    ``core.0003`` filled older rows; this catches a row written around ``save()``.
    """
    if not document.file_hash:
        with contextlib.suppress(OSError):  # the file is missing: the view answers 404
            document.get_file_hash()  # computes and saves it

