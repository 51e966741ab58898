"""The standard pages' demo texts in az, en and ru (the step is in standard/demo.py).

Each page's body is data: a list of StreamField blocks whose texts are ``T``/``P``
values; ``Ref("...")`` marks what the step supplies (the visa document, another page).
"""

from core.demo import P, Ref, T
from core.demo_content import CALL_CENTER_HOURS, NINE_MONTHS, VIOLATIONS

# Article 24.5 of the Migration Code; the legal page's table and the PDF list them.
VISA_PURPOSES = T(
    az=["işgüzar", "elmi", "təhsil", "əmək", "turizm", "mədəniyyət", "idman", "humanitar", "müalicə", "şəxsi"],
    en=[
        "business",
        "science",
        "education",
        "employment",
        "tourism",
        "culture",
        "sports",
        "humanitarian",
        "treatment",
        "personal travel",
    ],
    # Adjectives, as the Code words them ("цель": деловая, туристическая…).
    ru=[
        "деловая",
        "научная",
        "учебная",
        "трудовая",
        "туристическая",
        "культурная",
        "спортивная",
        "гуманитарная",
        "лечебная",
        "частная",
    ],
)
VISA_TABLE_HEAD = T(az=["№", "Məqsəd"], en=["No.", "Purpose"], ru=["№", "Цель"])

# The legal page's PDF, one file per language (standard/demo_documents.py writes it):
# each language's body links the file in its own language.
DOCUMENT = {
    "title": T(
        az="Miqrasiya Məcəlləsi: adi vizaların məqsədləri",
        en="Migration Code: purposes of ordinary visas",
        ru="Миграционный кодекс: цели обычных виз",
    ),
    "filename": T(az="viza-meqsedleri-az.pdf", en="visa-purposes-en.pdf", ru="celi-viz-ru.pdf"),
    "subtitle": T(
        az="24.5-ci maddənin qısa xülasəsi",
        en="A short summary of Article 24.5",
        ru="Краткое изложение статьи 24.5",
    ),
    "intro": T(
        az="Miqrasiya Məcəlləsinin 24.5-ci maddəsinə əsasən, adi giriş vizaları Azərbaycan Respublikasına aşağıdakı "
        "məqsədlərlə gələn əcnəbilərə və vətəndaşlığı olmayan şəxslərə verilir:",
        en="Under Article 24.5 of the Migration Code, ordinary entry visas are issued to foreigners and stateless "
        "persons who come to the Republic of Azerbaijan for one of these purposes:",
        ru="Согласно статье 24.5 Миграционного кодекса, обычные въездные визы выдаются иностранцам и лицам без "
        "гражданства, которые прибывают в Азербайджанскую Республику со следующими целями:",
    ),
    "rules": T(
        az="Əcnəbilər ölkədə vizada göstərilən müddətə və məqsədə uyğun qala bilərlər (maddə 24.7) və bəyan "
        "etdikləri gəliş məqsədinə əməl etməlidirlər (maddə 76.3).",
        en="Foreigners may stay for the period and purpose shown on the visa (Article 24.7) and must keep to the "
        "purpose of arrival they declared (Article 76.3).",
        ru="Иностранцы могут находиться в стране в течение срока и с целью, указанными в визе (статья 24.7), и "
        "обязаны соблюдать заявленную цель приезда (статья 76.3).",
    ),
    "note": T(
        az="Bu, qısa xülasədir; hüquqi qüvvəyə Miqrasiya Məcəlləsinin mətni malikdir.",
        en="This is a summary; the text of the Migration Code itself is what has legal force.",
        ru="Это краткое изложение; юридическую силу имеет текст Миграционного кодекса.",
    ),
    "footer": T(
        az="Dövlət Miqrasiya Xidməti, Çağrı Mərkəzi (012) 919",
        en="State Migration Service, Call Center (012) 919",
        ru="Государственная миграционная служба, колл-центр (012) 919",
    ),
}

