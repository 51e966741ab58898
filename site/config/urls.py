from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from operations import health

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

# Outside the language prefix: the admin, documents, machine-readable files.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", core_views.sitemap_xml, name="sitemap_xml"),
    path("sitemap-<int:number>.xml", core_views.sitemap_file, name="sitemap_file"),
    path("healthz/", core_views.healthz, name="healthz"),  # liveness: the process answers
    path("readyz/", health.readyz, name="readyz"),  # readiness: database, cache, search (200/503)
    path("", include("outreach.urls")),  # /l/<code>/ (leaflets' short addresses), their service worker
]

if getattr(settings, "SERVE_MEDIA", False):
    # Development and the browser tests only; production serves uploads from the web server.
    from django.views.static import serve as serve_file

    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT}),
    ]

# Every public page lives under /az/, /en/ or /ru/; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("feedback.urls")),
    path("", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
