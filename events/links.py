"""Signed self-service links: a registrant views, changes or cancels their sign-up.

The link carries the sign-up's number, signed with the site's secret (no personal
data in the URL), and works until the event ends; after that, or once the sign-up
is anonymised, it opens nothing.
"""

from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from .models import Registration

SALT = "events.registration-link"


class LinkInvalid(Exception):
    """Tampered with, or not a link of ours."""


class LinkExpired(Exception):
    """A genuine link whose event is over (or whose sign-up was anonymised)."""


def token_for(registration) -> str:
    return signing.dumps(registration.pk, salt=SALT, compress=True)


def manage_path(registration, lang=None) -> str:
    """The link's path under the language prefix (``/en/registration/<token>/``)."""
    with translation.override(lang or registration.language):
        return reverse("events:manage", kwargs={"token": token_for(registration)})


def registration_from(token: str, now=None) -> Registration:
    """The sign-up a link opens; ``LinkInvalid`` or ``LinkExpired`` otherwise."""
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature as error:
        raise LinkInvalid() from error
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None:
        raise LinkInvalid()
    if registration.anonymised_at is not None or registration.event.end <= (now or timezone.now()):
        raise LinkExpired()
    return registration
