"""Production: everything secret or host-specific comes from the environment.

Runs behind a TLS-terminating proxy that sets ``X-Forwarded-Proto``; set
``SECURE_PROXY_SSL_HEADER`` off (``SECURE_PROXY_SSL_HEADER=``) when the proxy does not.
"""

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
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
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

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
