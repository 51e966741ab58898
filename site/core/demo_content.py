"""Demo content for ``manage.py seed_demo``: written for Qapı in az, en and ru.

Facts and figures come from the State Migration Service's public report on the
Open Door Day held in Sumgayit on 25 October 2017 (see shared/seed/); the sentences
are our own.
"""

import datetime

T = dict  # a text in the three languages: T(az=..., en=..., ru=...)

SITE = {
    "agency_name": T(
        az="Dövlət Miqrasiya Xidməti",
        en="State Migration Service",
        ru="Государственная миграционная служба",
    ),
    "call_center_number": "(012) 919",
    "call_center_hours": T(
        az="Azərbaycan, ingilis və rus dillərində; iş günləri 09:00–18:00",
        en="In Azerbaijani, English and Russian; weekdays 09:00–18:00",
        ru="На азербайджанском, английском и русском; по будням 09:00–18:00",
    ),
    "address": T(
        az="Bakı şəhəri, Azərbaycan Respublikası",
        en="Baku, Republic of Azerbaijan",
        ru="г. Баку, Азербайджанская Республика",
    ),
    "email": "info@qapi.example",
    "facebook_url": "https://www.facebook.com/qapi.example",
    "youtube_url": "https://www.youtube.com/@qapi.example",
}

