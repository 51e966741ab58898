"""Test settings: fast hashing, local-memory cache, throwaway media, plain static files."""

import tempfile

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

# A module written as the README's "Adding a module" says (tests/plugin_probe/): proves a new
# app plugs into translation, demo content, the page cache, search and the meta-tests.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.plugin_probe"]

DEBUG = False
SECRET_KEY = "test-only-not-secret-qapi"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "core.memo.GenerationCache"},  # as in base
}
MEDIA_ROOT = env("MEDIA_ROOT", default=None) or tempfile.mkdtemp(prefix="qapi-test-media-")
# The browser tests' server has no web server in front of it: Django serves uploads.
SERVE_MEDIA = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Superusers sign in without a second factor here (the suite's admin tests sign in as one);
# tests/operations turns it on. Moderators and Administrators always need it.
TWO_FACTOR_SUPERUSERS = False
# The page cache is off except in the tests that switch it on.
PAGE_CACHE_SECONDS = 0

# --- Events ------------------------------------------------------------------------
# The concurrency tests' negative control turns the event lock off in a live server's
# environment (tests/events/test_concurrency.py); nothing else does.
EVENTS_REGISTRATION_LOCK = env.bool("EVENTS_REGISTRATION_LOCK", default=True)
EVENTS_REGISTRATION_RATE = env("EVENTS_REGISTRATION_RATE", default="10/h")
# bench/registration.py queues e-mail in the database as production does (TASKS_BACKEND).
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")}}
# The browser tests read the mail a live server sends from files.
if env("EMAIL_FILE_PATH", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env("EMAIL_FILE_PATH")
