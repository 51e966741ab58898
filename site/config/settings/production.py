"""Production: everything secret or host-specific comes from the environment.

Runs behind a TLS-terminating proxy that sets ``X-Forwarded-Proto``; set
``SECURE_PROXY_SSL_HEADER`` off (``SECURE_PROXY_SSL_HEADER=``) when the proxy does not.
"""

import ipaddress
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import client_address_settings, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")  # required: fails loudly when missing
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

_proxy_header = env("SECURE_PROXY_SSL_HEADER", default="HTTP_X_FORWARDED_PROTO")
SECURE_PROXY_SSL_HEADER = (_proxy_header, "https") if _proxy_header else None
# The admin login throttle reads the client's address behind the same proxy (base.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1 if _proxy_header else 0)
vars().update(client_address_settings(TRUSTED_PROXY_COUNT))
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz/$", r"^readyz/$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preload commits every subdomain to HTTPS for good; turn off with SECURE_HSTS_PRELOAD=false.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# --- Page cache --------------------------------------------------------------------
# Every worker must see the same cached pages: with a cache private to each process
# (no REDIS_URL) `check` fails (core.E001) and the page cache stays off, said in the log.
PAGE_CACHE_NEEDS_SHARED_CACHE = True

# --- E-mail and password reset ---------------------------------------------------
# A reset link is the key to an account: it goes by real mail, pointing at the site's
# public address, or password reset is off (PASSWORD_RESET_DISABLED=true; the login page
# then says to ask an administrator). Production never writes mail to its own output.
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"  # mail is dropped
PASSWORD_RESET_DISABLED = env.bool("PASSWORD_RESET_DISABLED", default=False)
WAGTAIL_PASSWORD_RESET_ENABLED = not PASSWORD_RESET_DISABLED
if EMAIL_BACKEND.rsplit(".", 2)[-2] in {"console", "locmem", "filebased"}:  # noqa: F405
    raise ImproperlyConfigured(
        "EMAIL_URL: production writes no mail to its output or to files (password reset "
        "links would land in the log); use smtp://, smtp+tls:// or smtps://."
    )
if WAGTAIL_PASSWORD_RESET_ENABLED:
    _mail_problem = _base_url_problem = ""
    if EMAIL_BACKEND != "django.core.mail.backends.smtp.EmailBackend":  # noqa: F405
        _mail_problem = "EMAIL_URL (e.g. smtp+tls://user:pass@smtp.example:587) is not set"
    _base_url = urlsplit(env("WAGTAILADMIN_BASE_URL", default=""))
    _host = (_base_url.hostname or "").rstrip(".")
    try:
        _loopback = ipaddress.ip_address(_host).is_loopback or ipaddress.ip_address(_host).is_unspecified
    except ValueError:
        _loopback = _host == "localhost" or _host.endswith(".localhost")
    if _base_url.scheme != "https" or not _host or _loopback:
        _base_url_problem = "WAGTAILADMIN_BASE_URL is not the site's public https:// address"
    if _mail_problem or _base_url_problem:
        raise ImproperlyConfigured(
            "Password reset sends a sign-in link by e-mail, but "
            + " and ".join(p for p in (_mail_problem, _base_url_problem) if p)
            + ". Configure e-mail and the address, or turn password reset off with PASSWORD_RESET_DISABLED=true."
        )

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Background tasks and events ------------------------------------------------------
# Tasks (events' e-mail and reminders, Wagtail's own) wait in the database for the worker,
# `manage.py db_worker` (README "Events"): a slow mail server never slows a sign-up.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