HOME = {
    "title": T(az="Dövlət Miqrasiya Xidməti", en="State Migration Service", ru="Государственная миграционная служба"),
    "slug": "ana-sehife",
    "intro": T(
        az="<p>Əcnəbilər, vətəndaşlığı olmayan şəxslər və vətəndaşlar üçün miqrasiya xidmətləri bir yerdə: "
        "yaşayış icazələri, iş icazələri, vətəndaşlıq məsələləri və elektron müraciətlər.</p>",
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
}

# Nine months of 2017, as reported at the Open Door Day.
NINE_MONTH_FIGURES = [
    (
        T(
            az="Yaşadığı yer üzrə qeydiyyata alınma",
            en="Registrations upon place of stay",
            ru="Регистрации по месту пребывания",
        ),
        633827,
    ),
    (T(az="Call Mərkəzinə daxil olan zənglər", en="Calls to the Call Center", ru="Звонки в Колл-центр"), 79614),
    (
        T(
            az="Əcnəbilərdən və vətəndaşlığı olmayan şəxslərdən müraciətlər",
            en="Applications from foreigners and stateless persons",
            ru="Заявления иностранцев и лиц без гражданства",
        ),
        66828,
    ),
    (T(az="Qanun pozuntuları üzrə qərarlar", en="Decisions on violations", ru="Решения о нарушениях"), 17076),
]

VIOLATION_FIGURES = [
    (T(az="Ölkədən çıxarılmadan cərimə", en="Fines without expulsion", ru="Штрафы без выдворения"), 9122),
    (T(az="Ölkədən çıxarılmaqla cərimə", en="Fines with expulsion", ru="Штрафы с выдворением"), 5052),
    (T(az="Yaşamanın leqallaşdırılması", en="Legalisation of residence", ru="Легализация проживания"), 1930),
    (
        T(
            az="Ölkəyə girişin məhdudlaşdırılması (maddə 16.1.8)",
            en="Entry restrictions (Article 16.1.8)",
            ru="Ограничения въезда (статья 16.1.8)",
        ),
        785,
    ),
    (
        T(
            az="Yaşama icazəsi sənədinin dəyişdirilməsi",
            en="Residence document replacements",
            ru="Замена документов на проживание",
        ),
        187,
    ),
]

NINE_MONTHS_HEADING = T(az="Doqquz ayın göstəriciləri", en="Nine months in figures", ru="Девять месяцев в цифрах")
VIOLATIONS_HEADING = T(
    az="Pozuntular üzrə 17 076 qərar", en="17,076 decisions on violations", ru="17 076 решений о нарушениях"
)
PERIOD = T(az="2017-ci ilin 9 ayı", en="January–September 2017", ru="9 месяцев 2017 года")
SOURCE = T(az="Dövlət Miqrasiya Xidməti", en="State Migration Service", ru="Государственная миграционная служба")

SERVICES_FAQ = [
    (
        T(az="Yaşadığı yer üzrə qeydiyyat", en="Registration upon place of stay", ru="Регистрация по месту пребывания"),
        T(
            az="Ölkəyə gələn əcnəbilər və vətəndaşlığı olmayan şəxslər qaldıqları ünvan üzrə qeydiyyata alınır. "
            "Müraciəti elektron qaydada da vermək olar.",
            en="Foreigners and stateless persons who arrive in the country are registered at the address where "
            "they stay. The application can also be made online.",
            ru="Прибывающие в страну иностранцы и лица без гражданства регистрируются по адресу пребывания. "
            "Заявление можно подать и в электронном виде.",
        ),
    ),
    (
        T(
            az="Müvəqqəti qalma müddətinin uzadılması",
            en="Extending a temporary stay",
            ru="Продление срока временного пребывания",
        ),
        T(
            az="Qalma müddəti bitməzdən əvvəl uzadılması üçün müraciət edin; əsaslar və sənədlər siyahısı "
            "Xidmətin regional idarələrində də təqdim olunur.",
            en="Apply before your permitted stay ends; the grounds and the list of documents are also available "
            "at the regional migration departments.",
            ru="Подайте заявление до окончания разрешённого срока; основания и перечень документов можно "
            "узнать и в региональных управлениях.",
        ),
    ),
    (
        T(
            az="Müvəqqəti və daimi yaşama icazələri",
            en="Temporary and permanent residence permits",
            ru="Разрешения на временное и постоянное проживание",
        ),
        T(
            az="İcazələrin verilməsi və uzadılması “bir pəncərə” prinsipi ilə həyata keçirilir.",
            en="Permits are issued and extended on the one-stop-shop principle.",
            ru="Разрешения выдаются и продлеваются по принципу «одного окна».",
        ),
    ),
    (
        T(az="İş icazəsi", en="Work permits", ru="Разрешения на работу"),
        T(
            az="İşəgötürənlər əcnəbini ödənişli əmək fəaliyyətinə cəlb etmək üçün iş icazəsi alır və onu uzadır.",
            en="Employers obtain and extend work permits to engage a foreigner in paid work.",
            ru="Работодатели получают и продлевают разрешения на работу для привлечения иностранца к "
            "оплачиваемой трудовой деятельности.",
        ),
    ),
    (
        T(az="Vətəndaşlıq və qaçqın statusu", en="Citizenship and refugee status", ru="Гражданство и статус беженца"),
        T(
            az="Vətəndaşlığa qəbul, ondan çıxma, bərpa, vətəndaşlığın müəyyənləşdirilməsi və qaçqın statusunun "
            "müəyyən edilməsi üzrə müraciətlər qanunvericiliyə uyğun araşdırılır.",
            en="Applications for admission to, renunciation and restoration of citizenship, for establishing "
            "citizenship and for refugee status are examined under the law.",
            ru="Заявления о приёме в гражданство, выходе из него, восстановлении и определении гражданства, "
            "а также о статусе беженца рассматриваются в соответствии с законом.",
        ),
    ),
]

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
    ru=[
        "деловая",
        "научная",
        "учебная",
        "трудовая",
        "туризм",
        "культура",
        "спорт",
        "гуманитарная",
        "лечение",
        "частная поездка",
    ],
)

