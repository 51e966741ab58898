"""Menus and contact details that editors manage, shown in the reader's language."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from navigation.models import FooterMenuItem, HeaderMenuItem, NavigationSettings, SiteSettings
from tests.factories import StandardPageFactory


@pytest.fixture
def menus(site, home):
    about = StandardPageFactory(parent=home, title_az="Haqqımızda", title_en="About", title_ru="О нас")
    nav = NavigationSettings.for_site(site)
    nav.header_items = [
        HeaderMenuItem(link_page=about, sort_order=0),
        HeaderMenuItem(
            link_url="https://e-gov.example/", link_title_az="E-xidmətlər", link_title_en="E-services", sort_order=1
        ),
    ]
    nav.footer_items = [FooterMenuItem(link_page=about, link_title_az="Xidmət barədə", sort_order=0)]
    nav.save()
    settings_obj = SiteSettings.for_site(site)
    settings_obj.call_center_hours_az = "Hər gün"
    settings_obj.call_center_hours_ru = "Ежедневно"
    settings_obj.save()
    return about


@pytest.mark.parametrize(
    ("lang", "labels", "hours"),
    [
        ("az", ["Haqqımızda", "E-xidmətlər"], "Hər gün"),
        ("en", ["About", "E-services"], "Hər gün"),
        ("ru", ["О нас", "E-xidmətlər"], "Ежедневно"),
    ],
)
def test_menus_and_contacts_in_each_language(client, menus, lang, labels, hours):
    html = BeautifulSoup(client.get(f"/{lang}/").content, "html.parser")
    links = html.select(".main-nav__list a")
    assert [a.get_text() for a in links] == labels
    assert links[0]["href"] == menus.url_in(lang)
    footer = html.select_one(".site-footer")
    assert hours in footer.get_text()
    # Dialled in international format (a foreign SIM reaches it), shown the local way.
    assert footer.select_one('a[href="tel:+99412919"]').get_text() == "(012) 919"


def test_current_page_is_marked_in_the_menu(client, menus):
    html = BeautifulSoup(client.get(menus.url_in("en")).content, "html.parser")
    assert html.select_one('.main-nav__list a[aria-current="page"]').get_text() == "About"


def test_menu_item_needs_exactly_one_target(menus):
    with pytest.raises(ValidationError):
        HeaderMenuItem(link_page=menus, link_url="https://example.org/").clean()
    with pytest.raises(ValidationError):
        HeaderMenuItem().clean()
    with pytest.raises(ValidationError) as error:
        HeaderMenuItem(link_url="https://example.org/").clean()
    assert "link_title" in error.value.message_dict


def test_call_center_number_is_validated(site):
    settings_obj = SiteSettings.for_site(site)
    settings_obj.call_center_number = "call us!"
    with pytest.raises(ValidationError) as error:
        settings_obj.full_clean()
    assert "call_center_number" in error.value.message_dict
