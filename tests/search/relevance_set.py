"""Relevance test set: queries as readers type them, and the demo pages they must find.

Pages are named by their Azerbaijani slug in the demo content (seed_demo). Each query
has the pages that must be in the top five (recall@5) and, optionally, pages that
answer it as well (an e-service, a regional department, an Open Door Day event added by
the modules): those count as a relevant first answer for MRR, never for recall.

When the events, journal and outreach modules brought pages that answer a query better
than the news or standard page judged before (the work-permit e-service for "is
icazesi", the registration e-service for "qeydiyyat", the departments' list for
"regional idareler"), the judgment was changed to that page; docs/search.md lists
the changes.
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
# Pages of the modules (events, journal, outreach).
ODD_EVENTS = ["lenkeranda-aciq-qapi-gunu", "gencede-aciq-qapi-gunu", "sumqayitda-aciq-qapi-gunu"]
SUMQAYIT_OFFICE = "sumqayit-regional-miqrasiya-idaresi"
SUMQAYIT_EVENT = "sumqayitda-aciq-qapi-gunu"
DEPARTMENTS = "regional-miqrasiya-idareleri"
LEAFLET_INDEX = "serhedde-melumat-vereqeleri"
ESERVICE_INDEX = "elektron-xidmetler"
WORK_PERMIT = "is-icazesi"
WORK_PERMIT_EXTENSION = "is-icazesinin-uzadilmasi"
TEMPORARY_RESIDENCE = "muveqqeti-yasamaq-ucun-icaze"
TEMPORARY_RESIDENCE_EXTENSION = "muveqqeti-yasamaq-ucun-icazenin-uzadilmasi"
PERMANENT_RESIDENCE = "daimi-yasamaq-ucun-icaze"
REGISTRATION = "oldugu-yer-uzre-qeydiyyat"
REGISTRATION_EVENT = "sekide-maariflendirme-yasayis-yeri-uzre-qeydiyyat"
LABOUR_EVENT = "emek-miqrasiyasi-is-icazesi-nece-alinir"
JOURNAL_INDEX = "miqrasiya"
JOURNAL_LABOUR = "emek-miqrasiyasinin-tenzimlenmesi-is-icazesi-ve-kvotalar"
JOURNAL_REGISTRATION = "ecnebilerin-oldugu-yer-uzre-qeydiyyati-praktik-meseleler"
JOURNAL_RESIDENCE = "muveqqeti-yasamaq-ucun-icazenin-verilmesi-qaydasi"
JOURNAL_VISAS = "elektron-xidmetler-ve-asan-viza-sistemi"
JOURNAL_POLICY = "dovlet-miqrasiya-siyasetinin-konsepsiyasi-esas-prinsipler"
PERMITS = [WORK_PERMIT, WORK_PERMIT_EXTENSION, TEMPORARY_RESIDENCE, TEMPORARY_RESIDENCE_EXTENSION, PERMANENT_RESIDENCE]

QUERIES = [
    # Azerbaijani, with and without Azerbaijani letters, any case.
    ("az", "aciq qapi", [ODD], ODD_EVENTS),
    ("az", "Açıq qapı günü", [ODD], ODD_EVENTS),
    ("az", "SUMQAYIT", [ODD], [SUMQAYIT_OFFICE, SUMQAYIT_EVENT]),
    ("az", "immiqrasiya", [LABOUR]),
    ("az", "İMMİQRASİYA", [LABOUR]),
    ("az", "IMMIQRASIYA", [LABOUR]),
    ("az", "cagri merkezi", [CALLS, CONTACTS]),
    ("az", "Çağrı Mərkəzi", [CALLS, CONTACTS]),
    ("az", "elektron xidmetler", [ESERVICES], [ESERVICE_INDEX]),
    ("az", "vereqe", [LEAFLETS], [LEAFLET_INDEX]),
    ("az", "miqrasiya jurnali", [JOURNAL], [JOURNAL_INDEX]),
    ("az", "viza meqsedi", [VISA, LEGAL], [LEAFLET_INDEX, JOURNAL_VISAS]),
    ("az", "regional idareler", [DEPARTMENTS, BUILDINGS], [CORNERS]),
    ("az", "ictimai sura", [COUNCIL]),
    ("az", "is icazesi", [WORK_PERMIT, LABOUR], [SERVICES, WORK_PERMIT_EXTENSION, JOURNAL_LABOUR, LABOUR_EVENT]),
    ("az", "qeydiyyat", [REGISTRATION], [SERVICES, FIGURES, JOURNAL_REGISTRATION, REGISTRATION_EVENT]),
    # English, inflected forms.
    ("en", "permits", [LABOUR], [*PERMITS, JOURNAL_LABOUR, JOURNAL_RESIDENCE]),
    ("en", "open door day", [ODD], ODD_EVENTS),
    ("en", "Sumgayit", [ODD], [SUMQAYIT_OFFICE, SUMQAYIT_EVENT]),
    ("en", "calls", [CALLS]),
    ("en", "leaflet checkpoints", [LEAFLETS], [LEAFLET_INDEX]),
    ("en", "e-services portal", [ESERVICES], [ESERVICE_INDEX]),
    ("en", "visa purposes", [VISA, LEGAL], [LEAFLET_INDEX, JOURNAL_VISAS]),
    ("en", "journal issue", [JOURNAL], [JOURNAL_INDEX]),
    ("en", "awareness events regions", [AWARENESS]),
    ("en", "information system", [UMIS]),
    ("en", "website renewed", [WEBSITE]),
    (
        "en",
        "residence permits",
        [TEMPORARY_RESIDENCE, PERMANENT_RESIDENCE],
        [SERVICES, ABOUT, TEMPORARY_RESIDENCE_EXTENSION, JOURNAL_RESIDENCE],
    ),
    # Russian, inflected forms.
    ("ru", "мигрантов", [LABOUR], [JOURNAL_POLICY]),
    ("ru", "день открытых дверей", [ODD], ODD_EVENTS),
    ("ru", "Сумгаит", [ODD], [SUMQAYIT_OFFICE, SUMQAYIT_EVENT]),
    ("ru", "колл-центр", [CALLS, CONTACTS]),
    ("ru", "листовки", [LEAFLETS], [LEAFLET_INDEX]),
    ("ru", "журнал миграция", [JOURNAL], [JOURNAL_INDEX]),
    (
        "ru",
        "разрешение на работу",
        [LABOUR, WORK_PERMIT],
        [SERVICES, WORK_PERMIT_EXTENSION, JOURNAL_LABOUR, LABOUR_EVENT],
    ),
    ("ru", "электронных услуг", [ESERVICES], [ESERVICE_INDEX, JOURNAL_VISAS]),
    ("ru", "статистика", [STATISTICS, FIGURES]),
    ("ru", "визы", [VISA, LEGAL], [LEAFLET_INDEX, JOURNAL_VISAS]),
]
