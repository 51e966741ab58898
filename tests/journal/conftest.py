import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from journal.demo_pdfs import article_pdf
from tests.journal.factories import (
    AuthorFactory,
    JournalArticlePageFactory,
    JournalIndexPageFactory,
    JournalIssuePageFactory,
    JournalSectionFactory,
    add_authors,
)


def make_pdf_document(lang="az", words="", title="Sənəd", name="article.pdf"):
    data = article_pdf(
        lang,
        title=title,
        authors="Rəşad Əliyev",
        source="Miqrasiya, 2025, № 2",
        abstract="Xülasə.",
        paragraphs=[words or "Mətn."],
    )
    return Document.objects.create(title=title, file=ContentFile(data, name=name))


@pytest.fixture
def journal(home):
    page = JournalIndexPageFactory(
        parent=home,
        publisher_az="Dövlət Miqrasiya Xidməti",
        publisher_en="State Migration Service",
        publisher_ru="Государственная миграционная служба",
        issn_print="2049-3630",
        issn_online="1050-124X",
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def issue(journal):
    page = JournalIssuePageFactory(
        parent=journal, title_az="2025, № 2", title_en="2025, No. 2", title_ru="2025, № 2", volume=8, number=2
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def section():
    return JournalSectionFactory(
        name_az="Miqrasiya siyasəti", name_en="Migration policy", name_ru="Миграционная политика", code="policy"
    )


@pytest.fixture
def authors():
    return [
        AuthorFactory(
            family_name_az="Əliyev",
            family_name_en="Aliyev",
            family_name_ru="Алиев",
            family_name="Əliyev",
            given_names_az="Rəşad",
            given_names_en="Rashad",
            given_names_ru="Рашад",
            given_names="Rəşad",
            affiliation_az="Bakı Dövlət Universiteti",
            affiliation_en="Baku State University",
            affiliation_ru="Бакинский государственный университет",
            orcid="0000-0002-1825-0097",
        ),
        AuthorFactory(
            family_name_az="Hüseynova",
            family_name_en="Huseynova",
            family_name_ru="Гусейнова",
            family_name="Hüseynova",
            given_names_az="Leyla",
            given_names_en="Leyla",
            given_names_ru="Лейла",
            given_names="Leyla",
        ),
    ]


@pytest.fixture
def make_article(issue, section, authors):
    def make(**fields):
        defaults = {
            "title_az": "Azərbaycanda əmək miqrasiyasının tənzimlənməsi",
            "title_en": "Regulating labour migration in Azerbaijan",
            "title_ru": "Регулирование трудовой миграции в Азербайджане",
            "abstract_az": "Məqalə əmək miqrasiyasının tənzimlənməsini araşdırır.",
            "abstract_en": "The article examines how labour migration is regulated.",
            "abstract_ru": "В статье рассматривается регулирование трудовой миграции.",
            "keywords_az": "əmək miqrasiyası, iş icazəsi",
            "keywords_en": "labour migration, work permit",
            "keywords_ru": "трудовая миграция, разрешение на работу",
            "section": section,
            "first_page": 15,
            "last_page": 32,
            "doi": "10.12345/migr.2025.2.15",
        }
        defaults.update(fields)
        people = defaults.pop("authors", authors)
        article = JournalArticlePageFactory(parent=issue, **defaults)
        add_authors(article, *people)
        article.save_revision().publish()
        return type(article).objects.get(pk=article.pk)

    return make
