"""Response headers every Qapı response carries."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one policy for the public site and a looser one for the admin.

    The public policy allows no inline script or style at all. Wagtail 8's admin
    still renders inline scripts and styles and frames its own page previews
    (wagtail/wagtail#1288), so admin pages other than the login page get
    ``ADMIN_CONTENT_SECURITY_POLICY_OVERRIDES`` on top.
    """

    strict_admin_paths = ("/admin/login/", "/admin/password_reset/")

    def process_response(self, request, response):
        if is_document_download(request, response):
            secure_document_download(response)
        elif response.get("Content-Encoding") in ("None", ""):
            del response["Content-Encoding"]
        if is_admin_preview(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        path = request.path_info
        if not report_only and path.startswith("/admin/") and not path.startswith(self.strict_admin_paths):
            parts.replace = {**settings.ADMIN_CONTENT_SECURITY_POLICY_OVERRIDES, **(parts.replace or {})}
        elif not report_only and is_admin_preview(request):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts


def is_admin_preview(request):
    """A page rendered for the admin's preview panel, which frames it.

    Wagtail renders a preview through the whole middleware stack again, for a request
    of its own at the page's public URL (``request.is_preview``, Wagtail's
    ``make_preview_request``): that response keeps the public policy, except that the
    admin's own origin may frame it.
    """
    return getattr(request, "is_preview", False)


# Wagtail's serve view (documents/<id>/<name>) sends its own policy, which django-csp
# leaves alone: "default-src 'none'" (nothing in the file runs), to which framing is
# added (frame-ancestors does not fall back to default-src).
DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'"


def is_document_download(request, response):
    match = getattr(request, "resolver_match", None)
    return bool(match and match.url_name == "wagtaildocs_serve" and response.has_header("Content-Disposition"))


def secure_document_download(response):
    """The headers of a document download.

    Wagtail's sendfile sets ``Content-Encoding`` from ``mimetypes.guess_type``'s encoding,
    ``None`` for every allowed extension, which Django writes as the text "None". A
    document is sent as it is stored, so a download never has a Content-Encoding (one
    would make the browser decode the file it is saving).
    """
    if response.has_header("Content-Encoding"):
        del response["Content-Encoding"]
    response["Content-Security-Policy"] = DOCUMENT_POLICY
    response["X-Content-Type-Options"] = "nosniff"
