"""Settings shared by every deployment of Qapı.

Values that differ between deployments come from the environment (see README).
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

SITE_DIR = Path(__file__).resolve().parent.parent.parent  # site/
BASE_DIR = SITE_DIR.parent  # repository root

env = environ.Env()

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Translation layer: must come before the project's and Wagtail's apps.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # Security: CSP headers and admin login throttling.
    "csp",
    "axes",
    # Qapı's site-wide apps (source root: site/).
    "core",
    "navigation",
    "home",
    "standard",
    "news",
    "feedback",
    "search",
    "operations",  # roles, moderation, scheduled publishing, two-factor sign-in, health, backups
    # The mission's modules (apps at the repository root).
    "events",
    "journal",
    "outreach",
    # Wagtail.
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Two-factor sign-in to the admin (operations.two_factor): TOTP apps and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks_db",  # background tasks in the database (events' e-mail), run by `manage.py db_worker`
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Outermost: every log line of a request carries its id, cached answers too (operations.logs).
    "operations.logs.RequestIdMiddleware",
    # First after it: answers cached pages to readers without a session cookie before anything
    # else runs, and stores finished responses with every header below (core.page_cache).
    "core.page_cache.UpdatePageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # OAI-PMH harvesters POST without a CSRF token to the journal's read-only endpoint.
    "journal.middleware.OaiPostMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "operations.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.page_cache.FetchPageFromCacheMiddleware",
    # Must be last: turns django-axes' lockout into a response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out login never reaches the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions take the write lock up front (no "database is locked"
    # upgrade failures under concurrent writes). In WAL mode, synchronous=NORMAL syncs
    # at checkpoints rather than on every commit (SQLite's recommendation for WAL: the
    # database cannot be corrupted; a power cut may lose the last commits). Each search
    # writes its count (issue 13: a search answered ~10 % faster).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
if env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "qapi",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Image renditions: in memory per content generation while a page renders (core.memo).
CACHES["renditions"] = {"BACKEND": "core.memo.GenerationCache"}

# Whole pages for anonymous readers (core.page_cache), invalidated on every publish.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
CACHE_MIDDLEWARE_ALIAS = "default"
CACHE_MIDDLEWARE_KEY_PREFIX = "qapi:"
CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS

# A CDN or caching proxy in front (wagtail.contrib.frontend_cache's backends, driven by
# core.page_cache): purged of a page's URLs in every language when it is published,
# unpublished or made private; public HTML then says s-maxage=FRONTEND_CACHE_SECONDS.
# None by default: without a purge, HTML says max-age=0 to every cache.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_URL", default=""):  # Varnish, nginx…: answers PURGE requests
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_URL"),
    }
if env("FRONTEND_CACHE_CLOUDFLARE_ZONE", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env("FRONTEND_CACHE_CLOUDFLARE_ZONE"),
        "BEARER_TOKEN": env("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
    }
WAGTAILFRONTENDCACHE_LANGUAGES = []  # the URLs purged are already every language's own
FRONTEND_CACHE_SECONDS = env.int("FRONTEND_CACHE_SECONDS", default=300)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sessions (the admin's; readers get one only to open a password-protected page) end
# SESSION_COOKIE_AGE seconds after sign-in (or their last change), "Remember me" or not.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)

# --- Languages -------------------------------------------------------------
LANGUAGE_CODE = "az"
LANGUAGES = [
    ("az", "Azərbaycanca"),
    ("en", "English"),
    ("ru", "Русский"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates per language before Django's own: "25 oktyabr 2017", "25 October 2017" (config/formats/).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Asia/Baku"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "az"
MODELTRANSLATION_LANGUAGES = ("az", "en", "ru")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("az",)
MODELTRANSLATION_CUSTOM_FIELDS = ("RichTextField", "StreamField")
# modeltranslation's default: a field required in the model is required in az only;
# en and ru stay optional per page.
WAGTAIL_I18N_ENABLED = False  # field-level translation with modeltranslation instead
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media ----------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagtail -----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Qapı"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Search: Wagtail's database backend (SQLite FTS5, PostgreSQL full text) by default,
# OpenSearch 2 when OPENSEARCH_URL is set, Elasticsearch 9 when ELASTICSEARCH_URL is set
# (comma-separated node URLs; one of the two). Either way the backend indexes the tokens
# of search.analysis, so answers are the same (docs/search.md). The engine's indices are
# named SEARCH_INDEX_PREFIX + app_model (qapi_search_searchentry...), each an alias that
# `manage.py update_index` repoints to a freshly built index (ATOMIC_REBUILD).
_SEARCH_ENGINES = {
    "OPENSEARCH_URL": "wagtail.search.backends.opensearch2",
    "ELASTICSEARCH_URL": "wagtail.search.backends.elasticsearch9",
}
_search_engine = [name for name in _SEARCH_ENGINES if env(name, default="")]
if len(_search_engine) > 1:
    raise ImproperlyConfigured("Set OPENSEARCH_URL or ELASTICSEARCH_URL, not both.")
if _search_engine:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _SEARCH_ENGINES[_search_engine[0]],
            "URLS": env.list(_search_engine[0]),
            "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX", default="qapi_"),
            "ATOMIC_REBUILD": True,
            "TIMEOUT": env.int("SEARCH_TIMEOUT", default=5),
            "OPTIONS": {"max_retries": 1},
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        # "simple": the tokens arrive analyzed; PostgreSQL must not stem them again.
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
    }
# Uploads: documents are checked by content as well as by extension (core.documents: a
# .pdf must be a PDF, a .docx a Word document without macros...); the limits below are
# said in the upload form. The web server in front must accept bodies this big (README).
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.documents.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Documents are always downloaded, never rendered inline in the site's origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no editor's e-mail hash goes to a third party
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# The biggest admin form, the page editor with every language's StreamFields, posts 270
# fields for the demo's biggest page; 2,000 still holds seven full statistics blocks (12
# figures) in each language (tests/site/test_security.py measures both).
DATA_UPLOAD_MAX_NUMBER_FIELDS = env.int("DATA_UPLOAD_MAX_NUMBER_FIELDS", default=2000)

# Accessibility checker in the editor: alt text and heading structure.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}

# --- E-mail --------------------------------------------------------------------
# Console mail outside production (which refuses it: config/settings/production.py).
EMAIL_CONFIG = env.email_url_config(env("EMAIL_URL", default="") or "consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Qapı <no-reply@qapi.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks and events -------------------------------------------------
# django-tasks: work that can wait (events' e-mail, reminders) is queued. Here tasks run
# at once, in the request (dev, tests); production queues them in the database for
# `manage.py db_worker` (config/settings/production.py, README "Events").
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Sign-ups from one client address (events.views): at most this many per period.
EVENTS_REGISTRATION_RATE = env("EVENTS_REGISTRATION_RATE", default="10/h")

# --- Pagination and feeds ------------------------------------------------------
NEWS_PAGE_SIZE = 10
FEED_ITEMS = 20

# Logs: plain lines, or JSON lines with LOG_FORMAT=json; each carries the request's id
# (X-Request-ID), none carries personal data (operations/logs.py). LOG_REQUESTS adds one
# line per request (method, path without its query, status, duration).
from operations.logs import logging_config  # noqa: E402

LOG_REQUESTS = env.bool("LOG_REQUESTS", default=False)
LOGGING = logging_config(env("LOG_FORMAT", default="plain"), env("LOG_LEVEL", default="WARNING"), LOG_REQUESTS)

LANGUAGE_COOKIE_NAME = "qapi_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_NAME_DESC = _("Language")

# --- Security headers ------------------------------------------------------------
# Content-Security-Policy (django-csp): scripts and styles from our own origin only,
# no inline script or style on the public site; nothing may frame it. The admin
# gets a policy of its own (core.middleware): Wagtail 8's editor still renders
# inline scripts and styles (wagtail/wagtail#1288), so the admin behind the login
# allows them; the login page itself keeps the strict policy.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "frame-src": ["'none'"],
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
    },
}
ADMIN_CONTENT_SECURITY_POLICY_OVERRIDES = {
    # Wagtail's admin runs inline scripts, sets style attributes, frames its previews.
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}

# --- Admin login throttling (django-axes) ----------------------------------------
# Five failed attempts for one username from one address lock that pair for 15
# minutes; a success resets the count. Locking the pair, not the address alone,
# keeps one office behind a NAT from locking everybody out.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_VERBOSE = False  # no usernames or addresses in the logs

# --- Two-factor sign-in (operations.two_factor) ------------------------------------
# After the password (still throttled above), a code from an app (TOTP) or a recovery
# code. Required for these groups, and for superusers unless TWO_FACTOR_SUPERUSERS=false;
# optional for everyone else (their account page).
TWO_FACTOR_REQUIRED_GROUPS = ("Moderators", "Administrators")
TWO_FACTOR_SUPERUSERS = env.bool("TWO_FACTOR_SUPERUSERS", default=True)
OTP_TOTP_ISSUER = "Qapı"
OTP_TOTP_THROTTLE_FACTOR = 1  # seconds, doubled after each wrong code


def client_address_settings(trusted_proxies):
    """Where django-axes (through django-ipware) finds the client's address.

    ``trusted_proxies`` proxies stand in front of the site, each appending the address
    it received the request from to X-Forwarded-For (nginx: ``$proxy_add_x_forwarded_for``).
    The client is then the ``trusted_proxies``-th address from the right; whatever the
    client wrote itself is to the left of it and ignored, so a forged header cannot pick
    another client's address. django-ipware counts only the proxies named in the header
    (the last one is REMOTE_ADDR), hence ``- 1``; not strict, so a header longer than
    expected is read from the right rather than thrown away for the proxy's address.
    With no proxy, X-Forwarded-For is ignored: REMOTE_ADDR is the client.
    """
    if not trusted_proxies:
        return {"AXES_IPWARE_META_PRECEDENCE_ORDER": ("REMOTE_ADDR",), "AXES_IPWARE_PROXY_COUNT": None}
    return {
        "AXES_IPWARE_META_PRECEDENCE_ORDER": ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"),
        "AXES_IPWARE_PROXY_COUNT": trusted_proxies - 1,
        "AXES_IPWARE_PROXY_ORDER": "left-most",
    }


IPWARE_STRICT = False
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
vars().update(client_address_settings(TRUSTED_PROXY_COUNT))
