"""ASGI entry point."""

import os

# Importing this module imported `config` first, which put both source roots on the path.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.asgi import get_asgi_application

application = get_asgi_application()