SERVICES_FAQ = {
    "heading": T(az="Tez-tez verilən suallar", en="Frequently asked questions", ru="Частые вопросы"),
    "items": [
        {
            "question": T(
                az="Yaşadığı yer üzrə qeydiyyat",
                en="Registration upon place of stay",
                ru="Регистрация по месту пребывания",
            ),
            "answer": P(
                az="Ölkəyə gələn əcnəbilər və vətəndaşlığı olmayan şəxslər qaldıqları ünvan üzrə qeydiyyata alınır. "
                "Müraciəti elektron qaydada da vermək olar.",
                en="Foreigners and stateless persons who arrive in the country are registered at the address where "
                "they stay. The application can also be made online.",
                ru="Прибывающие в страну иностранцы и лица без гражданства регистрируются по адресу пребывания. "
                "Заявление можно подать и в электронном виде.",
            ),
        },
        {
            "question": T(
                az="Müvəqqəti qalma müddətinin uzadılması",
                en="Extending a temporary stay",
                ru="Продление срока временного пребывания",
            ),
            "answer": P(
                az="Qalma müddəti bitməzdən əvvəl uzadılması üçün müraciət edin; əsaslar və sənədlər siyahısı "
                "Xidmətin regional idarələrində də təqdim olunur.",
                en="Apply before your permitted stay ends; the grounds and the list of documents are also available "
                "at the regional migration departments.",
                ru="Подайте заявление до окончания разрешённого срока; основания и перечень документов можно "
                "узнать и в региональных управлениях.",
            ),
        },
        {
            "question": T(
                az="Müvəqqəti və daimi yaşama icazələri",
                en="Temporary and permanent residence permits",
                ru="Разрешения на временное и постоянное проживание",
            ),
            "answer": P(
                az="İcazələrin verilməsi və uzadılması “bir pəncərə” prinsipi ilə həyata keçirilir.",
                en="Permits are issued and extended on the one-stop-shop principle.",
                ru="Разрешения выдаются и продлеваются по принципу «одного окна».",
            ),
        },
        {
            "question": T(az="İş icazəsi", en="Work permits", ru="Разрешения на работу"),
            "answer": P(
                az="İşəgötürənlər əcnəbini ödənişli əmək fəaliyyətinə cəlb etmək üçün iş icazəsi alır və onu uzadır.",
                en="Employers obtain and extend work permits to engage a foreigner in paid work.",
                ru="Работодатели получают и продлевают разрешения на работу для привлечения иностранца к "
                "оплачиваемой трудовой деятельности.",
            ),
        },
        {
            "question": T(
                az="Vətəndaşlıq və qaçqın statusu",
                en="Citizenship and refugee status",
                ru="Гражданство и статус беженца",
            ),
            "answer": P(
                az="Vətəndaşlığa qəbul, ondan çıxma, bərpa, vətəndaşlığın müəyyənləşdirilməsi və qaçqın statusunun "
                "müəyyən edilməsi üzrə müraciətlər qanunvericiliyə uyğun araşdırılır.",
                en="Applications for admission to, renunciation and restoration of citizenship, for establishing "
                "citizenship and for refugee status are examined under the law.",
                ru="Заявления о приёме в гражданство, выходе из него, восстановлении и определении гражданства, "
                "а также о статусе беженца рассматриваются в соответствии с законом.",
            ),
        },
    ],
}

