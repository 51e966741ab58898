"""Template tags shared by every Qapı template."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, LANGUAGE_NAMES, current_language, format_number
from core.modeltranslation_fixes import translated_languages

register = template.Library()


@register.filter
def number(value, decimal_places=None):
    """Group digits the way the active language does (66 828 / 66,828)."""
    return format_number(value, decimal_places)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per language: where this page is in it, and whether it is translated.

    On a Wagtail page the link is that page's own URL in the language; elsewhere
    (search, errors) it is the same path under the other language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    active = current_language()
    available = translated_languages(page) if hasattr(page, "url_in") else None
    versions = []
    for lang in LANGUAGE_CODES:
        if available is not None:
            url = page.url_in(lang, request)
        else:
            url = translate_url(request.get_full_path(), lang) if request else f"/{lang}/"
        versions.append(
            {
                "code": lang,
                "name": LANGUAGE_NAMES[lang],
                "url": url,
                "current": lang == active,
                "translated": available is None or lang in available,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """``<link rel=alternate hreflang>`` data: only languages the page really exists in."""
    request = context.get("request")
    page = context.get("page")
    if not hasattr(page, "full_url_in"):
        return []
    links = []
    x_default = ""
    for lang in translated_languages(page):
        url = page.full_url_in(lang, request)
        if url:
            links.append({"hreflang": lang, "url": url})
            if lang == DEFAULT_LANGUAGE:
                x_default = url
    if links:
        links.append({"hreflang": "x-default", "url": x_default})
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's absolute URL in the reader's language."""
    request = context.get("request")
    page = context.get("page")
    if page is not None and hasattr(page, "full_url_in"):
        return page.full_url_in(current_language(), request)
    return request.build_absolute_uri(request.path) if request else ""


@register.simple_tag(takes_context=True)
def shows_fallback(context):
    """True when the page has no text of its own in the reader's language."""
    page = context.get("page")
    if not hasattr(page, "translated_languages"):
        return False
    return current_language() not in translated_languages(page)


@register.simple_tag(takes_context=True)
def menu_items(context, which):
    """The items of the header (``main``) or ``footer`` menu for the current site."""
    from navigation.models import NavigationSettings

    request = context.get("request")
    if request is None:
        return []
    nav = NavigationSettings.for_request(request)
    items = nav.header_items if which == "main" else nav.footer_items
    return [
        {"label": item.label, "url": item.href(request)}
        for item in items.select_related("link_page").all()
        if item.label
    ]


@register.simple_tag(takes_context=True)
def image_url(context, image, spec):
    """Absolute URL of a rendition, for Open Graph and JSON-LD."""
    if not image:
        return ""
    request = context.get("request")
    url = image.get_rendition(spec).url
    return request.build_absolute_uri(url) if request else url


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD, escaped for safe inclusion in a ``<script>`` element."""
    page = context.get("page")
    if page is None or not hasattr(page, "get_structured_data"):
        return ""
    data = page.get_structured_data(context.get("request"))
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.filter
def file_extension(document):
    return (document.file_extension or "").upper()
