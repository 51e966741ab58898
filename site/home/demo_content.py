"""The home page's demo texts in az, en and ru (the step is in home/demo.py)."""

from core.demo import T
from core.demo_content import NINE_MONTHS

HOME = {
    "title": T(az="Dövlət Miqrasiya Xidməti", en="State Migration Service", ru="Государственная миграционная служба"),
    "slug": "ana-sehife",
    "intro": T(
        az="<p>Əcnəbilər, vətəndaşlığı olmayan şəxslər və vətəndaşlar üçün miqrasiya xidmətləri bir yerdə: "
        "yaşamaq üçün icazələr, iş icazələri, vətəndaşlıq məsələləri və elektron müraciətlər.</p>",
        en="<p>Migration services for foreigners, stateless persons and citizens in one place: "
        "residence permits, work permits, citizenship matters and applications online.</p>",
        ru="<p>Миграционные услуги для иностранцев, лиц без гражданства и граждан в одном месте: "
        "разрешения на проживание, разрешения на работу, вопросы гражданства и электронные заявления.</p>",
    ),
    "search_description": T(
        az="Dövlət Miqrasiya Xidmətinin rəsmi məlumat portalı: xidmətlər, xəbərlər, statistika.",
        en="The State Migration Service's official information portal: services, news, statistics.",
        ru="Официальный информационный портал Государственной миграционной службы: услуги, новости, статистика.",
    ),
    "key_statistics": [("statistics", NINE_MONTHS)],
}

# The service cards, by the keys other apps' demo steps give their pages; each card
# shows that page's own title and introduction.
SERVICE_PAGES = ["services", "legal", "statistics", "contacts"]
