"""Local development: debug on, a throwaway secret, every host on loopback."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-qapi")  # noqa: S105
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])

# Serve static files straight from static/ (no collectstatic needed to run locally).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# No page cache while developing: every change shows at once.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
SERVE_MEDIA = True
# The demo's superuser (make run) signs in with the password alone unless asked for;
# Moderators and Administrators set up a second factor at their first sign-in.
TWO_FACTOR_SUPERUSERS = env.bool("TWO_FACTOR_SUPERUSERS", default=False)
