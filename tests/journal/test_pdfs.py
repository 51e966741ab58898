"""PDFs as editors upload them and readers find them: pages, size and text read from the file,
search by words only in a PDF (in that PDF's language), broken files refused with a clear message,
and an issue's scheduled publication carrying its articles."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone, translation
from wagtail.documents.models import Document
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from journal.models import JournalArticlePage, PdfFacts
from search.query import run_search
from tests.journal.conftest import make_pdf_document
from tests.journal.factories import JournalArticlePageFactory, JournalIssuePageFactory, add_authors

pytestmark = pytest.mark.django_db


def found(query, lang):
    return [(hit.entry.display_title, hit.language) for hit in run_search(query, lang).hits]


def test_pages_size_and_text_are_read_from_the_file_on_upload():
    document = make_pdf_document("az", words="Karvansaraların sayı şəhərin ticarət əhəmiyyətini göstərir.")
    facts = PdfFacts.objects.get(document=document)
    assert facts.page_count == 1
    assert facts.size == document.file.size > 1000
    assert "Karvansaraların sayı şəhərin ticarət əhəmiyyətini göstərir." in facts.text  # ə, ı, ş read back as letters


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("az", "1 səhifə, Azərbaycan dilində"),
        ("en", "1 page, in Azerbaijani"),
        ("ru", "1 страница, на азербайджанском"),
    ],
)
def test_article_page_shows_each_pdfs_size_pages_and_language(client, make_article, lang, label):
    article = make_article(pdf_az=make_pdf_document("az"))
    html = BeautifulSoup(client.get(article.url_in(lang)).content, "html.parser")
    meta = html.select_one(".journal-pdfs .document-link__meta").get_text()
    assert meta.startswith("(PDF, ") and meta.endswith(f"{label})")
    assert html.select_one(".journal-pdfs a")["hreflang"] == "az"


def test_search_finds_an_article_by_a_word_only_in_its_pdf_in_that_pdfs_language(make_article):
    article = make_article(
        pdf_az=make_pdf_document("az", words="Mədənlərdə çalışan fəhlələr payızda kəndlərinə qayıdırdılar."),
        pdf_ru=make_pdf_document("ru", words="Рабочие на промыслах осенью возвращались в сёла.", name="ru.pdf"),
    )
    assert "payızda" not in str(article.abstract_az) + str(article.body_az)
    assert found("payızda", "az") == [(article.title_az, "az")]
    assert found("промыслах", "ru") == [(article.title_ru, "ru")]
    # In English the article has no PDF: an English reader finds it only as the Azerbaijani text it is.
    assert found("payızda", "en") == [(article.title_az, "az")]
    assert found("промыслах", "en") == [(article.title_ru, "ru")]


def test_a_replaced_pdf_is_read_again_and_search_follows(make_article):
    document = make_pdf_document("az", words="Birinci variantın sözü: karvansara.")
    article = make_article(pdf_az=document)
    assert found("karvansara", "az") == [(article.title_az, "az")]
    from journal.demo_pdfs import article_pdf

    document.file.save(
        "v2.pdf",
        ContentFile(
            article_pdf(
                "az", title="V2", authors="A", source="S", abstract="X", paragraphs=["İkinci variant: dəvəkarvanı."]
            )
        ),
    )
    document.file_hash = ""
    document.save()
    assert found("dəvəkarvanı", "az") == [(article.title_az, "az")]
    assert found("karvansara", "az") == []


def test_search_finds_the_demo_articles_by_pdf_words(client, home):
    call_command("seed_demo", stdout=__import__("io").StringIO())
    html = BeautifulSoup(client.get("/ru/search/", {"q": "караван-сараев"}).content, "html.parser")
    titles = [a.get_text(strip=True) for a in html.select(".search-results h2 a, .search-result a")]
    assert "Великий шёлковый путь и миграционные потоки в регионе" in titles


def broken_pdf(name="broken.pdf"):
    return Document.objects.create(
        title="Zədələnmiş", file=ContentFile(b"%PDF-1.7\n1 0 obj <<>> garbage without xref", name=name)
    )


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("az", "Bu PDF oxunmur: fayl zədələnib və ya parolla qorunur."),
        ("en", "This PDF cannot be read: the file is damaged or protected by a password."),
        ("ru", "Этот PDF не читается: файл повреждён или защищён паролем."),
    ],
)
def test_a_broken_pdf_is_refused_on_its_field_in_the_editors_language(make_article, lang, message):
    article = make_article()
    article.pdf_en = broken_pdf()
    with translation.override(lang):
        with pytest.raises(ValidationError) as error:
            article.full_clean()
        assert set(error.value.message_dict) == {"pdf_en"}
        assert error.value.message_dict["pdf_en"][0].startswith(message)


def test_a_pdf_over_the_size_limit_is_refused(make_article):
    article = make_article()
    article.pdf_az = make_pdf_document("az")
    with override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000), translation.override("en"):
        with pytest.raises(ValidationError) as error:
            article.full_clean()
        assert "the limit is 1000\xa0bytes" in error.value.message_dict["pdf_az"][0]


def test_a_document_that_is_not_a_pdf_is_refused(make_article):
    article = make_article()
    article.pdf_ru = Document.objects.create(title="Cədvəl", file=ContentFile(b"a,b\n1,2\n", name="table.csv"))
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            article.full_clean()
        assert error.value.message_dict["pdf_ru"] == ["Choose a PDF file here (this document is not a PDF)."]


def article_form(article, **fields):
    data = {
        "title_az": article.title_az,
        "slug_az": article.slug_az,
        "title_en": article.title_en,
        "slug_en": article.slug_en,
        "title_ru": article.title_ru,
        "slug_ru": article.slug_ru,
        "section": article.section_id,
        "abstract_az": article.abstract_az,
        "abstract_en": article.abstract_en,
        "abstract_ru": article.abstract_ru,
        "keywords_az": article.keywords_az,
        "keywords_en": "",
        "keywords_ru": "",
        "body_az": streamfield([]),
        "body_en": streamfield([]),
        "body_ru": streamfield([]),
        "article_authors": inline_formset(
            [{"author": link.author_id, "id": link.pk} for link in article.article_authors.all()]
        ),
        "pdf_az": article.pdf_az_id or "",
        "pdf_en": "",
        "pdf_ru": "",
        "first_page": 15,
        "last_page": 32,
        "licence": "cc-by-4.0",
        "doi": article.doi,
        "references": "",
        "seo_title_az": "",
        "seo_title_en": "",
        "seo_title_ru": "",
        "search_description_az": "",
        "search_description_en": "",
        "search_description_ru": "",
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data(data)


@pytest.fixture
def editor(client, db):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pass")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def test_editor_publishing_with_a_good_pdf_saves_it(client, editor, make_article):
    article = make_article(pdf_az=make_pdf_document("az"))
    good = make_pdf_document("en", name="good-en.pdf")
    response = client.post(f"/admin/pages/{article.pk}/edit/", article_form(article, pdf_en=good.pk))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert JournalArticlePage.objects.get(pk=article.pk).pdf_en_id == good.pk


def test_editor_choosing_a_broken_pdf_gets_a_message_and_loses_nothing_saved(client, editor, make_article):
    article = make_article(pdf_az=make_pdf_document("az"))
    revisions = article.revisions.count()
    response = client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(article, pdf_en=broken_pdf().pk, title_en="Typed before the error"),
    )
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    box = html.select_one('[data-contentpath="pdf_en"] .w-field__errors')
    assert "This PDF cannot be read" in box.get_text()
    # What the editor typed is still in the form; nothing was saved or published.
    assert html.find("input", attrs={"name": "title_en"})["value"] == "Typed before the error"
    article = JournalArticlePage.objects.get(pk=article.pk)
    assert article.pdf_en_id is None and article.title_en == "Regulating labour migration in Azerbaijan"
    assert article.revisions.count() == revisions


def test_publishing_an_issue_publishes_its_draft_articles(journal, section, authors):
    issue = JournalIssuePageFactory(parent=journal, live=False, number=3)
    issue.save_revision()
    article = JournalArticlePageFactory(parent=issue, live=False, section=section)
    add_authors(article, *authors)
    article.save_revision()
    assert not JournalArticlePage.objects.get(pk=article.pk).live
    issue.get_latest_revision().publish()
    assert JournalArticlePage.objects.get(pk=article.pk).live


def test_scheduled_issue_publishes_its_articles_when_its_time_comes(client, journal, section, authors):
    issue = JournalIssuePageFactory(parent=journal, live=False, number=4)
    article = JournalArticlePageFactory(parent=issue, live=False, section=section, title_en="Scheduled article")
    add_authors(article, *authors)
    article.save_revision()
    issue.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    issue.save_revision().publish()  # scheduled, not live
    issue.refresh_from_db()
    assert not issue.live and issue.get_latest_revision().approved_go_live_at
    assert not JournalArticlePage.objects.get(pk=article.pk).live
    assert client.get(article.url_in("en")).status_code == 404

    # The hour passes: the scheduled moment is now behind us (in the revision and its approval).
    revision = issue.get_latest_revision()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert JournalArticlePage.objects.get(pk=article.pk).live
    assert client.get(article.url_in("en")).status_code == 200


def test_a_published_article_keeps_its_own_draft_when_the_issue_is_republished(issue, make_article):
    article = make_article()
    article.title_en = "A draft title"
    article.save_revision()
    issue.save_revision().publish()
    assert JournalArticlePage.objects.get(pk=article.pk).title_en == "Regulating labour migration in Azerbaijan"
