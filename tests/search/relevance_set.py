"""Relevance test set: queries as readers type them, and the demo pages they must find.

Pages are named by their Azerbaijani slug in the demo content (seed_demo).
"""

ODD = "sumqayitda-aciq-qapi-gunu-kecirildi"
FIGURES = "2017-ci-ilin-9-ayinin-miqrasiya-gostericileri"
CALLS = "cagri-merkezi-yenilenib-9-ayda-79-614-zeng"
ESERVICES = "11-elektron-xidmet-elektron-hokumet-portalinda"
LEAFLETS = "serhed-buraxilis-menteqelerinde-uc-dilde-melumat-vereqeleri"
JOURNAL = "miqrasiya-jurnalinin-yeni-sayi-cixib"
AWARENESS = "regionlarda-52-maariflendirme-tedbiri-ve-seyyar-xidmet"
VISA = "gelis-meqsedi-vizadaki-meqsede-uygun-olmalidir"
BUILDINGS = "8-regional-miqrasiya-idaresi-yeni-binalarda"
CORNERS = "her-regional-idarede-huquqi-maariflendirme-gusesi"
UMIS = "vahid-miqrasiya-melumat-sistemi-diger-dovlet-sistemlerine-inteqrasiya-olunub"
COUNCIL = "ictimai-sura-aciq-hokumet-prinsiplerini-muzakire-etdi"
WEBSITE = "xidmetin-resmi-sayti-tamamile-yenilenib"
LABOUR = "emek-immiqrasiyasi-is-icazesi-nece-alinir"
SERVICES = "xidmetler"
STATISTICS = "statistika"
LEGAL = "huquqi-melumat"
CONTACTS = "elaqe"
ABOUT = "xidmet-haqqinda"

QUERIES = [
    # Azerbaijani, with and without Azerbaijani letters, any case.
    ("az", "aciq qapi", [ODD]),
    ("az", "Açıq qapı günü", [ODD]),
    ("az", "SUMQAYIT", [ODD]),
    ("az", "immiqrasiya", [LABOUR]),
    ("az", "İMMİQRASİYA", [LABOUR]),
    ("az", "IMMIQRASIYA", [LABOUR]),
    ("az", "cagri merkezi", [CALLS, CONTACTS]),
    ("az", "Çağrı Mərkəzi", [CALLS, CONTACTS]),
    ("az", "elektron xidmetler", [ESERVICES]),
    ("az", "vereqe", [LEAFLETS]),
    ("az", "miqrasiya jurnali", [JOURNAL]),
    ("az", "viza meqsedi", [VISA, LEGAL]),
    ("az", "regional idareler", [BUILDINGS, CORNERS]),
    ("az", "ictimai sura", [COUNCIL]),
    ("az", "is icazesi", [LABOUR, SERVICES]),
    ("az", "qeydiyyat", [SERVICES, FIGURES]),
    # English, inflected forms.
    ("en", "permits", [LABOUR]),
    ("en", "open door day", [ODD]),
    ("en", "Sumgayit", [ODD]),
    ("en", "calls", [CALLS]),
    ("en", "leaflet checkpoints", [LEAFLETS]),
    ("en", "e-services portal", [ESERVICES]),
    ("en", "visa purposes", [VISA, LEGAL]),
    ("en", "journal issue", [JOURNAL]),
    ("en", "awareness events regions", [AWARENESS]),
    ("en", "information system", [UMIS]),
    ("en", "website renewed", [WEBSITE]),
    ("en", "residence permits", [SERVICES, ABOUT]),
    # Russian, inflected forms.
    ("ru", "мигрантов", [LABOUR]),
    ("ru", "день открытых дверей", [ODD]),
    ("ru", "Сумгаит", [ODD]),
    ("ru", "колл-центр", [CALLS, CONTACTS]),
    ("ru", "листовки", [LEAFLETS]),
    ("ru", "журнал миграция", [JOURNAL]),
    ("ru", "разрешение на работу", [LABOUR, SERVICES]),
    ("ru", "электронных услуг", [ESERVICES]),
    ("ru", "статистика", [STATISTICS, FIGURES]),
    ("ru", "визы", [VISA, LEGAL]),
]
