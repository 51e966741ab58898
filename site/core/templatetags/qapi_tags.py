"""Template tags shared by every Qapı template."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, LANGUAGE_NAMES, current_language, format_number
from core.models import BasePage
from core.translated import full_url_in, languages_of, url_in

register = template.Library()


@register.filter
def number(value, decimal_places=None):
    """Group digits the way the active language does (66 828 / 66,828)."""
    return format_number(value, decimal_places)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per language: where this page is in it, and whether it is translated.

    For a page or any translated object the link is its own URL in the language;
    for views outside the tree (search, errors) it is the same path under the
    other language prefix.
    """
    request = context.get("request")
    obj = context.get("page")
    active = current_language()
    available = languages_of(obj)
    versions = []
    for lang in LANGUAGE_CODES:
        url = url_in(obj, lang, request) if available else ""
        if not url:
            url = translate_url(request.get_full_path(), lang) if request else f"/{lang}/"
        versions.append(
            {
                "code": lang,
                "name": LANGUAGE_NAMES[lang],
                "url": url,
                "current": lang == active,
                "translated": not available or lang in available,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """``<link rel=alternate hreflang>`` data: only languages the page really exists in."""
    request = context.get("request")
    obj = context.get("page")
    links = []
    x_default = ""
    for lang in languages_of(obj):
        url = full_url_in(obj, lang, request)
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
    url = full_url_in(context.get("page"), current_language(), request)
    if url:
        return url
    return request.build_absolute_uri(request.path) if request else ""


@register.simple_tag(takes_context=True)
def shows_fallback(context):
    """True when the page has no text of its own in the reader's language."""
    available = languages_of(context.get("page"))
    return bool(available) and current_language() not in available


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
    if not isinstance(page, BasePage):
        return ""
    data = page.get_structured_data(context.get("request"))
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.filter
def page_links(page_obj):
    """The page numbers a list links to: the first, the last and two either side of this one,
    None where numbers are left out (10,000 pages of news are not 10,000 links)."""
    paginator = page_obj.paginator
    return [
        None if n == paginator.ELLIPSIS else n
        for n in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    ]


@register.filter
def file_extension(document):
    return (document.file_extension or "").upper()


# --- fragments kept per content generation (core.memo, issue 13) ---------------------------


class GenerationFragmentNode(template.Node):
    def __init__(self, nodelist, name, args, *, per_page=False):
        self.nodelist, self.name, self.args, self.per_page = nodelist, name, args, per_page

    def render(self, context):
        from core import memo

        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        key = ["fragment", self.name, request.get_host(), current_language()]
        if self.per_page:
            page_key = context.get("fragment_key")
            if page_key is None:  # not a page's own view, or a page that changes with the clock or reader
                return self.nodelist.render(context)
            key.append(page_key)
        key.extend(a.resolve(context) for a in self.args)
        return memo.fragment(request, tuple(key), lambda: self.nodelist.render(context))


def _fragment_tag(parser, token, end, *, per_page):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    nodelist = parser.parse((end,))
    parser.delete_first_token()
    args = [parser.compile_filter(b) for b in bits[2:]]
    return GenerationFragmentNode(nodelist, bits[1].strip("\"'"), args, per_page=per_page)


@register.tag
def generation_fragment(parser, token):
    """``{% generation_fragment "name" arg… %}…{% end_generation_fragment %}``: rendered once per
    content generation, host and language (any edit re-renders it; ``core.memo.fragment``), and
    for the values of its arguments. Only for markup that is the same for every reader: no CSRF
    token, no user, nothing from the query string or the clock unless passed as an argument.
    """
    return _fragment_tag(parser, token, "end_generation_fragment", per_page=False)


@register.tag
def page_fragment(parser, token):
    """``{% page_fragment "name" arg… %}…{% end_page_fragment %}``: as ``generation_fragment``, for
    one page: kept only when the page's view put a ``fragment_key`` in the context
    (``BasePage.fragment_key``: the page, its path and its declared query parameters), rendered
    every time otherwise.
    """
    return _fragment_tag(parser, token, "end_page_fragment", per_page=True)
