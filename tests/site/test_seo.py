"""Search engines and sharing: sitemap with alternates, robots.txt, Open Graph, JSON-LD."""

import json

from bs4 import BeautifulSoup
from defusedxml.ElementTree import fromstring as defused_fromstring

from tests.factories import ImageFactory, StandardPageFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_each_page_once_per_language_with_alternates(client, home):
    full = StandardPageFactory(parent=home, title_az="Xidmətlər", title_en="Services", title_ru="Услуги")
    partial = StandardPageFactory(parent=home, title_az="Əlaqə", title_en="Contacts")
    StandardPageFactory(parent=home, title_az="Qaralama", live=False)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    tree = defused_fromstring(response.content)
    urls = {u.find("sm:loc", NS).text: u for u in tree.findall("sm:url", NS)}
    base = "http://testserver"
    expected = (
        {base + full.url_in(lang) for lang in ("az", "en", "ru")}
        | {base + partial.url_in(lang) for lang in ("az", "en")}
        | {base + home.url_in(lang) for lang in ("az", "en", "ru")}
    )
    assert set(urls) == expected
    alternates = {
        link.get("hreflang"): link.get("href") for link in urls[base + partial.url_in("en")].findall("xhtml:link", NS)
    }
    assert alternates == {
        "az": base + partial.url_in("az"),
        "en": base + partial.url_in("en"),
        "x-default": base + partial.url_in("az"),
    }


def test_robots_txt_points_to_the_sitemap_and_keeps_the_admin_out(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_home_page_describes_the_agency_as_a_government_organization(client, home):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "State Migration Service"
    assert data["telephone"] == "(012) 919"
    assert data["url"] == "http://testserver/en/"
    assert html.title.get_text() == "Home"


def test_open_graph_and_meta_description_per_language(client, home):
    page = StandardPageFactory(
        parent=home,
        title_az="Xidmətlər",
        title_en="Services",
        intro_az="Xidmətlərin siyahısı.",
        intro_en="All our services.",
        seo_title_en="Our services",
        og_image=ImageFactory(),
    )
    html = BeautifulSoup(client.get(page.url_in("en")).content, "html.parser")
    meta = {m.get("property") or m.get("name"): m["content"] for m in html.select("meta[content]")}
    assert html.title.get_text() == "Our services — State Migration Service"
    assert meta["description"] == "All our services."
    assert meta["og:title"] == "Our services"
    assert meta["og:description"] == "All our services."
    assert meta["og:url"] == "http://testserver" + page.url_in("en")
    assert meta["og:locale"] == "en_GB"
    assert meta["og:image"].startswith("http://testserver/")
    assert html.select_one('link[rel="canonical"]')["href"] == "http://testserver" + page.url_in("en")

    html_az = BeautifulSoup(client.get(page.url_in("az")).content, "html.parser")
    assert html_az.select_one('meta[name="description"]')["content"] == "Xidmətlərin siyahısı."
    assert html_az.title.get_text() == "Xidmətlər — Dövlət Miqrasiya Xidməti"


def test_json_ld_cannot_break_out_of_its_script_element(client, home):
    page = StandardPageFactory(parent=home, title_az="</script><script>alert(1)</script>")
    body = client.get(page.url_in("az")).content.decode()
    ld = body.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in ld and json.loads(ld)["name"] == "</script><script>alert(1)</script>"
