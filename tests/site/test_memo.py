"""What every page reads once per content generation (core.memo, issue 13) is never older than the last edit.

The page cache is off here (the test settings): these are the renders themselves.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from core import memo
from navigation.models import HeaderMenuItem, NavigationSettings, SiteSettings
from tests.factories import StandardPageFactory


def _menu(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text(strip=True) for a in html.select("#main-menu a")]


@pytest.fixture
def about(site, home):
    page = StandardPageFactory(parent=home, title_az="Haqqımızda", title_en="About", title_ru="О нас")
    nav = NavigationSettings.for_site(site)
    nav.header_items = [HeaderMenuItem(link_page=page, sort_order=0)]
    nav.save()
    return page


@pytest.mark.parametrize(
    ("lang", "before", "after"), [("az", "Haqqımızda", "Biz"), ("en", "About", "Us"), ("ru", "О нас", "Мы")]
)
def test_a_menu_edit_shows_on_the_next_page(client, site, about, lang, before, after):
    assert _menu(client, about.url_in(lang)) == [before]
    assert _menu(client, about.url_in(lang)) == [before]  # from memory now
    nav = NavigationSettings.for_site(site)
    nav.header_items = [
        HeaderMenuItem(link_page=about, link_title_az="Biz", link_title_en="Us", link_title_ru="Мы", sort_order=0)
    ]
    nav.save()
    assert _menu(client, about.url_in(lang)) == [after]


def test_a_renamed_page_is_renamed_in_the_menu(client, about):
    assert _menu(client, "/en/") == ["About"]
    about.title_en = "About the Service"
    about.save_revision().publish()
    assert _menu(client, "/en/") == ["About the Service"]


def test_a_settings_edit_shows_on_the_next_page(client, site, about):
    client.get(about.url_in("en"))
    site_settings = SiteSettings.for_site(site)
    site_settings.call_center_number = "(012) 555-01-01"
    site_settings.save()
    assert "(012) 555-01-01" in client.get(about.url_in("en")).content.decode()


def test_an_unpublished_page_is_gone_at_once(client, about):
    url = about.url_in("en")
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # its route is remembered now
    about.unpublish()
    assert client.get(url).status_code == 404


def test_a_changed_slug_moves_the_page_at_once(client, about):
    old = about.url_in("ru")
    assert client.get(old).status_code == 200
    assert client.get(old).status_code == 200  # its route is remembered now
    about.slug_ru = "o-sluzhbe"
    about.save_revision().publish()
    about.refresh_from_db()
    assert about.url_in("ru") == "/ru/o-sluzhbe/"
    assert client.get("/ru/o-sluzhbe/").status_code == 200
    assert client.get(old).status_code != 200  # a redirect or nothing: never the old route


def test_a_view_restriction_applies_on_the_next_request(client, about):
    url = about.url_in("en")
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # no restriction anywhere: remembered
    about.intro_en = "The full text"
    about.save_revision().publish()
    PageViewRestriction.objects.filter(page=about).delete()
    assert "The full text" in client.get(url).content.decode()
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.get(url)
    assert "The full text" not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_nothing_is_kept_when_processes_do_not_share_the_generation(settings):
    settings.CONTENT_MEMO = None  # as outside the tests
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert not memo.enabled()  # development without Redis; production without Redis, page cache off
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}}
    assert memo.enabled()


def test_renditions_are_kept_for_a_generation_while_a_request_is_served(rf, db):
    from django.core.cache import caches

    renditions = caches["renditions"]
    renditions.set("r", "kept")
    assert renditions.get("r") is None  # outside a request: nothing kept (Wagtail reads the database)
    request = rf.get("/en/")
    memo.prime(request)
    try:
        renditions.set("r", "kept")
        assert renditions.get("r") == "kept"
        renditions.delete("r")  # a rendition deleted (Wagtail purges it)
        assert renditions.get("r") is None
        renditions.set("r", "kept")
        from core import page_cache

        page_cache.invalidate()  # an image saved, or anything else
        later = rf.get("/en/")
        memo.prime(later)
        assert renditions.get("r") is None
    finally:
        memo.release(request)


def test_a_new_image_shows_at_once(client, home):
    from tests.factories import ImageFactory

    page = StandardPageFactory(parent=home, title_en="About", og_image=ImageFactory(title="First"))
    first = BeautifulSoup(client.get(page.url_in("en")).content, "html.parser").select_one('meta[property="og:image"]')
    assert first is not None
    page.og_image = ImageFactory(title="Second")
    page.save_revision().publish()
    second = BeautifulSoup(client.get(page.url_in("en")).content, "html.parser").select_one('meta[property="og:image"]')
    assert second["content"] != first["content"]


def test_a_new_article_changes_the_news_index_counts_and_years_at_once(client, home):
    import datetime

    from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory

    index = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=index, title_en="Old news", date=datetime.date(2024, 5, 1))
    years = BeautifulSoup(client.get(index.url_in("en")).content, "html.parser").select("#filter-year option[value]")
    assert [o["value"] for o in years if o["value"]] == ["2024"]
    NewsArticlePageFactory(parent=index, title_en="Older news", date=datetime.date(2023, 5, 1))
    html = BeautifulSoup(client.get(index.url_in("en")).content, "html.parser")
    assert [o["value"] for o in html.select("#filter-year option[value]") if o["value"]] == ["2024", "2023"]
    assert "Older news" in html.get_text()


@pytest.mark.parametrize("lang", ["az", "en", "ru"])
def test_home_services_and_figures_follow_every_edit(client, home, lang):
    permit = StandardPageFactory(parent=home, title_az="İş icazəsi", title_en="Work permit", title_ru="Разрешение")

    def fill(title, value):
        setattr(home, f"services_{lang}", [("service", {"title": title, "description": "…", "page": permit})])
        figures = [{"label": "L", "value": value}]
        stats = {"heading": "H", "period": "2017", "source": "DMX", "figures": figures, "show_chart": False}
        setattr(home, f"key_statistics_{lang}", [("statistics", stats)])
        home.save_revision().publish()

    def shown():
        html = BeautifulSoup(client.get(home.url_in(lang)).content, "html.parser")
        card = html.select_one("a.service-card")
        return card.select_one(".service-card__title").get_text(), card["href"], html.select_one(".stats__number").text

    fill("Permits", 1)
    assert shown() == ("Permits", permit.url_in(lang), "1")
    assert shown() == ("Permits", permit.url_in(lang), "1")  # the fragments from memory now
    fill("Work permits", 2)
    assert shown() == ("Work permits", permit.url_in(lang), "2")
    setattr(permit, f"slug_{lang}", f"icaze-{lang}")
    permit.save_revision().publish()
    permit.refresh_from_db()
    assert shown()[1] == permit.url_in(lang) == f"/{lang}/icaze-{lang}/"
