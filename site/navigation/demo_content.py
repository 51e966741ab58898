"""The site settings and menus of the demo site (the step is in navigation/demo.py)."""

from core.demo import T
from core.demo_content import CALL_CENTER_HOURS, CALL_CENTER_NUMBER

# SiteSettings fields translated per language...
SITE_TEXTS = {
    "agency_name": T(
        az="Dövlət Miqrasiya Xidməti",
        en="State Migration Service",
        ru="Государственная миграционная служба",
    ),
    "call_center_hours": CALL_CENTER_HOURS,
    "address": T(
        az="Bakı şəhəri, Azərbaycan Respublikası",
        en="Baku, Republic of Azerbaijan",
        ru="г. Баку, Азербайджанская Республика",
    ),
}
# ...and the same in every language.
SITE = {
    "call_center_number": CALL_CENTER_NUMBER,
    "email": "info@qapi.example",
    "facebook_url": "https://www.facebook.com/qapi.example",
    "youtube_url": "https://www.youtube.com/@qapi.example",
}

# Pages by the keys their apps' demo steps give them (ctx.pages).
MENU = {
    "header": ["about", "services", "news", "statistics", "contacts"],
    "footer": ["legal", "contacts"],
}
