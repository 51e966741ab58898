"""The journal's identifiers, its editors' group and its pages as readers see them in az/en/ru."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.models import GroupPagePermission

from journal.identifiers import orcid_check_digit, validate_doi, validate_issn, validate_orcid
from journal.models import Author
from tests.journal.factories import JournalIssuePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "value",
    ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X", "https://orcid.org/0000-0002-1825-0097"],
)
def test_real_orcid_ids_pass(value):
    validate_orcid(value)


@pytest.mark.parametrize(
    "value", ["0000-0002-1825-0098", "0000-0002-1694-2330", "0000-0002-1825", "abcd-0002-1825-0097"]
)
def test_mistyped_orcid_ids_are_refused(value):
    with pytest.raises(ValidationError):
        validate_orcid(value)


def test_orcid_check_digit_is_iso_7064_mod_11_2():
    assert orcid_check_digit("000000021825009") == "7"
    assert orcid_check_digit("000000021694233") == "X"


def test_author_with_a_wrong_orcid_gets_a_message_on_the_field():
    author = Author(
        family_name="Əliyev",
        family_name_az="Əliyev",
        given_names="Rəşad",
        given_names_az="Rəşad",
        orcid="0000-0002-1825-0098",
    )
    with pytest.raises(ValidationError) as error:
        author.full_clean()
    assert [e.code for e in error.value.error_dict["orcid"]] == ["orcid_checksum"]
    assert "yoxlama rəqəmi səhvdir" in error.value.message_dict["orcid"][0]


def test_issn_and_doi_are_checked():
    validate_issn("2049-3630")
    validate_issn("1050-124X")
    with pytest.raises(ValidationError):
        validate_issn("2049-3631")
    validate_doi("10.12345/migr.2025.2.15")
    validate_doi("https://doi.org/10.1000/xyz123")
    with pytest.raises(ValidationError):
        validate_doi("11.1000/xyz")


def test_journal_editors_group_manages_journal_pages_and_snippets_only(journal):
    group = Group.objects.get(name="Journal editors")
    codenames = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert ("wagtailadmin", "access_admin") in codenames
    assert ("journal", "change_author") in codenames and ("journal", "add_journalsection") in codenames
    assert {app for app, _code in codenames} == {"wagtailadmin", "journal"}
    page_permissions = GroupPagePermission.objects.filter(group=group)
    assert {p.page_id for p in page_permissions} == {journal.pk}
    assert {p.permission.codename for p in page_permissions} >= {"add_page", "change_page", "publish_page"}


def test_issue_year_must_match_its_date(journal):
    issue = JournalIssuePageFactory.build(year=2024)
    journal.add_child(instance=JournalIssuePageFactory.build(year=2025))
    issue.date = issue.date.replace(year=2025)
    with pytest.raises(ValidationError) as error:
        journal.add_child(instance=issue)
    assert "year" in error.value.message_dict


@pytest.mark.parametrize(
    ("lang", "title", "abstract_heading", "author"),
    [
        ("az", "Azərbaycanda əmək miqrasiyasının tənzimlənməsi", "Xülasə", "Rəşad Əliyev"),
        ("en", "Regulating labour migration in Azerbaijan", "Abstract", "Rashad Aliyev"),
        ("ru", "Регулирование трудовой миграции в Азербайджане", "Аннотация", "Рашад Алиев"),
    ],
)
def test_article_page_in_each_language(client, make_article, lang, title, abstract_heading, author):
    article = make_article()
    html = BeautifulSoup(client.get(article.url_in(lang)).content, "html.parser")
    assert html.h1.get_text() == title
    assert html.find("h2", id="abstract-heading").get_text() == abstract_heading
    names = [li.find(class_="journal-authors__name").get_text() for li in html.select(".journal-authors li")]
    assert names[0] == author
    assert html.select_one(".journal-orcid")["href"] == "https://orcid.org/0000-0002-1825-0097"
    assert html.select_one('a[href="https://doi.org/10.12345/migr.2025.2.15"]')


@pytest.mark.parametrize(
    ("lang", "notice"), [("en", "not published in your language"), ("ru", "не опубликована на вашем языке")]
)
def test_article_missing_a_language_says_so_and_links_the_ones_it_has(client, make_article, lang, notice):
    article = make_article(title_en="Regulating labour migration in Azerbaijan", title_ru="", abstract_ru="")
    article.title_ru = None
    article.save_revision().publish()
    response = client.get(article.url_in("ru" if lang == "ru" else "en"))
    html = BeautifulSoup(response.content, "html.parser")
    if lang == "ru":
        note = html.select_one(".journal-article .notice-inline")
        assert notice in note.get_text()
        links = {a["hreflang"]: a["href"] for a in note.find_all("a")}
        assert set(links) == {"az", "en"}
        assert links["en"] == article.url_in("en")
    else:
        assert html.select_one(".journal-article .notice-inline") is None
        assert {a["hreflang"] for a in html.select(".journal-article__languages a")} == {"az"}


def test_issue_page_lists_contents_by_section_with_authors_and_pages(client, issue, make_article):
    make_article()
    html = BeautifulSoup(client.get(issue.url_in("en")).content, "html.parser")
    contents = html.find("section", attrs={"aria-labelledby": "contents-heading"})
    assert contents.h3.get_text() == "Migration policy"
    meta = contents.select_one(".journal-toc__meta").get_text()
    assert "Rashad Aliyev, Leyla Huseynova" in meta and "15–32" in meta


def test_journal_home_shows_latest_issue_archive_issn_and_feed(client, journal, issue, make_article):
    make_article()
    for lang in ("az", "en", "ru"):
        response = client.get(journal.url_in(lang))
        html = BeautifulSoup(response.content, "html.parser")
        assert "2049-3630" in html.get_text() and "1050-124X" in html.get_text()
        assert html.select_one(".journal-latest a")["href"] == issue.url_in(lang)
        assert html.find("h3", string="2025")
    feed = client.get(journal.url_in("en") + "feed/")
    assert feed.status_code == 200 and b"Regulating labour migration" in feed.content


def test_references_in_another_script_are_marked_with_their_language(client, make_article):
    article = make_article(
        references="Miqrasiya Məcəlləsi. Bakı, 2013.\n"
        "Ивахнюк И. В. Евразийская миграционная система. 2008.\n"
        "Castles S. The Age of Migration. 2020."
    )
    html = BeautifulSoup(client.get(article.url_in("en")).content, "html.parser")
    items = html.select(".journal-references li")
    assert [li.get("lang") for li in items] == ["az", "ru", None]


def test_feeds_per_language_leave_out_articles_without_that_language(client, journal, make_article):
    import feedparser

    make_article()
    make_article(title_az="Yalnız Azərbaycan dilində", title_en=None, title_ru=None, abstract_en="", abstract_ru="")
    titles = {}
    for lang in ("az", "en", "ru"):
        feed = feedparser.parse(client.get(journal.url_in(lang) + "feed/").content)
        titles[lang] = [entry.title for entry in feed.entries]
    assert sorted(titles["az"]) == ["Azərbaycanda əmək miqrasiyasının tənzimlənməsi", "Yalnız Azərbaycan dilində"]
    assert titles["en"] == ["Regulating labour migration in Azerbaijan"]
    assert titles["ru"] == ["Регулирование трудовой миграции в Азербайджане"]
