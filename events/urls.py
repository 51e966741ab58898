"""Readers' URLs outside the page tree, under the language prefix (config/urls.py).

The event pages' own routes (``register/``, ``availability/``, ``ics/``) and the
index's feeds are on the pages (``RoutablePageMixin``, events/models.py).
"""

from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("registration/erased/", views.erased, name="erased"),
    path("registration/<str:token>/", views.manage, name="manage"),
]
