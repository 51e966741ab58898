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


# --- The editor: languages, copy buttons (static/admin/qapi-editor.js) ---------------------


@hooks.register("insert_editor_js")
def editor_languages_js():
    """The language bar's configuration and text, in the editor's language, and its script."""
    from django.templatetags.static import static
    from django.utils.html import format_html, json_script
    from django.utils.translation import gettext

    from .i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, in_language, language_name

    config = {
        "default_language": DEFAULT_LANGUAGE,
        "title_field": "title",
        "languages": [
            {
                "code": code,
                "name": language_name(code),
                "in_language": in_language(code),
            }
            for code in LANGUAGE_CODES
        ],
        "strings": {
            "bar_label": gettext("Languages"),
            "all": gettext("All languages"),
            "filled": gettext("Filled in"),
            "incomplete": gettext("Incomplete"),
            "missing": gettext("Not translated"),
            "empty": gettext("Empty"),
            "errors": gettext("Errors"),
            "button_title": gettext("%(language)s: %(filled)s of %(total)s fields filled in. Show only this language."),
            "copy_from": gettext("Copy content from"),
            "copy_title": gettext("Copy the content %(in_language)s into this field"),
            "copy_confirm": gettext(
                "Replace what “%(field)s” holds with the content %(in_language)s? What it holds now will be lost."
            ),
        },
    }
    return format_html(
        '{}<script src="{}"></script>', json_script(config, "qapi-editor-config"), static("admin/qapi-editor.js")
    )


@hooks.register("insert_global_admin_css")
def editor_languages_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("admin/qapi-editor.css"))
