"""What readers meet on every page (issue 9, points 6, 7, 12, 13 and 14): contacts, charts,
breadcrumbs, filters kept across languages, feeds, the agency's name, site map, last update."""

import datetime
import io

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from core.blocks import StatisticsBlock
from navigation.models import FooterMenuItem, NavigationSettings, SiteMapPage, SiteSettings, international_tel
from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory, NewsTopicFactory, StandardPageFactory

LANGUAGES = ("az", "en", "ru")


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


# --- 6. Contacts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "dialled"),
    [
        ("(012) 919", "+99412919"),
        ("012 498 82 56", "+994124988256"),
        ("+994 12 498 82 56", "+994124988256"),
        ("00994 12 498 82 56", "+994124988256"),
        ("994124988256", "+994124988256"),
    ],
)
def test_phone_links_dial_in_international_format(written, dialled):
    assert international_tel(written) == dialled


@pytest.fixture
def contacts(home, site):
    page = StandardPageFactory(parent=home, title_az="Əlaqə", title_en="Contacts", title_ru="Контакты")
    s = SiteSettings.for_site(site)
    s.contact_page = page
    s.call_center_hours_az, s.call_center_hours_en = "İş günləri 09:00–18:00", "Weekdays 09:00–18:00"
    s.address_az, s.address_en, s.address_ru = "Bakı, Binəqədi şossesi 202", "202 Binagadi Highway, Baku", "Баку"
    s.reception_hours_az, s.reception_hours_en = "Bazar ertəsi – cümə", "Monday to Friday"
    s.map_url = "https://www.openstreetmap.org/search?query=Baku"
    s.save()
    return page


@pytest.mark.parametrize(
    ("lang", "address", "hours"), [("az", "Binəqədi", "Bazar ertəsi"), ("en", "Highway", "Monday")]
)
def test_contacts_page_shows_and_dials_the_call_center_and_gives_the_address(client, contacts, lang, address, hours):
    html = soup(client, contacts.url_in(lang))
    details = html.select_one("main .contact-details")
    call = details.select_one("a.button--call")
    assert call["href"] == "tel:+99412919"
    assert "(012) 919" in call.get_text()  # shown the local way
    assert address in details.select_one("address").get_text()
    assert hours in details.get_text()
    map_link = details.select_one('a[href^="https://www.openstreetmap.org/"]')
    assert map_link and not html.select("main iframe")  # a link, no embed
    # Other pages don't repeat the details in their content; the footer has the number.
    other = soup(client, "/" + lang + "/")
    assert not other.select("main .contact-details")
    assert other.select_one('.site-footer a[href="tel:+99412919"]').get_text() == "(012) 919"


def test_settings_show_the_full_official_name_in_header_and_footer(client, site):
    s = SiteSettings.for_site(site)
    s.official_name_az = "Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti"
    s.official_name_en = "State Migration Service of the Republic of Azerbaijan"
    s.save()
    for lang, name in [
        ("az", s.official_name_az),
        ("en", s.official_name_en),
        ("ru", s.official_name_az),  # no Russian yet: the default language's
    ]:
        html = soup(client, f"/{lang}/")
        assert html.select_one(".brand__name").get_text() == name
        assert name in html.select_one(".site-footer__legal").get_text()
        assert html.title.get_text().strip() != ""  # titles keep the short name


# --- 7 and 12. Charts, tiles and tables --------------------------------------------------


@pytest.mark.parametrize(
    ("count", "medium", "wide"), [(1, 1, 1), (3, 3, 3), (4, 2, 4), (5, 3, 3), (6, 3, 3), (8, 3, 4)]
)
def test_statistic_tiles_wrap_into_even_rows(count, medium, wide):
    assert StatisticsBlock.balanced_columns(count, 3) == medium
    assert StatisticsBlock.balanced_columns(count, 4) == wide


def test_chart_labels_are_text_beside_bars_drawn_to_scale(client, home):
    figures = [{"label": "Registrations", "value": 633827}, {"label": "Calls", "value": 79614}]
    stats = {"heading": "H", "period": "P", "source": "S", "figures": figures, "show_chart": True}
    page = StandardPageFactory(parent=home, body_en=[("statistics", stats)], title_en="Stats")
    html = soup(client, page.url_in("en"))
    chart = html.select_one(".bar-chart[role=img]")
    assert [label.get_text() for label in chart.select(".bar-chart__label")] == ["Registrations", "Calls"]
    assert [value.get_text() for value in chart.select(".bar-chart__value")] == ["633,827", "79,614"]
    assert not chart.select("svg text")  # no label shrinks with a scaled drawing
    assert [int(rect["width"]) for rect in chart.select("rect.bar-chart__fill")] == [1000, 125]
    assert html.select_one(".stats__figures")["class"] == ["stats__figures", "stats__figures--m2", "stats__figures--w2"]


