"""Addresses outside the language prefix (``config/urls.py`` includes them once):
``/l/<code>/``, the leaflets' permanent short address printed as a QR code, and the
leaflets' service worker, which must be served from the site root to control
``/az/``, ``/en/`` and ``/ru/`` pages."""

from django.urls import path

from . import views

app_name = "outreach"

urlpatterns = [
    path("l/<slug:code>/", views.short_address, name="short"),
    path("leaflet-sw.js", views.service_worker, name="service_worker"),
]
