"""The admin's two-factor screens: verify a code, set up an app, recovery codes (operations.two_factor)."""

import base64

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import devices_for_user, match_token, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .two_factor import required_for

RECOVERY_CODES = 10
SETUP_DEVICE_NAME = "authenticator app"
RECOVERY_DEVICE_NAME = "recovery codes"


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=16,
        help_text=gettext_lazy("The 6-digit code your authenticator app shows now, or one of your recovery codes."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )

    def clean_otp_token(self):
        return "".join(self.cleaned_data["otp_token"].split()).lower()


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("otp_token")
@login_required(login_url="wagtailadmin_login")
def verify(request):
    user = request.user
    if not user_has_device(user, confirmed=True):
        return redirect(reverse("operations_two_factor_setup") + "?" + request.GET.urlencode())
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["otp_token"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    _("You signed in with a recovery code. Recovery codes left: %(count)d.") % {"count": left},
                )
            return redirect(_next_url(request))
        form.add_error(
            "otp_token",
            _("That code is not right or has expired. Enter the code your app shows now, or a recovery code."),
        )
    return render(request, "operations/two_factor/verify.html", {"form": form, "next": _next_url(request)})


def _qr_svg(device) -> str:
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, dark="#000", light="#fff", omitsize=False, title=_("Scan this QR code with the app.")
    )
    svg = svg.replace("<svg ", '<svg role="img" ', 1)
    return mark_safe(svg)  # noqa: S308 (made by segno from our own URL)


def _secret(device) -> str:
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _new_recovery_codes(user) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    device.confirmed = True
    device.save()
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@never_cache
@sensitive_post_parameters("otp_token")
@login_required(login_url="wagtailadmin_login")
def setup(request):
    """Scan the QR code (or type the key), confirm with a code: then the recovery codes, once."""
    user = request.user
    if user_has_device(user, confirmed=True) and not user.is_verified():
        return redirect(reverse("operations_two_factor_verify") + "?" + request.GET.urlencode())
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=SETUP_DEVICE_NAME, confirmed=False)
    form = CodeForm(request.POST or None)
    form.fields["otp_token"].help_text = ""  # step 3 says what to type; no recovery codes yet
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"]):
            with transaction.atomic():
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
                device.confirmed = True
                device.save()
                codes = _new_recovery_codes(user)
            otp_login(request, device)
            return render(
                request, "operations/two_factor/recovery_codes.html", {"codes": codes, "next": _next_url(request)}
            )
        form.add_error("otp_token", _("That code is not right. Enter the code the app shows now."))
    return render(
        request,
        "operations/two_factor/setup.html",
        {
            "form": form,
            "qr": _qr_svg(device),
            "secret": _secret(device),
            "required": required_for(user),
            "next": _next_url(request),
            "issuer": getattr(settings, "OTP_TOTP_ISSUER", "Qapı"),
        },
    )


@never_cache
@login_required(login_url="wagtailadmin_login")
def manage(request):
    """The account's two-factor page: state, new recovery codes, turning it off when optional."""
    user = request.user
    has_device = user_has_device(user, confirmed=True)
    if request.method == "POST" and has_device:
        if request.POST.get("action") == "recovery":
            codes = _new_recovery_codes(user)
            return render(
                request,
                "operations/two_factor/recovery_codes.html",
                {"codes": codes, "next": reverse("operations_two_factor_manage")},
            )
        if request.POST.get("action") == "disable":
            if required_for(user):
                raise PermissionDenied
            for device in devices_for_user(user, confirmed=None):
                device.delete()
            messages.success(request, _("Two-factor sign-in is off for your account."))
            return redirect("operations_two_factor_manage")
    recovery = StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME).first()
    return render(
        request,
        "operations/two_factor/manage.html",
        {
            "has_device": has_device,
            "required": required_for(user),
            "recovery_left": recovery.token_set.count() if recovery else 0,
        },
    )