STANDARD_PAGES = [
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
        "paragraphs": T(
            az=[
                "Xidmət “bir pəncərə” prinsipi ilə işləyir: qeydiyyat, qalma müddətinin uzadılması, yaşama və iş "
                "icazələri, vətəndaşlıq və qaçqın statusu məsələləri bir yerdə həll olunur.",
                "Mərkəzi aparatdan əlavə, Naxçıvan Muxtar Respublikasının Dövlət Miqrasiya Xidməti və 8 regional "
                "miqrasiya idarəsi müasir inzibati binalarda fəaliyyət göstərir.",
            ],
            en=[
                "The Service works on the one-stop-shop principle: registration, extension of stay, residence "
                "and work permits, citizenship and refugee status are handled in one place.",
                "Besides the headquarters, the State Migration Service of the Nakhchivan Autonomous Republic and "
                "8 regional migration departments work from modern administrative buildings.",
            ],
            ru=[
                "Служба работает по принципу «одного окна»: регистрация, продление пребывания, разрешения на "
                "проживание и работу, вопросы гражданства и статуса беженца решаются в одном месте.",
                "Помимо центрального аппарата, в современных административных зданиях работают Государственная "
                "миграционная служба Нахчыванской Автономной Республики и 8 региональных миграционных управлений.",
            ],
        ),
    },
    {
        "key": "services",
        "title": T(az="Xidmətlər", en="Services", ru="Услуги"),
        "intro": T(
            az="Əcnəbilər, vətəndaşlığı olmayan şəxslər, vətəndaşlar və işəgötürənlər üçün xidmətlər.",
            en="Services for foreigners, stateless persons, citizens and employers.",
            ru="Услуги для иностранцев, лиц без гражданства, граждан и работодателей.",
        ),
        "paragraphs": T(
            az=["Xidmətin 11 elektron xidməti elektron hökumət portalına qoşulub: müraciətləri onlayn vermək olar."],
            en=[
                "Eleven of the Service's e-services are connected to the e-government portal, so applications "
                "can be made online."
            ],
            ru=[
                "Одиннадцать электронных услуг Службы подключены к порталу электронного правительства: "
                "заявления можно подавать онлайн."
            ],
        ),
        "faq": True,
    },
    {
        "key": "statistics",
        "title": T(az="Statistika", en="Statistics", ru="Статистика"),
        "intro": T(
            az="Xidmətin fəaliyyətinə dair əsas göstəricilər.",
            en="Key figures on the Service's work.",
            ru="Основные показатели работы Службы.",
        ),
        "paragraphs": T(az=[], en=[], ru=[]),
        "statistics": True,
        "violations": True,
    },
    {
        "key": "legal",
        "title": T(az="Hüquqi məlumat", en="Legal information", ru="Правовая информация"),
        "intro": T(
            az="Miqrasiya Məcəlləsinin əcnəbilərin gəliş məqsədinə dair müddəaları.",
            en="What the Migration Code says about the purpose of a foreigner's visit.",
            ru="Положения Миграционного кодекса о цели приезда иностранцев.",
        ),
        "paragraphs": T(
            az=[
                "Miqrasiya Məcəlləsinin 24.7-ci maddəsinə əsasən, əcnəbilər ölkədə vizada göstərilən müddətə və "
                "məqsədə uyğun qala bilərlər; 76.3-cü maddə isə bəyan edilmiş gəliş məqsədinə əməl etməyi tələb edir.",
            ],
            en=[
                "Under Article 24.7 of the Migration Code, foreigners may stay for the period and purpose shown "
                "on the visa; Article 76.3 requires them to keep to the purpose of arrival they declared.",
            ],
            ru=[
                "Согласно статье 24.7 Миграционного кодекса, иностранцы могут находиться в стране в течение "
                "срока и с целью, указанными в визе; статья 76.3 обязывает соблюдать заявленную цель приезда.",
            ],
        ),
        "visa_table": True,
        "document": True,
    },
    {
        "key": "contacts",
        "title": T(az="Əlaqə", en="Contacts", ru="Контакты"),
        "intro": T(
            az="Call Mərkəzi (012) 919 nömrəsi ilə üç dildə işləyir.",
            en="The Call Center answers on (012) 919 in three languages.",
            ru="Колл-центр отвечает по номеру (012) 919 на трёх языках.",
        ),
        "paragraphs": T(
            az=["Müraciətləri Bakıdakı mərkəzi aparatda, Naxçıvanda və 8 regional miqrasiya idarəsində qəbul edirik."],
            en=[
                "We receive applications at the headquarters in Baku, in Nakhchivan and at 8 regional migration "
                "departments."
            ],
            ru=[
                "Заявления принимаются в центральном аппарате в Баку, в Нахчыване и в 8 региональных "
                "миграционных управлениях."
            ],
        ),
        "cta": True,
    },
]

