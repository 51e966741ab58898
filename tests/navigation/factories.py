"""Factories for navigation's page type (the site map); settings and menus are in tests/factories.py."""

from navigation.models import SiteMapPage
from tests.factories import TranslatedPageFactory


class SiteMapPageFactory(TranslatedPageFactory):
    title_az = "Saytın xəritəsi"
    intro_az = "Saytın bütün səhifələri."

    class Meta:
        model = SiteMapPage
