"""WSGI entry point (gunicorn config.wsgi)."""

import os

# Importing this module imported `config` first, which put both source roots on the path.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