# In menu order; "key" is how other apps' steps find the page (ctx.pages[key]).
PAGES = [
    {
        "key": "about",
        "title": T(az="Xidmət haqqında", en="About the Service", ru="О Службе"),
        "intro": T(
            az="Dövlət Miqrasiya Xidməti miqrasiya proseslərinin tənzimlənməsi və idarə olunması sahəsində "
            "vahid dövlət orqanıdır.",
            en="The State Migration Service is the single state body that regulates and manages migration.",
            ru="Государственная миграционная служба — единый государственный орган в сфере регулирования и "
            "управления миграционными процессами.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Xidmət “bir pəncərə” prinsipi ilə işləyir: qeydiyyat, qalma müddətinin uzadılması, yaşama və "
                    "iş icazələri, vətəndaşlıq və qaçqın statusu məsələləri bir yerdə həll olunur.",
                    en="The Service works on the one-stop-shop principle: registration, extension of stay, residence "
                    "and work permits, citizenship and refugee status are handled in one place.",
                    ru="Служба работает по принципу «одного окна»: регистрация, продление пребывания, разрешения на "
                    "проживание и работу, вопросы гражданства и статуса беженца решаются в одном месте.",
                ),
            ),
            (
                "paragraph",
                P(
                    az="Mərkəzi aparatdan əlavə, Naxçıvan Muxtar Respublikasının Dövlət Miqrasiya Xidməti və 8 "
                    "regional miqrasiya idarəsi müasir inzibati binalarda fəaliyyət göstərir.",
                    en="Besides the headquarters, the State Migration Service of the Nakhchivan Autonomous Republic "
                    "and 8 regional migration departments work from modern administrative buildings.",
                    ru="Помимо центрального аппарата, в современных административных зданиях работают "
                    "Государственная миграционная служба Нахчыванской Автономной Республики и 8 региональных "
                    "миграционных управлений.",
                ),
            ),
        ],
    },
    {
        "key": "services",
        "title": T(az="Xidmətlər", en="Services", ru="Услуги"),
        "intro": T(
            az="Əcnəbilər, vətəndaşlığı olmayan şəxslər, vətəndaşlar və işəgötürənlər üçün xidmətlər.",
            en="Services for foreigners, stateless persons, citizens and employers.",
            ru="Услуги для иностранцев, лиц без гражданства, граждан и работодателей.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Xidmətin 11 elektron xidməti elektron hökumət portalına qoşulub: müraciətləri onlayn vermək "
                    "olar.",
                    en="Eleven of the Service's e-services are connected to the e-government portal, so applications "
                    "can be made online.",
                    ru="Одиннадцать электронных услуг Службы подключены к порталу электронного правительства: "
                    "заявления можно подавать онлайн.",
                ),
            ),
            ("accordion", SERVICES_FAQ),
        ],
    },
    {
        "key": "statistics",
        "title": T(az="Statistika", en="Statistics", ru="Статистика"),
        "intro": T(
            az="Xidmətin fəaliyyətinə dair əsas göstəricilər.",
            en="Key figures on the Service's work.",
            ru="Основные показатели работы Службы.",
        ),
        "body": [("statistics", NINE_MONTHS), ("statistics", VIOLATIONS)],
    },
    {
        "key": "legal",
        "title": T(az="Hüquqi məlumat", en="Legal information", ru="Правовая информация"),
        "intro": T(
            az="Miqrasiya Məcəlləsinin əcnəbilərin gəliş məqsədinə dair müddəaları.",
            en="What the Migration Code says about the purpose of a foreigner's visit.",
            ru="Положения Миграционного кодекса о цели приезда иностранцев.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Miqrasiya Məcəlləsinin 24.7-ci maddəsinə əsasən, əcnəbilər ölkədə vizada göstərilən müddətə "
                    "və məqsədə uyğun qala bilərlər; 76.3-cü maddə isə bəyan edilmiş gəliş məqsədinə əməl etməyi "
                    "tələb edir.",
                    en="Under Article 24.7 of the Migration Code, foreigners may stay for the period and purpose "
                    "shown on the visa; Article 76.3 requires them to keep to the purpose of arrival they declared.",
                    ru="Согласно статье 24.7 Миграционного кодекса, иностранцы могут находиться в стране в течение "
                    "срока и с целью, указанными в визе; статья 76.3 обязывает соблюдать заявленную цель приезда.",
                ),
            ),
            (
                "table",
                {
                    "data": {
                        lang: [VISA_TABLE_HEAD[lang], *([str(i), purpose] for i, purpose in enumerate(purposes, 1))]
                        for lang, purposes in VISA_PURPOSES.items()
                    },
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": T(
                        az="Adi vizaların məqsədləri (maddə 24.5)",
                        en="Purposes of ordinary visas (Article 24.5)",
                        ru="Цели обычных виз (статья 24.5)",
                    ),
                },
            ),
            (
                "document",
                {
                    # Each language's file; the link says which language it is in.
                    "document": T(
                        az=Ref("visa-purposes-document-az"),
                        en=Ref("visa-purposes-document-en"),
                        ru=Ref("visa-purposes-document-ru"),
                    ),
                    "language": T(az="az", en="en", ru="ru"),
                    "label": T(
                        az="Viza məqsədləri: qısa xülasə",
                        en="Visa purposes: a short summary",
                        ru="Цели виз: краткое изложение",
                    ),
                },
            ),
        ],
    },
    {
        "key": "contacts",
        "title": T(az="Əlaqə", en="Contacts", ru="Контакты"),
        "intro": T(
            az="Call Mərkəzi (012) 919 nömrəsi ilə üç dildə işləyir.",
            en="The Call Center answers on (012) 919 in three languages.",
            ru="Колл-центр отвечает по номеру (012) 919 на трёх языках.",
        ),
        "body": [
            (
                "paragraph",
                P(
                    az="Müraciətləri Bakıdakı mərkəzi aparatda, Naxçıvanda və 8 regional miqrasiya idarəsində qəbul "
                    "edirik.",
                    en="We receive applications at the headquarters in Baku, in Nakhchivan and at 8 regional "
                    "migration departments.",
                    ru="Заявления принимаются в центральном аппарате в Баку, в Нахчыване и в 8 региональных "
                    "миграционных управлениях.",
                ),
            ),
            (
                "call_to_action",
                {
                    "title": T(az="Zəng edin", en="Call us", ru="Позвоните нам"),
                    "text": CALL_CENTER_HOURS,
                    "button_label": T(az="Xidmətlərə bax", en="See the services", ru="Смотреть услуги"),
                    "link": {"page": Ref("services"), "url": ""},
                },
            ),
        ],
    },
]
