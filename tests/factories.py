"""Factories for the site-wide page types and snippets.

A module keeps its factories in ``tests/<app>/factories.py``; the meta-tests find
every page factory by itself (``tests/project.py``).
"""

import datetime

import factory
import wagtail_factories

from home.models import HomePage
from navigation.models import SiteSettings
from news.models import NewsArticlePage, NewsIndexPage, NewsTopic
from standard.models import StandardPage


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """Pages are created in Azerbaijani; pass ``title_en``/``title_ru`` to translate."""

    title_az = factory.Sequence(lambda n: f"Səhifə {n}")
    title = factory.LazyAttribute(lambda o: o.title_az)
    slug = None  # BasePage makes an ASCII slug per language from the titles

    class Meta:
        abstract = True


class HomePageFactory(TranslatedPageFactory):
    title_az = "Ana səhifə"
    intro_az = "<p>Miqrasiya xidmətləri bir yerdə.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Məlumat səhifəsi {n}")
    intro_az = "Qısa giriş."

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(TranslatedPageFactory):
    title_az = "Xəbərlər"
    title_en = "News"
    title_ru = "Новости"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Xəbər {n}")
    intro_az = factory.LazyAttribute(lambda o: f"{o.title_az}: giriş.")
    date = factory.Sequence(lambda n: datetime.date(2017, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = NewsArticlePage


class NewsTopicFactory(factory.django.DjangoModelFactory):
    name_az = factory.Sequence(lambda n: f"Mövzu {n}")
    name = factory.LazyAttribute(lambda o: o.name_az)
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = NewsTopic


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"image-{n}")


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    agency_name_az = "Dövlət Miqrasiya Xidməti"
    agency_name_en = "State Migration Service"
    agency_name_ru = "Государственная миграционная служба"
    agency_name = factory.LazyAttribute(lambda o: o.agency_name_az)
    call_center_number = "(012) 919"

    class Meta:
        model = SiteSettings
        django_get_or_create = ("site",)
