"""Site-wide views outside the page tree: robots.txt, sitemap.xml, errors, health."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.encoding import iri_to_uri
from django.utils.html import escape
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from .i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, localized


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


# Pages per sitemap file: each page is listed once per language (3 URLs), and a file may
# hold 50,000 URLs and 50 MB (sitemaps.org). A bigger site gets a sitemap index.
SITEMAP_PAGES_PER_FILE = 10_000


def _pages_per_file() -> int:
    from django.conf import settings

    return getattr(settings, "SITEMAP_PAGES_PER_FILE", SITEMAP_PAGES_PER_FILE)


def _sitemap_pages(site):
    return Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path")


def _root_paths(site) -> dict[str, str]:
    root = site.root_page
    default = localized("url_path", DEFAULT_LANGUAGE)
    return {lang: getattr(root, localized("url_path", lang)) or getattr(root, default) for lang in LANGUAGE_CODES}


def sitemap_entries(request, pages=None):
    """Every live public page (of ``pages``) once per language it exists in, with its alternates.

    Reads rows (titles, URL paths and the date in every language), not page objects:
    a page's URL in a language is the language prefix and its URL path in that
    language (modeltranslation falls back to the Azerbaijani one) below the site's
    root page, which is what Wagtail's ``get_url`` answers for one site, at a
    fraction of the cost (a sitemap file lists thousands of pages).
    """
    site = Site.find_for_request(request)
    if site is None:
        return []
    if pages is None:
        pages = _sitemap_pages(site)
    roots = _root_paths(site)
    base = request.build_absolute_uri("/").rstrip("/")
    default = localized("url_path", DEFAULT_LANGUAGE)
    titles = {lang: localized("title", lang) for lang in LANGUAGE_CODES}
    paths = {lang: localized("url_path", lang) for lang in LANGUAGE_CODES}
    rows = pages.values("last_published_at", *titles.values(), *set(paths.values()) | {default})
    entries = []
    for row in rows.iterator(chunk_size=2000):
        urls = {}
        for lang in LANGUAGE_CODES:
            if lang != DEFAULT_LANGUAGE and not row[titles[lang]]:
                continue  # not translated (core.translated.languages_of)
            path = row[paths[lang]] or row[default]
            if path and path.startswith(roots[lang]):
                urls[lang] = f"{base}/{lang}/{iri_to_uri(path[len(roots[lang]) :])}"
        for url in urls.values():
            entries.append(
                {
                    "location": url,
                    "lastmod": row["last_published_at"],
                    "alternates": urls,
                    "x_default": urls.get(DEFAULT_LANGUAGE),
                }
            )
    return entries


def _urlset(request, pages):
    """A ``<urlset>`` with each page's alternates, written directly (thousands of entries per file)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    for entry in sitemap_entries(request, pages):
        parts.append(f"  <url>\n    <loc>{escape(entry['location'])}</loc>")
        if entry["lastmod"]:
            parts.append(f"\n    <lastmod>{entry['lastmod'].isoformat()}</lastmod>")
        links = [*entry["alternates"].items()]
        if entry["x_default"]:
            links.append(("x-default", entry["x_default"]))
        parts.extend(
            f'\n    <xhtml:link rel="alternate" hreflang="{lang}" href="{escape(url)}"/>' for lang, url in links
        )
        parts.append("\n  </url>\n")
    parts.append("</urlset>\n")
    return HttpResponse("".join(parts), content_type="application/xml; charset=utf-8")


@require_safe
def sitemap_xml(request):
    """The sitemap; past ``SITEMAP_PAGES_PER_FILE`` pages, an index of numbered sitemaps."""
    site = Site.find_for_request(request)
    if site is None:
        return _urlset(request, [])
    pages = _sitemap_pages(site)
    size = _pages_per_file()
    count = pages.count()
    if count <= size:
        return _urlset(request, pages)
    files = [request.build_absolute_uri(f"/sitemap-{n}.xml") for n in range(1, (count - 1) // size + 2)]
    body = loader.render_to_string("core/sitemap_index.xml", {"files": files})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_safe
def sitemap_file(request, number):
    """One numbered sitemap of the index: ``SITEMAP_PAGES_PER_FILE`` pages in tree order."""
    site = Site.find_for_request(request)
    size = _pages_per_file()
    if site is None or number < 1:
        raise Http404
    pages = _sitemap_pages(site)
    if number > 1 and not pages[(number - 1) * size :].exists():
        raise Http404
    return _urlset(request, pages[(number - 1) * size : number * size])


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
