"""Factories for the outreach module (the meta-tests find the page factories by themselves)."""

import datetime

import factory

from outreach.models import (
    Checkpoint,
    DepartmentIndexPage,
    DepartmentPage,
    EServiceIndexPage,
    EServicePage,
    ForeignerDuty,
    LeafletIndexPage,
    LeafletPage,
    VisaPurpose,
)
from tests.factories import TranslatedPageFactory


class CheckpointFactory(factory.django.DjangoModelFactory):
    name_az = factory.Sequence(lambda n: f"Sərhəd məntəqəsi {n}")
    name = factory.LazyAttribute(lambda o: o.name_az)
    kind = "air"
    region = "baku"

    class Meta:
        model = Checkpoint


class VisaPurposeFactory(factory.django.DjangoModelFactory):
    name_az = factory.Sequence(lambda n: f"Məqsəd {n}")
    name = factory.LazyAttribute(lambda o: o.name_az)

    class Meta:
        model = VisaPurpose


class ForeignerDutyFactory(factory.django.DjangoModelFactory):
    text_az = factory.Sequence(lambda n: f"Vəzifə {n}")
    text = factory.LazyAttribute(lambda o: o.text_az)

    class Meta:
        model = ForeignerDuty


class LeafletIndexPageFactory(TranslatedPageFactory):
    title_az = "Məlumat vərəqələri"
    title_en = "Leaflets"
    title_ru = "Памятки"

    class Meta:
        model = LeafletIndexPage


class LeafletPageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Xoş gəlmisiniz {n}")
    summary_az = "Azərbaycana yeni gələn əcnəbilər üçün."
    audience_az = "Əcnəbilər və vətəndaşlığı olmayan şəxslər"
    valid_as_of = datetime.date(2026, 3, 1)
    registration_az = "<p>Yaşayış yeri üzrə 15 gün ərzində qeydiyyatdan keçin.</p>"
    stay_az = "<p>Vizanızda göstərilən müddət qədər qala bilərsiniz.</p>"

    class Meta:
        model = LeafletPage


class EServiceIndexPageFactory(TranslatedPageFactory):
    title_az = "Elektron xidmətlər"
    title_en = "E-services"
    title_ru = "Электронные услуги"

    class Meta:
        model = EServiceIndexPage


class EServicePageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Elektron xidmət {n}")
    summary_az = "Müraciəti onlayn göndərin."
    life_event = "arriving"
    portal_url = "https://portal.example/service"

    class Meta:
        model = EServicePage


class DepartmentIndexPageFactory(TranslatedPageFactory):
    title_az = "Regional miqrasiya idarələri"
    title_en = "Regional migration departments"
    title_ru = "Региональные миграционные управления"

    class Meta:
        model = DepartmentIndexPage


class DepartmentPageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Regional idarə {n}")
    region = "ganja-dashkasan"
    address_az = "Gəncə şəhəri, Atatürk prospekti 1"
    phone = "+994 22 256 00 10"

    class Meta:
        model = DepartmentPage