NEWS_INDEX = {
    "title": T(az="Xəbərlər", en="News", ru="Новости"),
    "intro": T(
        az="Xidmətin tədbirləri, yenilikləri və statistikası.",
        en="The Service's events, updates and figures.",
        ru="Мероприятия, новости и статистика Службы.",
    ),
}

TOPICS = {
    "open-door": T(az="Açıq qapı günü", en="Open Door Day", ru="День открытых дверей"),
    "statistics": T(az="Statistika", en="Statistics", ru="Статистика"),
    "e-services": T(az="Elektron xidmətlər", en="E-services", ru="Электронные услуги"),
    "awareness": T(az="Maarifləndirmə", en="Awareness", ru="Просвещение"),
    "legislation": T(az="Qanunvericilik", en="Legislation", ru="Законодательство"),
}

ARTICLES = [
    {
        "key": "open-door-day-sumgayit",
        "date": datetime.date(2017, 10, 25),
        "topics": ["open-door", "awareness", "e-services"],
        "title": T(
            az="Sumqayıtda “Açıq qapı günü” keçirildi",
            en="Open Door Day held in Sumgayit",
            ru="В Сумгаите прошёл «День открытых дверей»",
        ),
        "intro": T(
            az="Xidmət Sumqayıtdakı Heydər Əliyev Mərkəzində vətəndaşlar, əcnəbilər, dövlət qurumları, ictimai "
            "təşkilatlar, işəgötürənlər və media üçün açıq qapı günü təşkil etdi.",
            en="At the Heydar Aliyev Center in Sumgayit the Service opened its doors to citizens, foreigners, "
            "state bodies, public organizations, employers and the media.",
            ru="В Центре Гейдара Алиева в Сумгаите Служба провела день открытых дверей для граждан, иностранцев, "
            "госорганов, общественных организаций, работодателей и СМИ.",
        ),
        "paragraphs": T(
            az=[
                "25 oktyabrda keçirilən vətəndaş forumu “2016–2018-ci illər üçün Açıq Hökumətin təşviqinə dair "
                "Milli Fəaliyyət Planı”na uyğun təşkil olunub. Tədbirdə Xidmətin rəhbər şəxsləri və İctimai Şuranın "
                "üzvləri iştirak ediblər.",
                "İştirakçılara 11 elektron xidmətdən istifadə qaydaları izah olunub, sərhəd buraxılış məntəqələrində "
                "üç dildə paylanan məlumat vərəqələri və “Miqrasiya” jurnalı təqdim edilib.",
                "Tədbirin sonunda suallar cavablandırılıb və fikir mübadiləsi aparılıb.",
            ],
            en=[
                "The civil forum on 25 October followed the National Action Plan for Promotion of Open Government "
                "2016–2018. Senior officials of the Service and members of its Public Council took part.",
                "Visitors learned how to use the Service's 11 e-services and were shown the three-language leaflets "
                "handed out at border checkpoints and the “Migration” journal.",
                "The meeting closed with questions from the audience and an open discussion.",
            ],
            ru=[
                "Гражданский форум 25 октября прошёл в рамках Национального плана действий по содействию "
                "открытому правительству на 2016–2018 годы. В нём участвовали руководители Службы и члены её "
                "Общественного совета.",
                "Участникам рассказали, как пользоваться 11 электронными услугами, показали трёхъязычные листовки, "
                "которые раздают на пограничных пунктах, и журнал «Миграция».",
                "Встреча завершилась ответами на вопросы и обменом мнениями.",
            ],
        ),
        "quote": T(
            az="Məqsədimiz ictimaiyyəti Xidmətin fəaliyyəti və müasir xidmətləri ilə yaxından tanış etməkdir.",
            en="Our aim is to bring the public and the media closer to the Service's work and modern services.",
            ru="Наша цель — ближе познакомить общественность и СМИ с работой и современными услугами Службы.",
        ),
        "statistics": True,
    },
    {
        "key": "nine-month-figures-2017",
        "date": datetime.date(2017, 10, 26),
        "topics": ["statistics"],
        "title": T(
            az="2017-ci ilin 9 ayının miqrasiya göstəriciləri",
            en="Migration figures for the first nine months of 2017",
            ru="Миграционные показатели за 9 месяцев 2017 года",
        ),
        "intro": T(
            az="Doqquz ayda əcnəbilərdən və vətəndaşlığı olmayan şəxslərdən 66 828 müraciət daxil olub.",
            en="In nine months the Service received 66,828 applications from foreigners and stateless persons.",
            ru="За девять месяцев в Службу поступило 66 828 заявлений иностранцев и лиц без гражданства.",
        ),
        "paragraphs": T(
            az=[
                "Hər müraciət qanunvericiliyə uyğun araşdırılıb və müvafiq qərarlar qəbul edilib. "
                "Yaşadığı yer üzrə qeydiyyata alınma ilə bağlı 633 827 müraciət qeydə alınıb."
            ],
            en=[
                "Each application was examined under the law and decided. A further 633,827 registrations upon "
                "place of stay were recorded."
            ],
            ru=[
                "Каждое заявление рассмотрено в соответствии с законом, по нему принято решение. Кроме того, "
                "зарегистрировано 633 827 заявлений о регистрации по месту пребывания."
            ],
        ),
        "statistics": True,
        "violations": True,
    },
    {
        "key": "call-center-renewed",
        "date": datetime.date(2017, 10, 20),
        "topics": ["e-services"],
        "title": T(
            az="Call Mərkəzi yenilənib: 9 ayda 79 614 zəng",
            en="Call Center renewed: 79,614 calls in nine months",
            ru="Колл-центр обновлён: 79 614 звонков за девять месяцев",
        ),
        "intro": T(
            az="(012) 919 nömrəli Call Mərkəzi Azərbaycan, ingilis və rus dillərində cavab verir.",
            en="The Call Center on (012) 919 answers in Azerbaijani, English and Russian.",
            ru="Колл-центр (012) 919 отвечает на азербайджанском, английском и русском языках.",
        ),
        "paragraphs": T(
            az=[
                "Mərkəzin texniki imkanları artırılıb, iş qaydası Nazirlər Kabinetinin 2015-ci il 25 fevral tarixli "
                "50 nömrəli qərarı ilə təsdiq edilmiş qaydalara uyğunlaşdırılıb."
            ],
            en=[
                "Its technical capacity was increased and its work brought in line with the rules for state call "
                "centers approved by Cabinet of Ministers Decision No. 50 of 25 February 2015."
            ],
            ru=[
                "Технические возможности центра расширены, а работа приведена в соответствие с правилами, "
                "утверждёнными решением Кабинета министров № 50 от 25 февраля 2015 года."
            ],
        ),
    },
    {
        "key": "eleven-e-services",
        "date": datetime.date(2017, 9, 14),
        "topics": ["e-services"],
        "title": T(
            az="11 elektron xidmət elektron hökumət portalında",
            en="Eleven e-services on the e-government portal",
            ru="Одиннадцать электронных услуг на портале электронного правительства",
        ),
        "intro": T(
            az="Əcnəbilər və vətəndaşlığı olmayan şəxslər müraciətlərini artıq elektron qaydada verə bilərlər.",
            en="Foreigners and stateless persons can now send their applications electronically.",
            ru="Иностранцы и лица без гражданства теперь могут подавать заявления в электронном виде.",
        ),
        "paragraphs": T(
            az=[
                "Elektron xidmətlər növbəsiz, sürətli və şəffaf xidmət üçün yaradılıb; istifadə qaydaları "
                "regional idarələrin məlumat guşələrində də izah olunur."
            ],
            en=[
                "The e-services spare applicants the queue and make each step visible; the information corners of "
                "the regional departments explain how to use them."
            ],
            ru=[
                "Электронные услуги избавляют от очередей и делают каждый шаг прозрачным; как ими пользоваться, "
                "объясняют и в информационных уголках региональных управлений."
            ],
        ),
    },
    {
        "key": "checkpoint-leaflets",
        "date": datetime.date(2017, 8, 9),
        "topics": ["awareness"],
        "title": T(
            az="Sərhəd buraxılış məntəqələrində üç dildə məlumat vərəqələri",
            en="Three-language leaflets at border checkpoints",
            ru="Трёхъязычные листовки на пограничных пунктах",
        ),
        "intro": T(
            az="Ölkəyə gələn əcnəbilər elə məntəqədəcə Azərbaycan, rus və ingilis dillərində vərəqə alırlar.",
            en="Foreigners entering the country receive a leaflet in Azerbaijani, Russian or English at the checkpoint.",
            ru="Въезжающие иностранцы получают листовку на азербайджанском, русском или английском прямо на пункте.",
        ),
        "paragraphs": T(
            az=["Vərəqədə qeydiyyat qaydaları, qalma müddəti və Call Mərkəzinin nömrəsi göstərilir."],
            en=["It sets out the registration rules, the permitted length of stay and the Call Center number."],
            ru=["В ней изложены правила регистрации, разрешённый срок пребывания и номер Колл-центра."],
        ),
    },
    {
        "key": "migration-journal-issue",
        "date": datetime.date(2017, 7, 4),
        "topics": ["awareness"],
        "title": T(
            az="“Miqrasiya” jurnalının yeni sayı çıxıb",
            en="New issue of the “Migration” journal",
            ru="Вышел новый номер журнала «Миграция»",
        ),
        "intro": T(
            az="Jurnal Azərbaycan, ingilis və rus dillərində nəşr olunur.",
            en="The journal is published in Azerbaijani, English and Russian.",
            ru="Журнал издаётся на азербайджанском, английском и русском языках.",
        ),
        "paragraphs": T(
            az=[
                "Yeni sayda Azərbaycanın miqrasiya tarixi, miqrasiya siyasəti və prosedur qaydalarına dair "
                "məqalələr yer alıb."
            ],
            en=["This issue covers Azerbaijan's migration history, migration policy and procedural rules."],
            ru=["В номере — статьи об истории миграции в Азербайджане, миграционной политике и процедурных правилах."],
        ),
    },
    {
        "key": "regional-awareness-events",
        "date": datetime.date(2017, 10, 4),
        "topics": ["awareness"],
        "title": T(
            az="Regionlarda 52 maarifləndirmə tədbiri və səyyar xidmət",
            en="52 awareness events and mobile services in the regions",
            ru="52 просветительских мероприятия и выездные услуги в регионах",
        ),
        "intro": T(
            az="Doqquz ayda ölkənin müxtəlif bölgələrində 52 tədbir keçirilib.",
            en="In nine months the Service held 52 events across the country's regions.",
            ru="За девять месяцев Служба провела 52 мероприятия в разных регионах страны.",
        ),
        "paragraphs": T(
            az=[
                "Tədbirlərdə yaşadığı yer üzrə qeydiyyat, vətəndaşlığı olmama hallarının aradan qaldırılması, "
                "qanunsuz miqrasiyaya qarşı mübarizə və əcnəbilərin əmək fəaliyyətinə cəlb edilməsi izah olunub."
            ],
            en=[
                "They explained registration upon place of stay, ending statelessness, fighting illegal migration "
                "and the rules for employing foreigners."
            ],
            ru=[
                "На них разъясняли регистрацию по месту пребывания, сокращение безгражданства, борьбу с незаконной "
                "миграцией и правила привлечения иностранцев к труду."
            ],
        ),
    },
    {
        "key": "visa-purposes",
        "date": datetime.date(2017, 6, 12),
        "topics": ["legislation"],
        "title": T(
            az="Gəliş məqsədi vizadakı məqsədə uyğun olmalıdır",
            en="The purpose of a visit must match the visa",
            ru="Цель приезда должна совпадать с целью, указанной в визе",
        ),
        "intro": T(
            az="Miqrasiya Məcəlləsinin 24.5-ci maddəsi adi vizaların hansı məqsədlər üçün verildiyini müəyyən edir.",
            en="Article 24.5 of the Migration Code lists the purposes for which ordinary visas are issued.",
            ru="Статья 24.5 Миграционного кодекса перечисляет цели, для которых выдаются обычные визы.",
        ),
        "paragraphs": T(
            az=[
                "Bunlar işgüzar, elmi, təhsil, əmək, turizm, mədəniyyət, idman, humanitar, müalicə və şəxsi "
                "səfər məqsədləridir."
            ],
            en=[
                "They are business, science, education, employment, tourism, culture, sports, humanitarian, "
                "treatment and personal travel."
            ],
            ru=[
                "Это деловые, научные, учебные, трудовые, туристические, культурные, спортивные, гуманитарные "
                "цели, лечение и частные поездки."
            ],
        ),
    },
    {
        "key": "regional-buildings",
        "date": datetime.date(2017, 5, 19),
        "topics": [],
        "title": T(
            az="8 regional miqrasiya idarəsi yeni binalarda",
            en="Eight regional migration departments in new buildings",
            ru="Восемь региональных миграционных управлений в новых зданиях",
        ),
        "intro": T(
            az="Qəbul bölmələri müasir avadanlıqla təchiz olunub.",
            en="Their reception divisions have modern equipment.",
            ru="Их приёмные оснащены современным оборудованием.",
        ),
        "paragraphs": T(
            az=["Yeni inzibati binalar Naxçıvan Muxtar Respublikasının Dövlət Miqrasiya Xidməti üçün də tikilib."],
            en=["A new administrative building was also built for the State Migration Service of Nakhchivan."],
            ru=["Новое административное здание построено и для Государственной миграционной службы Нахчывана."],
        ),
    },
    {
        "key": "legal-awareness-corners",
        "date": datetime.date(2017, 4, 18),
        "topics": ["awareness"],
        "title": T(
            az="Hər regional idarədə hüquqi maarifləndirmə guşəsi",
            en="A legal awareness corner in every regional department",
            ru="Уголок правового просвещения в каждом региональном управлении",
        ),
        "intro": T(
            az="Guşələr əcnəbilərin və vətəndaşların miqrasiya sahəsində hüquqi biliklərini artırır.",
            en="The corners help foreigners and citizens learn their rights and duties in migration matters.",
            ru="Уголки помогают иностранцам и гражданам узнать свои права и обязанности в миграционной сфере.",
        ),
        "paragraphs": T(
            az=["Burada məlumat vərəqələri, qanunvericilik çıxarışları və elektron xidmətlərə dair təlimatlar var."],
            en=["They offer leaflets, extracts from the law and guides to the e-services."],
            ru=["Там есть листовки, выдержки из законодательства и инструкции по электронным услугам."],
        ),
    },
    {
        "key": "umis-integration",
        "date": datetime.date(2017, 3, 14),
        "topics": ["e-services"],
        "title": T(
            az="Vahid Miqrasiya Məlumat Sistemi digər dövlət sistemlərinə inteqrasiya olunub",
            en="Unified Migration Information System linked with other state systems",
            ru="Единая миграционная информационная система интегрирована с другими госсистемами",
        ),
        "intro": T(
            az="VMMS ölkədəki miqrasiya proseslərinin dinamikasının tam mənzərəsini yaradır.",
            en="UMIS gives a full picture of how migration in the country develops.",
            ru="ЕМИС даёт полную картину динамики миграционных процессов в стране.",
        ),
        "paragraphs": T(
            az=[
                "Sistem “Giriş-çıxış və qeydiyyat” idarələrarası sistemi və Əhalinin Dövlət Reyestri ilə "
                "əlaqələndirilib; informasiya təhlükəsizliyinə ciddi nəzarət edilir."
            ],
            en=[
                "It is linked with the “Entry-exit and registration” interagency system and the State Population "
                "Register, under strict information security controls."
            ],
            ru=[
                "Система связана с межведомственной системой «Въезд-выезд и регистрация» и Государственным "
                "регистром населения; информационная безопасность строго контролируется."
            ],
        ),
    },
    {
        "key": "public-council-meeting",
        "date": datetime.date(2017, 2, 9),
        "topics": ["open-door"],
        "title": T(
            az="İctimai Şura açıq hökumət prinsiplərini müzakirə etdi",
            en="Public Council discusses open government principles",
            ru="Общественный совет обсудил принципы открытого правительства",
        ),
        "intro": T(
            az="Şəffaflıq və vətəndaş iştirakının genişləndirilməsi üçün görüşlər davam edəcək.",
            en="Meetings to widen transparency and civic engagement will continue.",
            ru="Встречи для расширения прозрачности и участия граждан продолжатся.",
        ),
        "paragraphs": T(
            az=["İclasda il ərzində keçiriləcək açıq qapı günlərinin planı müzakirə olunub."],
            en=["The meeting discussed the year's plan of Open Door Days."],
            ru=["На заседании обсудили план дней открытых дверей на год."],
        ),
    },
    {
        "key": "labour-immigration",
        "date": datetime.date(2017, 9, 28),
        "topics": ["legislation"],
        "title": T(
            az="Əmək immiqrasiyası: iş icazəsi necə alınır",
            en="Labour immigration: how to get a work permit",
            ru="Трудовая иммиграция: как получить разрешение на работу",
        ),
        "intro": T(
            az="Əcnəbini işə götürmək istəyən işəgötürən əvvəlcə iş icazəsi almalıdır.",
            en="An employer who wants to hire a foreigner first needs a work permit for them.",
            ru="Работодатель, который хочет нанять иностранца, сначала получает для него разрешение на работу.",
        ),
        "paragraphs": T(
            az=[
                "Əmək immiqrasiyası qaydaları əcnəbilərin ödənişli əmək fəaliyyətinə cəlb edilməsini tənzimləyir. "
                "İcazənin müddəti bitməzdən əvvəl onu uzatmaq olar; müraciət elektron qaydada da qəbul edilir."
            ],
            en=[
                "The rules of labour immigration govern how foreigners take up paid work. A permit can be "
                "extended before it expires, and the application can be made online."
            ],
            ru=[
                "Правила трудовой иммиграции определяют, как трудовые мигранты приступают к оплачиваемой работе. "
                "Разрешение можно продлить до истечения срока, заявление принимается и в электронном виде."
            ],
        ),
    },
    {
        "key": "website-renewed",
        "date": datetime.date(2017, 11, 1),
        "topics": ["e-services"],
        "title": T(
            az="Xidmətin rəsmi saytı tamamilə yenilənib",
            en="The Service's official website fully renewed",
            ru="Официальный сайт Службы полностью обновлён",
        ),
        "intro": T(
            az="Sayt funksionallıq və dizayn baxımından müasirləşdirilib, üç dildə işləyir.",
            en="The site has new features and a new design, in three languages.",
            ru="Сайт получил новые функции и дизайн и работает на трёх языках.",
        ),
        "paragraphs": T(
            az=["Xəbərlər, xidmətlər və statistika indi telefonda da rahat oxunur."],
            en=["News, services and statistics now read comfortably on a phone."],
            ru=["Новости, услуги и статистику теперь удобно читать и с телефона."],
        ),
    },
]

MENU = {
    "header": ["about", "services", "news", "statistics", "contacts"],
    "footer": ["legal", "contacts"],
}
