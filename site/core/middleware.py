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

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        path = request.path_info
        if not report_only and path.startswith("/admin/") and not path.startswith(self.strict_admin_paths):
            parts.replace = {**settings.ADMIN_CONTENT_SECURITY_POLICY_OVERRIDES, **(parts.replace or {})}
        return parts
