from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import two_factor_views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/verify/", two_factor_views.verify, name="operations_two_factor_verify"),
        path("two-factor/setup/", two_factor_views.setup, name="operations_two_factor_setup"),
        path("two-factor/", two_factor_views.manage, name="operations_two_factor_manage"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("operations_two_factor_manage"),
        "label": _("Two-factor sign-in"),
        "help_text": _("A code from an app on your phone as well as your password."),
    }
