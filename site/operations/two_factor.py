"""Two-factor sign-in to the admin: a time-based code (TOTP) from an app, or a recovery code.

Built on django-otp (its TOTP and static-token devices; ``OTPMiddleware`` tells whether
this session's sign-in was confirmed with a device). Wagtail's own login page still checks
the password, so django-axes' throttle holds as before; then:

- a user who has a device is asked for a code before any admin page
  (``/admin/two-factor/verify/``); until then the public site treats them as signed out;
- a member of a group in ``TWO_FACTOR_REQUIRED_GROUPS`` (Moderators, Administrators), or a
  superuser while ``TWO_FACTOR_SUPERUSERS`` is on, who has none yet is sent to set one up
  (``/admin/two-factor/setup/``) before anything else;
- everyone else may set one up from their account page (optional).

Codes are throttled by django-otp: each wrong code doubles the wait before the next try.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

ADMIN_PREFIX = "/admin/"


def required_for(user) -> bool:
    """Must this user sign in with a second factor?"""
    if not user.is_authenticated:
        return False
    if user.is_superuser and getattr(settings, "TWO_FACTOR_SUPERUSERS", True):
        return True
    groups = getattr(settings, "TWO_FACTOR_REQUIRED_GROUPS", ())
    return user.groups.filter(name__in=groups).exists()


def needs_verification(user) -> bool:
    """Signed in with the password only, while a device exists or is required."""
    if not user.is_authenticated or user.is_verified():
        return False
    return user_has_device(user, confirmed=True) or required_for(user)


def _exempt(path: str) -> bool:
    exempt = (
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("operations_two_factor_verify"),
        reverse("operations_two_factor_setup"),
        reverse("wagtailadmin_password_reset"),
        "/admin/password_reset/",
        "/admin/jsi18n/",
        "/admin/sprite/",  # the icons every admin page (this app's too) fetches
    )
    return path.startswith(exempt)


class TwoFactorMiddleware:
    """After django-otp's ``OTPMiddleware``: the admin only after the second factor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and needs_verification(user):
            path = request.path
            if not path.startswith(ADMIN_PREFIX):
                # Half signed in: the public site (private pages, documents) sees nobody.
                request.user = AnonymousUser()
            elif not _exempt(path):
                if request.headers.get("Sec-Fetch-Mode", "navigate") != "navigate":
                    # A script's request (not a page): a redirect would hand it an HTML page.
                    return HttpResponseForbidden("Two-factor sign-in required.", content_type="text/plain")
                has_device = user_has_device(user, confirmed=True)
                target = "operations_two_factor_verify" if has_device else "operations_two_factor_setup"
                return redirect(reverse(target) + "?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)
