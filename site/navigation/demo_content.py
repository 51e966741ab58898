"""The site settings, menus and site map page of the demo site (the step is in navigation/demo.py)."""

from core.demo import T
from core.demo_content import CALL_CENTER_HOURS, CALL_CENTER_NUMBER

# SiteSettings fields translated per language...
SITE_TEXTS = {
    "agency_name": T(
        az="Dövlət Miqrasiya Xidməti",
        en="State Migration Service",
        ru="Государственная миграционная служба",
    ),
    "official_name": T(
        az="Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti",
        en="State Migration Service of the Republic of Azerbaijan",
        ru="Государственная миграционная служба Азербайджанской Республики",
    ),
    "call_center_hours": CALL_CENTER_HOURS,
    # The headquarters' reception (a placeholder address on the agency's avenue).
    "address": T(
        az="Bakı şəhəri, Binəqədi rayonu, Binəqədi şossesi 202, AZ1114",
        en="202 Binagadi Highway, Binagadi district, Baku AZ1114",
        ru="г. Баку, Бинагадинский район, Бинагадинское шоссе, 202, AZ1114",
    ),
    "reception_hours": T(
        az="Bazar ertəsi – cümə: 09:00–18:00, nahar fasiləsi 13:00–14:00\nŞənbə və bazar günləri qəbul yoxdur",
        en="Monday to Friday: 09:00–18:00, lunch break 13:00–14:00\nNo reception on Saturdays and Sundays",
        ru="Понедельник – пятница: 09:00–18:00, перерыв 13:00–14:00\nВ субботу и воскресенье приёма нет",
    ),
}
# Values an earlier demo wrote, replaced on the next run (a city is not a street address).
OUTDATED = {
    "address_az": "Bakı şəhəri, Azərbaycan Respublikası",
    "address_en": "Baku, Republic of Azerbaijan",
    "address_ru": "г. Баку, Азербайджанская Республика",
}
# ...and the same in every language.
SITE = {
    "call_center_number": CALL_CENTER_NUMBER,
    "email": "info@qapi.example",
    "map_url": "https://www.openstreetmap.org/search?query=Bin%C9%99q%C9%99di%20%C5%9Fossesi%20202%2C%20Bak%C4%B1",
    "facebook_url": "https://www.facebook.com/qapi.example",
    "youtube_url": "https://www.youtube.com/@qapi.example",
}
# The page that shows the contact details, by its key in ctx.pages.
CONTACT_PAGE = "contacts"

SITE_MAP = {
    "title": T(az="Saytın xəritəsi", en="Site map", ru="Карта сайта"),
    "intro": T(
        az="Saytın bütün bölmələri və səhifələri bir yerdə.",
        en="Every section and page of the site in one place.",
        ru="Все разделы и страницы сайта в одном месте.",
    ),
}

# Pages by the keys their apps' demo steps give them (ctx.pages).
# Steps of modules (root-level apps) whose pages the menus link when the module is installed.
OPTIONAL_STEPS = ("events", "journal", "outreach")

MENU = {
    "header": ["about", "services", "eservices", "news", "events", "journal", "statistics", "contacts"],
    "footer": ["legal", "contacts", "departments", "leaflets", "accessibility", "privacy", "sitemap"],
}
