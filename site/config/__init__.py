"""Qapı's project package: settings, URLs, WSGI/ASGI. Importing it puts both source roots on the path."""

from .paths import install

install()
