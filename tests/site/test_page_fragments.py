"""A page's markup kept per content generation (``{% page_fragment %}``, core.memo; issue 13).

What a reader sees is never older than the last edit, never someone else's (a
preview, a restricted page, another filter), and the memory it takes is bounded.
The page cache is off here (the test settings): these are the renders themselves.
"""

import datetime
import sys

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from core import memo
from navigation.models import HeaderMenuItem, NavigationSettings
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, StandardPageFactory
from tests.site.test_editor_slugs import form_data

TEXTS = {
    "az": ("Köhnə giriş mətni.", "Yeni giriş mətni."),
    "en": ("The old introduction.", "The new introduction."),
    "ru": ("Старое вступление.", "Новое вступление."),
}


@pytest.fixture
def article(home):
    index = NewsIndexPageFactory(parent=home)
    return NewsArticlePageFactory(
        parent=index,
        date=datetime.date(2025, 3, 1),
        intro_az=TEXTS["az"][0],
        intro_en=TEXTS["en"][0],
        intro_ru=TEXTS["ru"][0],
    )


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_an_edited_article_shows_at_once_in_its_content_and_its_head(client, article, lang):
    url = article.url_in(lang)
    old, new = TEXTS[lang]
    client.get(url)
    count, html = _queries(client, url)
    assert count == 0 and old in html  # kept: no query at all

    setattr(article, f"intro_{lang}", new)
    article.save_revision().publish()

    html = BeautifulSoup(client.get(url).content, "html.parser")
    assert new in html.select_one("main").get_text() and old not in html.select_one("main").get_text()
    assert html.select_one('meta[name="description"]')["content"] == new


def test_a_preview_shows_the_draft_not_the_kept_page(client, home):
    page = StandardPageFactory(parent=home, title_az="Dərc olunmuş başlıq", title_en="Published title")
    page.save_revision().publish()
    client.get(page.url_in("az"))
    assert "Dərc olunmuş başlıq" in client.get(page.url_in("az")).content.decode()  # kept now

    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.com", "pass"))
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(preview, form_data(action=None, title_az="Qaralamada yeni başlıq")).json()["is_valid"]
    assert "Qaralamada yeni başlıq" in client.get(preview).content.decode()

    client.logout()
    html = client.get(page.url_in("az")).content.decode()
    assert "Dərc olunmuş başlıq" in html and "Qaralamada yeni başlıq" not in html


def test_a_restricted_page_kept_for_one_reader_is_not_shown_to_another(client, home):
    page = StandardPageFactory(parent=home, title_en="Staff notes", intro_en="The full text for staff.")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="open")
    url = page.url_in("en")
    form = client.get(url)
    action = BeautifulSoup(form.content, "html.parser").select_one('form input[name="password"]').find_parent("form")
    client.post(action["action"], {"password": "open", "return_url": url})
    assert "The full text for staff." in client.get(url).content.decode()
    assert "The full text for staff." in client.get(url).content.decode()  # kept

    client.cookies.clear()  # another reader, without the password
    html = client.get(url).content.decode()
    assert "The full text for staff." not in html and 'name="password"' in html


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_each_filter_of_the_news_has_its_own_markup_and_made_up_parameters_none(client, home, lang):
    index = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=index, date=datetime.date(2024, 5, 1), title_az="İyirmi dörd", title_en="Twenty-four")
    NewsArticlePageFactory(parent=index, date=datetime.date(2025, 5, 1), title_az="İyirmi beş", title_en="Twenty-five")
    url = index.url_in(lang)

    def titles(query=""):
        html = BeautifulSoup(client.get(url + query).content, "html.parser")
        return [h.get_text(strip=True) for h in html.select(".news-list h2")]

    everything = titles()
    assert len(everything) == 2 and titles() == everything
    assert titles("?year=2024") == [everything[1]]
    assert titles("?year=2025") == [everything[0]]
    assert titles("?year=2024") == [everything[1]]  # kept apart, both ways
    assert titles("?utm_source=leaflet&x=1") == everything
    fragments = {key for key in memo._fragments if key[1] == "content"}
    assert len(fragments) == 3  # none, 2024, 2025: the made-up parameters share the page's own


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_the_menu_marks_the_page_the_reader_is_on(client, site, home, lang):
    pages = [StandardPageFactory(parent=home, title_az=f"Bölmə {n}", title_en=f"Section {n}") for n in (1, 2)]
    nav = NavigationSettings.for_site(site)
    nav.header_items = [HeaderMenuItem(link_page=page, sort_order=n) for n, page in enumerate(pages)]
    nav.save()
    for _ in range(2):  # rendered, then kept
        for page in pages:
            html = BeautifulSoup(client.get(page.url_in(lang)).content, "html.parser")
            current = html.select('#main-menu a[aria-current="page"]')
            assert [a["href"] for a in current] == [page.url_in(lang)]
    html = BeautifulSoup(client.get(f"/{lang}/").content, "html.parser")
    assert not html.select('#main-menu a[aria-current="page"]')


def test_kept_markup_stays_within_its_budget(client, settings, home):
    pages = [StandardPageFactory(parent=home, title_en=f"Page {n}") for n in range(4)]
    for page in pages:
        client.get(page.url_in("en"))
    total = memo._fragment_bytes
    assert total > 0 and total == sum(sys.getsizeof(v) for v in memo._fragments.values())

    memo.forget()
    settings.CONTENT_FRAGMENT_BYTES = total // 3  # room for about one page's head, content and feedback
    for page in pages:
        html = client.get(page.url_in("en")).content.decode()
        assert f"Page {pages.index(page)}" in html
        assert memo._fragment_bytes <= settings.CONTENT_FRAGMENT_BYTES
    # The page used last is kept; the first one was dropped, and is rendered again, correctly.
    kept = {key[4][0] for key in memo._fragments if key[1] == "content"}
    assert pages[-1].pk in kept and pages[0].pk not in kept
    assert "Page 0" in client.get(pages[0].url_in("en")).content.decode()
    assert pages[0].pk in {key[4][0] for key in memo._fragments if key[1] == "content"}