def test_whole_numbers_in_tables_get_a_narrow_column(client, home):
    table = {
        "data": [["№", "Purpose"], ["1", "business"], ["10", "personal travel"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "Purposes",
    }
    page = StandardPageFactory(parent=home, body_az=[("table", table)])
    rows = soup(client, page.url_in("az")).select(".table-wrap tbody tr")
    assert [[td.get("class") for td in row.select("td")] for row in rows] == [[["num"], None], [["num"], None]]


# --- 13. Finding one's way -----------------------------------------------------------------


def test_breadcrumbs_on_every_inner_page_once(client, home):
    section = StandardPageFactory(parent=home, title_az="Xidmətlər", title_en="Services", title_ru="Услуги")
    child = StandardPageFactory(parent=section, title_az="İş icazəsi", title_en="Work permits")
    news = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=news, title_en="An article")
    assert not soup(client, "/en/").select("nav.breadcrumbs")
    for page, trail in [
        (section, ["Home", "Services"]),
        (child, ["Home", "Services", "Work permits"]),
        (news, ["Home", "News"]),
        (article, ["Home", "News", "An article"]),
    ]:
        navs = soup(client, page.url_in("en")).select("nav.breadcrumbs")
        assert len(navs) == 1, page
        assert [li.get_text() for li in navs[0].select("li")] == trail
        assert navs[0].select("li")[-1].select_one("[aria-current=page]")
    # Russian: an untranslated page says its crumb is in Azerbaijani.
    crumbs = soup(client, child.url_in("ru")).select("nav.breadcrumbs li")
    assert [(li.get_text(), li.get("lang")) for li in crumbs] == [
        ("Главная", None),
        ("Услуги", None),
        ("İş icazəsi", "az"),
    ]
    search = soup(client, "/az/search/?q=viza").select("nav.breadcrumbs li")
    assert [li.get_text() for li in search] == ["Ana səhifə", "Axtarış"]


def test_switching_language_keeps_the_list_filters(client, home):
    news = NewsIndexPageFactory(parent=home)
    topic = NewsTopicFactory()
    html = soup(client, news.url_in("en") + f"?year=2017&topic={topic.slug}&page=2&utm_source=x")
    links = {a["hreflang"]: a["href"] for a in html.select("nav.languages a")}
    assert links == {lang: f"{news.url_in(lang)}?year=2017&topic={topic.slug}" for lang in LANGUAGES}
    plain = soup(client, news.url_in("en"))
    assert {a["href"] for a in plain.select("nav.languages a")} == {news.url_in(lang) for lang in LANGUAGES}


def test_every_page_announces_the_news_feed_in_each_language(client, home):
    news = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=news, title_en="An article", title_ru="Статья")
    page = StandardPageFactory(parent=home)
    for lang in LANGUAGES:
        for url in (f"/{lang}/", page.url_in(lang), f"/{lang}/search/"):
            links = soup(client, url).select('head link[rel=alternate][type="application/rss+xml"]')
            # The reader's language first (no hreflang: that names the page's own translations).
            order = [lang, *(other for other in LANGUAGES if other != lang)]
            assert [link["href"] for link in links] == [news.url_in(code) + "feed/" for code in order]
            assert all(link["title"].endswith("— RSS") and not link.get("hreflang") for link in links)
    feed = feedparser.parse(client.get(news.url_in("ru") + "feed/").content)
    assert feed.entries[0].title == "Статья"


# --- 14. An official site's basics -----------------------------------------------------------


def test_standard_pages_say_when_they_last_changed(client, home):
    page = StandardPageFactory(parent=home, title_en="About")
    page.last_published_at = timezone.make_aware(datetime.datetime(2025, 3, 14, 10, 0))
    page.save()
    html = soup(client, page.url_in("en"))
    time = html.select_one(".page-updated time")
    assert time["datetime"].startswith("2025-03-14")
    assert "2025" in time.get_text() and "Last updated" in html.select_one(".page-updated").get_text()


def test_site_map_lists_the_tree_in_the_readers_language(client, home):
    about = StandardPageFactory(parent=home, title_az="Haqqımızda", title_en="About", title_ru="О нас")
    StandardPageFactory(parent=about, title_az="Rəhbərlik")  # Azerbaijani only
    draft = StandardPageFactory(parent=home, title_az="Qaralama", live=False)
    news = NewsIndexPageFactory(parent=home)
    for _ in range(SiteMapPage.max_children + 1):
        NewsArticlePageFactory(parent=news)
    site_map = SiteMapPage(title_az="Saytın xəritəsi", title_en="Site map", title_ru="Карта сайта")
    home.add_child(instance=site_map)
    site_map.save_revision().publish()

    html = soup(client, site_map.url_in("ru"))
    links = html.select(".site-map a")
    texts = [(a.get_text(), a.get("lang")) for a in links]
    assert ("О нас", None) in texts and ("Rəhbərlik", "az") in texts and ("Новости", None) in texts
    assert all(a["href"] for a in links)
    assert draft.title_az not in html.get_text()
    # A section with many pages is listed by itself: its own page lists them.
    news_item = next(a for a in links if a.get_text() == "Новости").parent
    assert not news_item.select("ul")


@pytest.mark.django_db
def test_demo_has_the_official_pages_in_three_languages_and_links_them_in_the_footer():
    call_command("seed_demo", stdout=io.StringIO())
    client = Client()
    footer_pages = [item.link_page.specific for item in NavigationSettings.objects.get().footer_items.all()]
    titles = {page.title_en for page in footer_pages}
    assert {"Accessibility statement", "Privacy notice", "Site map", "Contacts"} <= titles
    for page in footer_pages:
        assert page.title_az and page.title_en and page.title_ru
        for lang in LANGUAGES:
            assert client.get(page.url_in(lang)).status_code == 200
    contacts = next(page for page in footer_pages if page.title_en == "Contacts")
    assert "Çağrı Mərkəzi" in contacts.intro_az and "Call Mərkəzi" not in str(contacts.body_az)
    assert "колл-центр" in contacts.intro_ru
    html = BeautifulSoup(client.get(contacts.url_in("ru")).content, "html.parser")
    assert html.select_one("main a.button--call")["href"] == "tel:+99412919"
    assert "Азербайджанской Республики" in html.select_one(".brand__name").get_text()
    assert FooterMenuItem.objects.count() == len(footer_pages)
