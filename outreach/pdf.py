"""A leaflet's PDF, per language, made by WeasyPrint from the leaflet page itself.

The PDF is the page's own HTML with its print stylesheet (``static/outreach/leaflet.css``,
``@media print``), so the printed page and the PDF cannot drift apart. The font is
Noto Sans from the ``fontpkg-noto-sans`` package (every Azerbaijani letter: ə ğ ı İ ö ş
ü ç), given to WeasyPrint alone: the light web page sends no font at all.

Made when a leaflet is published (``outreach.signals`` queues :func:`generate_leaflet_pdfs`
through django-tasks: at once in development, by the worker in production) and stored
in ``LeafletPDF`` with its size and page count, which the page shows.
"""

import logging
import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.template.response import TemplateResponse
from django.test import RequestFactory
from django.utils import translation
from django_tasks import task

from core.i18n import ascii_slug

logger = logging.getLogger(__name__)


def _font_path() -> Path:
    import fontpkg

    return Path(fontpkg.path("Noto Sans"))


def pdf_stylesheet() -> str:
    """What only the PDF adds to the page's print stylesheet: the embedded font."""
    font = _font_path().as_uri()
    return (
        "@page { size: A4; }\n"
        f'@font-face {{ font-family: "Qapi Noto Sans"; src: url("{font}"); }}\n'
        'html, body { font-family: "Qapi Noto Sans", sans-serif; }\n'
    )


def _url_fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    static_url = settings.STATIC_URL
    font_uri = _font_path().as_uri()

    class StaticOnlyFetcher(URLFetcher):
        """Static files from the project's folders, ``data:`` URIs and the font; nothing from the network."""

        def fetch(self, url, headers=None):
            if url.startswith("data:") or url == font_uri:
                return super().fetch(url, headers)
            path = urlsplit(url).path
            if path.startswith(static_url):
                found = finders.find(path[len(static_url) :])
                if found:
                    mime = mimetypes.guess_type(found)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body=Path(found).read_bytes(), headers={"Content-Type": mime})
            raise ValueError(f"not fetched for a leaflet PDF: {url}")

    return StaticOnlyFetcher()


def render_html(page, lang) -> tuple[str, str]:
    """The leaflet page's HTML in ``lang`` as a reader gets it, and the address it lives at."""
    site = page.get_site()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(lang):
        url = page.url_in(lang)
        parts = urlsplit(root)
        request = RequestFactory().get(
            url,
            SERVER_NAME=parts.hostname or "localhost",
            SERVER_PORT=str(parts.port or (443 if parts.scheme == "https" else 80)),
            secure=parts.scheme == "https",
        )
        request.user = AnonymousUser()
        request.LANGUAGE_CODE = lang
        context = page.get_context(request)
        context["for_pdf"] = True
        response = TemplateResponse(request, page.get_template(request), context)
        response.render()
        return response.content.decode("utf-8"), root + url


def render_pdf(page, lang) -> tuple[bytes, int]:
    """The leaflet in ``lang`` as PDF bytes, and its number of pages."""
    from weasyprint import CSS, HTML

    html, url = render_html(page, lang)
    fetcher = _url_fetcher()
    document = HTML(string=html, base_url=url, url_fetcher=fetcher).render(
        stylesheets=[CSS(string=pdf_stylesheet(), url_fetcher=fetcher)]
    )
    return document.write_pdf(), len(document.pages)


def filename(page, lang) -> str:
    return f"{ascii_slug(getattr(page, f'title_{lang}', None) or page.title_az) or 'leaflet'}-{lang}.pdf"


def store_pdf(page, lang):
    """Make the PDF of ``page`` in ``lang`` and keep it (replacing the previous one)."""
    from .models import LeafletPDF

    content, pages = render_pdf(page, lang)
    stored, _created = LeafletPDF.objects.update_or_create(
        page=page,
        language=lang,
        defaults={
            "content": content,
            "size": len(content),
            "page_count": pages,
            "revision_id": page.live_revision_id,
        },
    )
    return stored


@task()
def generate_leaflet_pdfs(page_id: int):
    """Every language's PDF of a published leaflet (queued on publish)."""
    from .models import LeafletPage

    page = LeafletPage.objects.live().filter(pk=page_id).first()
    if page is None:
        return
    for lang in page.translated_languages:
        try:
            store_pdf(page, lang)
        except OSError:  # WeasyPrint's libraries (Pango) missing: the page says no PDF yet
            logger.exception("leaflet %s: no PDF in %s", page_id, lang)
