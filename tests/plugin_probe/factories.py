import factory

from tests.factories import TranslatedPageFactory

from .models import ProbeIndexPage, ProbePlace


class ProbeIndexPageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Məntəqələr {n}")

    class Meta:
        model = ProbeIndexPage


class ProbePlaceFactory(factory.django.DjangoModelFactory):
    name_az = factory.Sequence(lambda n: f"Məntəqə {n}")
    name = factory.LazyAttribute(lambda o: o.name_az)

    class Meta:
        model = ProbePlace
