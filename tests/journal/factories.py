"""Factories for the journal (the meta-tests find the page factories by themselves)."""

import datetime

import factory

from journal.models import (
    Author,
    JournalArticleAuthor,
    JournalArticlePage,
    JournalIndexPage,
    JournalIssuePage,
    JournalSection,
)
from tests.factories import TranslatedPageFactory


class JournalSectionFactory(factory.django.DjangoModelFactory):
    name_az = factory.Sequence(lambda n: f"Bölmə {n}")
    name = factory.LazyAttribute(lambda o: o.name_az)

    class Meta:
        model = JournalSection


class AuthorFactory(factory.django.DjangoModelFactory):
    family_name_az = factory.Sequence(lambda n: f"Əliyev{n}")
    family_name = factory.LazyAttribute(lambda o: o.family_name_az)
    given_names_az = "Rəşad"
    given_names = factory.LazyAttribute(lambda o: o.given_names_az)

    class Meta:
        model = Author


class JournalIndexPageFactory(TranslatedPageFactory):
    title_az = "Miqrasiya"
    title_en = "Migration"
    title_ru = "Миграция"
    issn_print = "2049-3630"

    class Meta:
        model = JournalIndexPage


class JournalIssuePageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"2025, № {n + 1}")
    title_en = factory.LazyAttribute(lambda o: o.title_az)
    title_ru = factory.LazyAttribute(lambda o: o.title_az)
    volume = 8
    number = factory.Sequence(lambda n: n + 1)
    year = 2025
    date = datetime.date(2025, 6, 30)

    class Meta:
        model = JournalIssuePage


class JournalArticlePageFactory(TranslatedPageFactory):
    title_az = factory.Sequence(lambda n: f"Azərbaycanda miqrasiya siyasəti {n}")
    abstract_az = factory.LazyAttribute(lambda o: f"{o.title_az}: qısa xülasə.")
    first_page = 5
    last_page = 20

    class Meta:
        model = JournalArticlePage


def add_authors(article, *authors):
    """Link ``authors`` to ``article`` in this order and publish it again."""
    for n, author in enumerate(authors):
        JournalArticleAuthor.objects.create(article=article, author=author, sort_order=n)
    return article
