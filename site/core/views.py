"""Site-wide views outside the page tree: robots.txt, sitemap.xml, errors, health."""

from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from .i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES
from .translated import full_url_in, languages_of


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        *(f"Disallow: /{lang}/search/" for lang in LANGUAGE_CODES),
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap_entries(request):
    """Every live public page once per language it exists in, with its alternates."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific().order_by("path")
    entries = []
    for page in pages:
        urls = {}
        for lang in languages_of(page):
            url = full_url_in(page, lang, request)
            if url:
                urls[lang] = url
        if not urls:
            continue
        for url in urls.values():
            entries.append(
                {
                    "location": url,
                    "lastmod": page.last_published_at,
                    "alternates": urls,
                    "x_default": urls.get(DEFAULT_LANGUAGE),
                }
            )
    return entries


@require_safe
def sitemap_xml(request):
    body = loader.render_to_string("core/sitemap.xml", {"entries": sitemap_entries(request)})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered with as little as possible: no database, no context processors.
    try:
        body = loader.get_template("500.html").render({"LANGUAGE_CODE": translation.get_language()})
    except Exception:  # the error page itself must never fail
        body = "<!doctype html><title>500</title><h1>Server error</h1>"
    return HttpResponse(body, status=500)
